#include "RaceDistances.h"

#include <QString>

#include <array>
#include <string>
#include <string_view>

namespace paceline {

namespace {

// The distances of Daniels' Running Formula table 5.1 (3rd ed.), without the 2-mile
// column. A mile is the international mile; the half is exactly half the marathon.
constexpr std::array<StandardRace, 8> kStandardRaces{{
    {"1500m", Distance{1500.0}},
    {"mile", Distance{kMetresPerMile}},
    {"3k", Distance{3000.0}},
    {"5k", Distance{5000.0}},
    {"10k", Distance{10000.0}},
    {"15k", Distance{15000.0}},
    {"half", Distance{21097.5}},
    {"marathon", Distance{42195.0}},
}};

struct RaceAlias {
    std::string_view spelling; ///< lower case, without spaces, hyphens or underscores
    std::string_view race;     ///< the StandardRace name it stands for
};

// Spellings people type besides the canonical names. Kept explicit rather than parsed
// as "<number><unit>" so that near misses such as "6k" or "1600m" are rejected instead
// of silently becoming a distance the tables do not have.
constexpr RaceAlias kAliases[] = {
    {"1500", "1500m"},        {"1.5k", "1500m"},      {"1.5km", "1500m"},
    {"1mile", "mile"},        {"1mi", "mile"},        {"3km", "3k"},
    {"3000m", "3k"},          {"3000", "3k"},         {"5km", "5k"},
    {"5000m", "5k"},          {"5000", "5k"},         {"10km", "10k"},
    {"10000m", "10k"},        {"10000", "10k"},       {"15km", "15k"},
    {"15000m", "15k"},        {"15000", "15k"},       {"halfmarathon", "half"},
    {"hm", "half"},           {"21.1k", "half"},      {"21.1km", "half"},
    {"21.0975k", "half"},     {"21.0975km", "half"},  {"fullmarathon", "marathon"},
    {"42.2k", "marathon"},    {"42.2km", "marathon"}, {"42.195k", "marathon"},
    {"42.195km", "marathon"},
};

/// Lower case without blanks, hyphens and underscores, so "Half Marathon",
/// "half-marathon" and "HALF_MARATHON" all read the same. Only ASCII survives:
/// every known spelling is ASCII, and anything else must not match by accident.
std::string normalised(QStringView name)
{
    std::string key;
    for (const QChar c : name) {
        if (c.isSpace() || c == u'-' || c == u'_')
            continue;
        if (c.unicode() > 0x7f)
            return {};
        key.push_back(static_cast<char>(c.toLower().unicode()));
    }
    return key;
}

std::optional<Distance> distanceOf(std::string_view raceName)
{
    for (const StandardRace& race : kStandardRaces) {
        if (raceName == race.name)
            return race.distance;
    }
    return std::nullopt;
}

} // namespace

std::span<const StandardRace> standardRaces()
{
    return kStandardRaces;
}

std::optional<Distance> standardRaceDistance(QStringView name)
{
    const std::string key = normalised(name);
    if (key.empty())
        return std::nullopt;
    if (auto distance = distanceOf(key))
        return distance;
    for (const RaceAlias& alias : kAliases) {
        if (key == alias.spelling)
            return distanceOf(alias.race);
    }
    return std::nullopt;
}

} // namespace paceline
