#include "AthleteValidation.h"

#include "TimeText.h"

#include <algorithm>

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
    // Written so that NaN fails too.
    if (!(race.distance.metres > 0.0 && race.distance.metres <= limits::kMaxStepDistance.metres))
        return Error{QStringLiteral("race distance must be more than 0 m and at most %1 km")
                         .arg(limits::kMaxStepDistance.kilometres())};
    if (!(race.time.seconds > 0.0 && race.time.seconds <= limits::kMaxStepDuration.seconds))
        return Error{QStringLiteral("race time must be more than 0 s and at most %1 hours")
                         .arg(limits::kMaxStepDuration.seconds / 3600.0)};
    if ((race.distance / race.time).metresPerSecond > kFastestPlausibleSpeed) {
        return Error{QStringLiteral("race of %1 m in %2 is faster than any human has run")
                         .arg(race.distance.metres)
                         .arg(formatDuration(race.time, 1))};
    }
    const double secondsPerKm = race.time.seconds / race.distance.kilometres();
    if (secondsPerKm > limits::kSlowestRacePaceSecondsPerKm) {
        return Error{QStringLiteral("race of %1 m in %2 is %3/km, slower than %4/km: too slow "
                                    "to derive training paces from")
                         .arg(race.distance.metres)
                         .arg(formatDuration(race.time), formatDuration({secondsPerKm}),
                              formatDuration({limits::kSlowestRacePaceSecondsPerKm}))};
    }
    if (race.date.isValid() && !limits::isPlausibleDate(race.date)) {
        return Error{QStringLiteral("race date %1 is outside the years %2-%3")
                         .arg(race.date.toString(Qt::ISODate))
                         .arg(limits::kEarliestYear)
                         .arg(limits::kLatestYear)};
    }
    return {};
}

Status validateAthlete(const Athlete& athlete)
{
    const QString name = athlete.name.trimmed();
    if (name.isEmpty())
        return Error{QStringLiteral("the athlete needs a name")};
    if (name.size() > limits::kMaxNameLength)
        return Error{QStringLiteral("the name has %1 characters; at most %2 fit")
                         .arg(name.size())
                         .arg(limits::kMaxNameLength)};
    // A tab or line break in a name breaks every one-line list that shows it.
    if (std::any_of(name.begin(), name.end(),
                    [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return Error{QStringLiteral("the name holds a tab, line break or other control "
                                    "character; type it on one line")};
    }
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
