#include "AthleteJsonReader.h"

#include "LogJsonFields.h"
#include "core/model/AthleteValidation.h"

#include <QJsonArray>

namespace paceline {

namespace {

using logjson::ObjectReader;

// Bounds that catch a wrong column or unit, not unusual athletes.
constexpr double kMaxRaceMetres = 1'000'000.0;
constexpr double kMaxRaceSeconds = 30 * 86400.0;

std::optional<RaceResult> readRace(ObjectReader& athlete)
{
    const QJsonValue value = athlete.value("race");
    if (!athlete.ok() || jsonfields::absent(value))
        return std::nullopt;
    ObjectReader race(value, athlete.pathOf("race"), {"distance_m", "time_s", "date", "vdot"});
    RaceResult result;
    result.distance = Distance{race.number("distance_m", 0.0, kMaxRaceMetres)};
    result.time = Duration{race.number("time_s", 0.0, kMaxRaceSeconds)};
    result.date = race.date("date", false);
    if (!race.ok()) {
        athlete.fail(race.error());
        return std::nullopt;
    }
    return result;
}

SportSet readSports(ObjectReader& athlete)
{
    const QJsonValue value = athlete.value("sports");
    SportSet sports;
    if (!athlete.ok() || jsonfields::absent(value))
        return sports;
    if (!value.isArray()) {
        athlete.fail(jsonfields::errorAt(athlete.pathOf("sports"),
                                         QStringLiteral("must be an array of sport ids")));
        return sports;
    }
    const QJsonArray ids = value.toArray();
    for (qsizetype index = 0; index < ids.size(); ++index) {
        auto sport = jsonfields::enumValue<Sport>(
            ids.at(index), jsonfields::indexPath(athlete.pathOf("sports"), index));
        if (!sport) {
            athlete.fail(sport.error());
            return sports;
        }
        sports.insert(*sport);
    }
    return sports;
}

} // namespace

Result<Athlete> athleteFromJson(const QJsonValue& json, const QString& path)
{
    ObjectReader reader(json, path,
                        {"name", "sex", "max_hr", "resting_hr", "race", "units", "sports"});
    Athlete athlete;
    athlete.id = AthleteId{reader.optionalId("id").value_or(0)};
    athlete.name = reader.string("name");
    if (reader.ok() && athlete.name.trimmed().isEmpty())
        reader.fail(
            jsonfields::errorAt(reader.pathOf("name"), QStringLiteral("must not be empty")));
    athlete.sex = reader.enumValue<Sex>("sex", Sex::Unspecified);
    athlete.maxHeartRate = reader.optionalWhole("max_hr", kMinHeartRate, kMaxHeartRate);
    athlete.restingHeartRate = reader.optionalWhole("resting_hr", kMinHeartRate, kMaxHeartRate);
    athlete.recentRace = readRace(reader);
    athlete.units = reader.enumValue<UnitSystem>("units", UnitSystem::Metric);
    athlete.sports = readSports(reader);
    if (!reader.ok())
        return reader.error();
    if (Status valid = validateAthlete(athlete); !valid)
        return jsonfields::errorAt(path, valid.errorMessage());
    return athlete;
}

} // namespace paceline
