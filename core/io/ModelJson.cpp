#include "ModelJson.h"

#include "core/science/Vdot.h"

#include <QJsonArray>

#include <cmath>

namespace paceline {

namespace {

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue raceToJson(const std::optional<RaceResult>& race)
{
    if (!race)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("distance_m"), race->distance.metres},
        {QStringLiteral("time_s"), race->time.seconds},
        {QStringLiteral("date"), race->date.isValid() ? QJsonValue(race->date.toString(Qt::ISODate))
                                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("vdot"),
         std::round(vdotFromRace(race->distance, race->time) * 10.0) / 10.0},
    };
}

QJsonArray sportsToJson(SportSet sports)
{
    QJsonArray ids;
    for (const auto& entry : enumEntries<Sport>()) {
        if (sports.contains(entry.value))
            ids.append(enumId(entry.value));
    }
    return ids;
}

} // namespace

QJsonObject athleteToJson(const Athlete& athlete)
{
    return {
        {QStringLiteral("name"), athlete.name},
        {QStringLiteral("sex"), enumId(athlete.sex)},
        {QStringLiteral("max_hr"), optionalInt(athlete.maxHeartRate)},
        {QStringLiteral("resting_hr"), optionalInt(athlete.restingHeartRate)},
        {QStringLiteral("race"), raceToJson(athlete.recentRace)},
        {QStringLiteral("units"), enumId(athlete.units)},
        {QStringLiteral("sports"), sportsToJson(athlete.sports)},
    };
}

} // namespace paceline
