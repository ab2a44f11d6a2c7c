#include "LoadMeasures.h"

#include "Stability.h"

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

// Banister's weighting of heart-rate reserve, as Morton, Fitz-Clarke and Banister
// (1990) give it for men and women: blood lactate rises exponentially with HRr, and
// the TRIMP weights each minute by that rise.
struct TrimpWeighting {
    double a = 0.0;
    double b = 0.0;
};
constexpr TrimpWeighting kMenWeighting{.a = 0.64, .b = 1.92};
constexpr TrimpWeighting kWomenWeighting{.a = 0.86, .b = 1.67};

// zoneForRpe's upper bounds (CR-10), a convention: each holds the session estimate's
// anchor for its zone (E 3, M 5, T 6.5, I 8; docs/formulas.md, "Session estimate").
// R's anchor, 8.5, counts as I: that rating alone cannot tell short R reps from hard I
// work, and the doubtful case goes to the zone with more time in a usual week.
constexpr double kEasyRpeMax = 4.0;
constexpr double kMarathonRpeMax = 5.0;
constexpr double kThresholdRpeMax = 6.5;
constexpr double kIntervalRpeMax = 8.5;

constexpr double kSecondsPerHour = 3600.0;

bool isPositive(double value)
{
    return std::isfinite(value) && value > 0.0;
}

double positivePart(double value)
{
    return isPositive(value) ? value : 0.0;
}

TrimpWeighting weightingFor(Sex sex)
{
    // Banister's original constants were the men's; without a sex we keep them.
    return sex == Sex::Female ? kWomenWeighting : kMenWeighting;
}

Speed midpoint(Speed slower, Speed faster)
{
    return {(slower.metresPerSecond + faster.metresPerSecond) / 2.0};
}

// --- TRIMP of a session ----------------------------------------------------------

std::optional<double> trimpOfReps(const std::vector<Rep>& reps, const Athlete& athlete)
{
    std::optional<double> total;
    for (const Rep& rep : reps) {
        if (!rep.avgHeartRate)
            continue;
        const std::optional<double> trimp =
            banisterTrimp(rep.time, *rep.avgHeartRate, *athlete.restingHeartRate,
                          *athlete.maxHeartRate, athlete.sex);
        if (!trimp)
            return std::nullopt;
        total = total.value_or(0.0) + *trimp;
    }
    return total;
}

std::optional<double> sessionTrimp(const LoggedSession& session, const Athlete& athlete)
{
    if (!athlete.restingHeartRate || !athlete.maxHeartRate)
        return std::nullopt;
    // The session's own average covers all of its time, warm-up and recoveries
    // included; the reps' averages only cover the reps, so they are the fallback.
    if (session.avgHeartRate)
        return banisterTrimp(session.duration, *session.avgHeartRate, *athlete.restingHeartRate,
                             *athlete.maxHeartRate, athlete.sex);
    return trimpOfReps(session.reps, athlete);
}

// --- Running TSS of a session ----------------------------------------------------

std::optional<double> sessionRunningTss(const LoggedSession& session,
                                        const std::optional<TrainingPaces>& paces)
{
    if (session.sport != Sport::Run || !paces || !session.distance ||
        !isPositive(session.distance->metres) || !isPositive(session.duration.seconds))
        return std::nullopt;
    return runningTss(session.duration, *session.distance / session.duration, paces->threshold);
}

// --- Time per zone of a session --------------------------------------------------

/// What a stretch of a session (a rep, or the whole session) says about its intensity.
struct Stretch {
    std::optional<Distance> distance;
    Duration time;
    std::optional<double> rpe;
};

/// Pace is only classified for running: a brick's reps may be bike legs, and other
/// sports' speeds mean nothing against running paces.
struct ZoneRules {
    bool byPace = false;
    std::optional<TrainingPaces> paces;
};

std::optional<LoadZone> zoneOf(const Stretch& stretch, const ZoneRules& rules)
{
    if (rules.byPace && rules.paces && stretch.distance && isPositive(stretch.distance->metres) &&
        isPositive(stretch.time.seconds))
        return zoneForPace(*stretch.distance / stretch.time, *rules.paces);
    if (stretch.rpe && std::isfinite(*stretch.rpe))
        return zoneForRpe(*stretch.rpe);
    return std::nullopt;
}

void addTime(ZoneSeconds& seconds, std::optional<LoadZone> zone, double time)
{
    if (zone)
        seconds[static_cast<size_t>(*zone)] += time;
}

