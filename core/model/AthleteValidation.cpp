#include "AthleteValidation.h"

#include "TimeText.h"

namespace paceline {

namespace {

// About 10.4 m/s is the 100 m world record's average; nobody races faster than that
// over any distance, so a faster "race" is a typo in the distance or the time.
constexpr double kFastestPlausibleSpeed = 10.5;

Status validateHeartRate(const char* field, const std::optional<int>& bpm)
{
    if (bpm && (*bpm < kMinHeartRate || *bpm > kMaxHeartRate)) {
        return Error{QStringLiteral("%1 %2 bpm is outside %3-%4 bpm")
                         .arg(QLatin1String(field))
                         .arg(*bpm)
                         .arg(kMinHeartRate)
                         .arg(kMaxHeartRate)};
    }
    return {};
}

} // namespace

Status validateRaceResult(const RaceResult& race)
{
    if (race.distance.metres <= 0.0)
        return Error{QStringLiteral("race distance must be more than 0 m")};
    if (race.time.seconds <= 0.0)
        return Error{QStringLiteral("race time must be more than 0 s")};
    if ((race.distance / race.time).metresPerSecond > kFastestPlausibleSpeed) {
        return Error{QStringLiteral("race of %1 m in %2 is faster than any human has run")
                         .arg(race.distance.metres)
                         .arg(formatDuration(race.time, 1))};
    }
    return {};
}

Status validateAthlete(const Athlete& athlete)
{
    if (athlete.name.trimmed().isEmpty())
        return Error{QStringLiteral("the athlete needs a name")};
    if (Status status = validateHeartRate("maximum heart rate", athlete.maxHeartRate); !status)
        return status;
    if (Status status = validateHeartRate("resting heart rate", athlete.restingHeartRate); !status)
        return status;
    if (athlete.maxHeartRate && athlete.restingHeartRate &&
        *athlete.restingHeartRate >= *athlete.maxHeartRate) {
        return Error{QStringLiteral("resting heart rate %1 bpm must be below the maximum %2 bpm")
                         .arg(*athlete.restingHeartRate)
                         .arg(*athlete.maxHeartRate)};
    }
    if (athlete.recentRace)
        return validateRaceResult(*athlete.recentRace);
    return {};
}

} // namespace paceline
