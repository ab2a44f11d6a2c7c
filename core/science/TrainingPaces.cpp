#include "TrainingPaces.h"

#include "RaceDistances.h"
#include "Vdot.h"

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

// Fractions of VDOT fitted to Daniels' Running Formula (3rd ed.) table 5.2 over
// VDOT 30-70, each the value that minimises the largest error in s/km. They are the
// table's, not the broad percentage ranges quoted in Daniels' text: the table is what
// users compare our paces with.
constexpr double kEasySlowFraction = 0.633;
constexpr double kEasyFastFraction = 0.729;
constexpr double kThresholdFraction = 0.880;
constexpr double kIntervalFraction = 0.976;

// Table 5.2 gives M as the marathon race equivalent of table 5.1 from VDOT 45 up, but
// slower below it (by 11 s/km at VDOT 30). A slowdown of 0.18 % per VDOT point below 45
// reproduces that within 1 s/km.
constexpr double kMarathonFullVdot = 45.0;
constexpr double kMarathonSlowdownPerVdot = 0.0018;

// Table 5.2's R 400 m time is the I 400 m time less 8 s up to VDOT 47 and less 6 s from
// VDOT 50 (7 s at 48 and 49): 20 and 15 s/km. The step is spread linearly over 47-50
// so that R does not jump between neighbouring VDOTs.
constexpr double kRepetitionGainSlow = 20.0; // s/km faster than I, up to kRepetitionStepFrom
constexpr double kRepetitionGainFast = 15.0; // s/km faster than I, from kRepetitionStepTo
constexpr double kRepetitionStepFrom = 47.0;
constexpr double kRepetitionStepTo = 50.0;

constexpr Distance kMarathon{42195.0};
constexpr Distance kKilometre{kMetresPerKilometre};

Speed speedAtFraction(double vdot, double fraction)
{
    return speedForOxygenCost(fraction * vdot);
}

Speed marathonSpeed(double vdot)
{
    const Speed race = kMarathon / equivalentRaceTime(vdot, kMarathon);
    const double slowdown =
        1.0 + kMarathonSlowdownPerVdot * std::max(0.0, kMarathonFullVdot - vdot);
    return {race.metresPerSecond / slowdown};
}

Speed repetitionSpeed(double vdot, Speed interval)
{
    const double progress = std::clamp(
        (vdot - kRepetitionStepFrom) / (kRepetitionStepTo - kRepetitionStepFrom), 0.0, 1.0);
    const double gain =
        kRepetitionGainSlow + progress * (kRepetitionGainFast - kRepetitionGainSlow);
    return Speed::fromSecondsPerKilometre(interval.paceFor(kKilometre).seconds - gain);
}

} // namespace

TrainingPaces trainingPaces(double vdot)
{
    if (!std::isfinite(vdot) || vdot <= 0.0)
        return {};
    const Speed interval = speedAtFraction(vdot, kIntervalFraction);
    return {
        .easy = {.slowest = speedAtFraction(vdot, kEasySlowFraction),
                 .fastest = speedAtFraction(vdot, kEasyFastFraction)},
        .marathon = marathonSpeed(vdot),
        .threshold = speedAtFraction(vdot, kThresholdFraction),
        .interval = interval,
        .repetition = repetitionSpeed(vdot, interval),
    };
}

std::optional<PaceRange> paceBand(const TrainingPaces& paces, PaceZone zone)
{
    const auto point = [](Speed speed) { return PaceRange{speed, speed}; };
    switch (zone) {
    case PaceZone::Easy:
        return paces.easy;
    case PaceZone::Marathon:
        return point(paces.marathon);
    case PaceZone::Threshold:
        return point(paces.threshold);
    case PaceZone::Interval:
        return point(paces.interval);
    case PaceZone::Repetition:
        return point(paces.repetition);
    case PaceZone::RotationRace:
    case PaceZone::RotationSurge:
    case PaceZone::RotationEasy:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace paceline
