#include "Profile.h"

#include "Random.h"
#include "core/science/RaceDistances.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace paceline::demo {

namespace {

struct FirstName {
    const char* name;
    Sex sex;
};

// 20 first and 21 last names: 20 and 21 are coprime, so name number n of 420
// consecutive ones pairs first name n % 20 with last name n % 21 without a repeat.
// Some carry accents and non-Latin-1 letters so that every layer meets them.
constexpr std::array<FirstName, 20> kFirstNames{{
    {"Anna", Sex::Female}, {"Tomás", Sex::Male},       {"Åsa", Sex::Female},
    {"Jonas", Sex::Male},  {"Priya", Sex::Female},     {"Mateo", Sex::Male},
    {"Zoë", Sex::Female},  {"Łukasz", Sex::Male},      {"Naledi", Sex::Female},
    {"Kenji", Sex::Male},  {"Alex", Sex::Unspecified}, {"Ingrid", Sex::Female},
    {"Samuel", Sex::Male}, {"Chloé", Sex::Female},     {"Ibrahim", Sex::Male},
    {"Yuki", Sex::Female}, {"Henrik", Sex::Male},      {"Fatima", Sex::Female},
    {"Diego", Sex::Male},  {"Sam", Sex::Unspecified},
}};

constexpr std::array<const char*, 21> kLastNames{{
    "Berg",    "Okafor", "Müller", "Lindqvist", "Nakamura",  "García", "Kowalski",
    "O'Brien", "Haddad", "Silva",  "Novák",     "Mensah",    "Rossi",  "Johansson",
    "Dubois",  "Patel",  "Kim",    "Schmidt",   "Fernández", "Walsh",  "Van der Berg",
}};

constexpr int kNameCycle = int(kFirstNames.size() * kLastNames.size());

// A few athletes live in North America (imperial units) and elsewhere outside
// Europe, so offsets and unit systems vary across a log.
struct Region {
    LocalZone zone;
    UnitSystem units;
};

constexpr std::array<Region, 8> kRegions{{
    {{3600, DaylightRule::Europe}, UnitSystem::Metric},
    {{0, DaylightRule::Europe}, UnitSystem::Metric},
    {{-5 * 3600, DaylightRule::NorthAmerica}, UnitSystem::Imperial},
    {{3600, DaylightRule::Europe}, UnitSystem::Metric},
    {{9 * 3600, DaylightRule::None}, UnitSystem::Metric},
    {{2 * 3600, DaylightRule::Europe}, UnitSystem::Metric},
    {{-8 * 3600, DaylightRule::NorthAmerica}, UnitSystem::Imperial},
    {{19800, DaylightRule::None}, UnitSystem::Metric},
}};

// Minutes after midnight.
constexpr std::array kWeekdayStarts{6 * 60, 6 * 60 + 30, 7 * 60 + 15, 12 * 60 + 15, 17 * 60 + 45};

void setName(Profile& profile, quint64 seed)
{
    const int n = int((quint64(profile.index) + seed % quint64(kNameCycle)) % kNameCycle);
    const FirstName& first = kFirstNames[std::size_t(n) % kFirstNames.size()];
    profile.athlete.name = QString::fromUtf8(first.name) + QLatin1Char(' ') +
                           QString::fromUtf8(kLastNames[std::size_t(n) % kLastNames.size()]);
    profile.athlete.sex = first.sex;
}

void setHeartRates(Profile& profile, Random& random)
{
    const double typicalMax = profile.athlete.sex == Sex::Female ? 184.0 : 188.0;
    profile.athlete.maxHeartRate = int(std::lround(random.normal(typicalMax, 6.0)));
    profile.athlete.restingHeartRate = random.between(40, 58);
}

/// Spreads current fitness over 38-60 by index (golden-ratio steps never bunch up)
/// with a little seeded jitter.
double endVdot(int index, Random& random)
{
    const double step = 0.6180339887498949 * index + 0.5;
    const double spread = step - std::floor(step);
    return std::clamp(38.0 + 22.0 * spread + random.normal(0.0, 0.8), 38.0, 60.0);
}

Distance goalRace(const Profile& profile)
{
    const char* names[] = {"5k", "10k", "half"};
    const int choices = profile.triathlete ? 2 : 3;
    return *standardRaceDistance(QString::fromLatin1(names[(profile.index / 3) % choices]));
}

void setTraining(Profile& profile, Random& random)
{
    const double aboveBase = profile.endVdot - 38.0;
    profile.easyMinutes = 36.0 + 0.6 * aboveBase + random.uniform(-4.0, 4.0);
    profile.longRunMinutes = profile.easyMinutes * random.uniform(1.8, 2.2);
    if (profile.triathlete)
        profile.longRunMinutes *= 0.85;
    profile.runsFriday = !profile.triathlete && aboveBase > 8.0 && random.chance(0.6);
    profile.swimSecondsPer100 = 128.0 - 1.1 * aboveBase + random.normal(0.0, 4.0);
    profile.bikeKmh = 27.0 + 0.22 * aboveBase + random.normal(0.0, 1.0);
    profile.runCadence = 166.0 + 0.4 * aboveBase + random.normal(0.0, 3.0);
    profile.cycleWeeks = random.chance(0.5) ? 3 : 4;
    profile.cyclePhase = random.between(0, profile.cycleWeeks - 1);
    profile.vdotGainPerWeek = random.uniform(0.08, 0.12);
}

void setTimes(Profile& profile, Random& random)
{
    const int start =
        kWeekdayStarts[std::size_t(random.between(0, int(kWeekdayStarts.size()) - 1))];
    profile.weekdayStart = QTime(start / 60, start % 60);
    // The second session of a double day always comes later in the day.
    profile.secondStart = profile.weekdayStart.hour() < 17 ? QTime(18, 30) : QTime(20, 0);
    profile.weekendStart = QTime(random.between(7, 9), random.chance(0.5) ? 0 : 30);
}

} // namespace

Profile makeProfile(int index, quint64 seed, Random& random)
{
    Profile profile;
    profile.index = index;
    profile.triathlete = index % 3 == 1;
    setName(profile, seed);
    setHeartRates(profile, random);
    const Region& region = kRegions[std::size_t(index) % kRegions.size()];
    profile.zone = region.zone;
    profile.athlete.units = region.units;
    profile.athlete.sports = profile.triathlete
                                 ? SportSet{Sport::Run, Sport::Bike, Sport::Swim, Sport::Brick}
                                 : SportSet{Sport::Run, Sport::StrengthMobility};
    profile.endVdot = endVdot(index, random);
    profile.goalRace = goalRace(profile);
    setTraining(profile, random);
    setTimes(profile, random);
    return profile;
}

} // namespace paceline::demo