bool hasTimedRep(const std::vector<Rep>& reps)
{
    return std::any_of(reps.begin(), reps.end(),
                       [](const Rep& rep) { return isPositive(rep.time.seconds); });
}

ZoneSeconds zoneSecondsOf(const LoggedSession& session, const ZoneRules& rules)
{
    ZoneSeconds seconds{};
    const double duration = positivePart(session.duration.seconds);
    if (!hasTimedRep(session.reps)) {
        addTime(seconds, zoneOf({session.distance, session.duration, session.sessionRpe}, rules),
                duration);
        return seconds;
    }
    double covered = 0.0;
    for (const Rep& rep : session.reps) {
        const double time = positivePart(rep.time.seconds);
        addTime(seconds, zoneOf({rep.distance, rep.time, rep.rpe}, rules), time);
        covered += time;
    }
    // Time outside the logged reps is warm-up, cool-down and jogs between them.
    addTime(seconds, LoadZone::Easy, std::max(0.0, duration - covered));
    return seconds;
}

} // namespace

double sessionRpeLoad(double sessionRpe, Duration duration)
{
    return positivePart(sessionRpe) * positivePart(duration.minutes());
}

std::optional<double> banisterTrimp(Duration duration, double avgHeartRate, int restingHeartRate,
                                    int maxHeartRate, Sex sex)
{
    if (maxHeartRate <= restingHeartRate || !std::isfinite(avgHeartRate))
        return std::nullopt;
    const double reserve = std::clamp(
        (avgHeartRate - restingHeartRate) / double(maxHeartRate - restingHeartRate), 0.0, 1.0);
    const TrimpWeighting weighting = weightingFor(sex);
    return positivePart(duration.minutes()) * reserve * weighting.a *
           std::exp(weighting.b * reserve);
}

std::optional<double> runningTss(Duration duration, Speed speed, Speed thresholdSpeed)
{
    if (!isPositive(duration.seconds) || !isPositive(thresholdSpeed.metresPerSecond))
        return std::nullopt;
    const double intensityFactor =
        positivePart(speed.metresPerSecond) / thresholdSpeed.metresPerSecond;
    return duration.seconds / kSecondsPerHour * intensityFactor * intensityFactor * 100.0;
}

LoadZone zoneForPace(Speed speed, const TrainingPaces& paces)
{
    // Halfway in speed, as the session estimate's zoneForSpeed, so that planned and
    // logged time in zone agree; a speed on a boundary goes to the faster zone.
    const double v = speed.metresPerSecond;
    if (v < midpoint(paces.easy.fastest, paces.marathon).metresPerSecond)
        return LoadZone::Easy;
    if (v < midpoint(paces.marathon, paces.threshold).metresPerSecond)
        return LoadZone::Marathon;
    if (v < midpoint(paces.threshold, paces.interval).metresPerSecond)
        return LoadZone::Threshold;
    if (v < midpoint(paces.interval, paces.repetition).metresPerSecond)
        return LoadZone::Interval;
    return LoadZone::Repetition;
}

LoadZone zoneForRpe(double rpe)
{
    if (rpe <= kEasyRpeMax)
        return LoadZone::Easy;
    if (rpe <= kMarathonRpeMax)
        return LoadZone::Marathon;
    if (rpe <= kThresholdRpeMax)
        return LoadZone::Threshold;
    if (rpe <= kIntervalRpeMax)
        return LoadZone::Interval;
    return LoadZone::Repetition;
}

SessionLoadFigures sessionLoadFigures(const LoggedSession& session, const Athlete& athlete)
{
    const std::optional<TrainingPaces> paces = athletePaces(athlete);
    SessionLoadFigures figures;
    figures.trimp = sessionTrimp(session, athlete);
    figures.runningTss = sessionRunningTss(session, paces);
    figures.zoneSeconds =
        zoneSecondsOf(session, {.byPace = session.sport == Sport::Run, .paces = paces});
    return figures;
}

double loadOf(const DailyLoad& day, LoadMeasure measure)
{
    switch (measure) {
    case LoadMeasure::SessionRpe:
        return day.sessionRpeLoad;
    case LoadMeasure::Trimp:
        return day.trimp;
    case LoadMeasure::RunningTss:
        return day.runningTss;
    }
    return day.sessionRpeLoad;
}

} // namespace paceline
