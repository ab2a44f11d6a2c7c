// How the body answers an effort: heart rate from the heart-rate reserve, perceived
// exertion and cadence. Split from Effort.cpp, which decides the speeds.

#include "Effort.h"
#include "Profile.h"
#include "Random.h"

#include <algorithm>
#include <cmath>

namespace paceline::demo {

namespace {

// Fractions of the heart-rate reserve (Karvonen) a trained runner sees in each zone.
double zoneHeartRate(PaceZone zone)
{
    switch (zone) {
    case PaceZone::Easy:
        return 0.66;
    case PaceZone::Marathon:
        return 0.80;
    case PaceZone::Threshold:
    case PaceZone::RotationRace:
        return 0.87;
    case PaceZone::Interval:
        return 0.91;
    case PaceZone::Repetition:
        return 0.88; // short reps end before the heart catches up
    case PaceZone::RotationSurge:
        return 0.91;
    case PaceZone::RotationEasy:
        return 0.76;
    }
    return 0.7;
}

double zoneRpe(PaceZone zone)
{
    switch (zone) {
    case PaceZone::Easy:
        return 3.0;
    case PaceZone::Marathon:
        return 5.0;
    case PaceZone::Threshold:
    case PaceZone::RotationRace:
        return 6.5;
    case PaceZone::Interval:
        return 7.5;
    case PaceZone::Repetition:
        return 7.0;
    case PaceZone::RotationSurge:
        return 8.0;
    case PaceZone::RotationEasy:
        return 3.5;
    }
    return 3.0;
}

double recoveryValue(const Step& step, double walk, double stand, double jog)
{
    if (step.recoveryMode == RecoveryMode::Walk)
        return walk;
    if (step.recoveryMode == RecoveryMode::Stand)
        return stand;
    return jog;
}

double stepRpe(const Step& step)
{
    if (const auto* target = std::get_if<RpeTarget>(&step.intensity))
        return target->rpe;
    if (std::holds_alternative<HeartRateRange>(step.intensity))
        return 4.0;
    return 3.0;
}

} // namespace

double Effort::baseRpe(const Segment& segment) const
{
    const Step& step = *segment.step;
    if (step.recoveryMode)
        return recoveryValue(step, 2.0, 1.5, 2.5);
    switch (step.kind) {
    case StepKind::WarmUp:
    case StepKind::CoolDown:
        return 2.5;
    case StepKind::Mobility:
    case StepKind::Rest:
        return 2.0;
    case StepKind::Strides:
        return 5.0;
    default:
        break;
    }
    if (const PaceZone* zone = std::get_if<PaceZone>(&step.intensity))
        return zoneRpe(*zone);
    if (segment.sport == Sport::Run && std::holds_alternative<std::monostate>(step.intensity))
        return 9.5; // a race
    return stepRpe(step);
}

double Effort::heartRateFraction(const Segment& segment, Duration time) const
{
    const Step& step = *segment.step;
    const Profile& profile = *m_day.profile;
    double fraction = 0.0;
    if (segment.sport == Sport::Bike) {
        if (const auto* range = std::get_if<HeartRateRange>(&step.intensity)) {
            const int rest = profile.athlete.restingHeartRate.value_or(50);
            const double reserve = profile.athlete.maxHeartRate.value_or(185) - rest;
            fraction = (0.5 * (range->lowBpm + range->highBpm) - rest) / reserve;
        } else {
            // Heart rate lags behind: a recovery between intervals stays raised.
            const double lag = step.kind == StepKind::Recovery ? 0.05 : 0.0;
            fraction = 0.42 + 0.062 * stepRpe(step) + lag;
        }
    } else if (step.recoveryMode) {
        fraction = recoveryValue(step, 0.62, 0.58, 0.72);
    } else if (step.kind == StepKind::WarmUp || step.kind == StepKind::CoolDown) {
        fraction = 0.66;
    } else if (step.kind == StepKind::Strides) {
        fraction = 0.78;
    } else if (const PaceZone* zone = std::get_if<PaceZone>(&step.intensity)) {
        fraction = zoneHeartRate(*zone);
    } else {
        // A race: the longer it is, the lower the share of the reserve it can be run at.
        fraction = std::max(0.86, 0.965 - 0.0006 * time.minutes());
    }
    if (segment.kind == RepKind::Work && segment.logged)
        fraction += 0.025 * segment.progress;
    // Cardiac drift over long steady efforts.
    fraction += 0.0004 * std::clamp(time.minutes() - 30.0, 0.0, 120.0);
    return fraction;
}

void Effort::setHeartRate(const Segment& segment, SegmentResult& result)
{
    // Swims go without: wrist sensors read poorly in water, so most swimmers have none.
    if (segment.sport == Sport::Swim || segment.sport == Sport::StrengthMobility)
        return;
    const Athlete& athlete = m_day.profile->athlete;
    const int rest = athlete.restingHeartRate.value_or(50);
    const int max = athlete.maxHeartRate.value_or(185);
    const double fraction = std::clamp(
        heartRateFraction(segment, result.time) + m_random.normal(0.0, 0.012, 2.0), 0.45, 0.985);
    const int average =
        std::clamp(int(std::lround(rest + fraction * (max - rest))), rest + 10, max);
    // A recovery starts where the rep ended, so its peak is well above its mean.
    const int peak = average + (segment.kind == RepKind::Work ? m_random.between(3, 8)
                                                              : m_random.between(8, 15));
    result.avgHeartRate = average;
    result.maxHeartRate = std::min(peak, max);
}

std::optional<double> Effort::cadence(const Segment& segment, double speed)
{
    const Step& step = *segment.step;
    if (speed <= 0.0)
        return std::nullopt;
    if (segment.sport == Sport::Bike)
        return std::round(86.0 + 2.0 * (stepRpe(step) - 5.0) + m_random.normal(0.0, 2.0));
    if (segment.sport != Sport::Run)
        return std::nullopt;
    if (step.recoveryMode == RecoveryMode::Walk)
        return std::round(m_random.normal(112.0, 4.0));
    // Runners lengthen the stride more than they quicken it: about +12 % cadence
    // for +100 % speed.
    const PaceRange& easy = m_day.paces.easy;
    const double easySpeed = 0.5 * (easy.slowest.metresPerSecond + easy.fastest.metresPerSecond);
    const double raw = m_day.profile->runCadence * (1.0 + 0.12 * (speed / easySpeed - 1.0));
    return std::round(std::clamp(raw + m_random.normal(0.0, 1.5), 145.0, 210.0));
}

} // namespace paceline::demo
