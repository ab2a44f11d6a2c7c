#include "EffortModel.h"

#include "Vdot.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace paceline {

namespace {

// Rotation surges: clearly faster than race pace. I pace is about 3K-5K race pace
// (Daniels), which is well above 10K pace; for 5K and shorter targets it is not, so
// the surge is at least 3 % faster than race pace (a convention of ours).
constexpr double kSurgeOverRace = 1.03;

// Below 80 % of E's slow end a "run" is a shuffle or a walk: no Daniels zone.
constexpr double kShuffleFraction = 0.8;

// Heart rate: Swain & Leutholtz (Med Sci Sports Exerc 29(3), 1997) showed that a
// fraction of the heart-rate reserve matches the same fraction of the VO2 reserve
// (VO2max less resting VO2, 3.5 ml/kg/min, one MET). Without the athlete's values we
// assume a maximum of 185 and a resting rate of 60 bpm (a convention).
constexpr double kRestingVo2 = 3.5;
constexpr int kAssumedMaxHeartRate = 185;
constexpr int kAssumedRestingHeartRate = 60;

// Perceived exertion (Borg CR-10) of each zone, for the planned session-RPE load
// (Foster et al. 2001). Our convention, in line with Daniels' descriptions: E
// conversational, M steady, T "comfortably hard", I hard, R fast but short.
constexpr double kEasyRpe = 3.0;
constexpr double kEasySlowRpe = 2.5;
constexpr double kEasyFastRpe = 3.5;
constexpr double kMarathonRpe = 5.0;
constexpr double kThresholdRpe = 6.5;
constexpr double kIntervalRpe = 8.0;
constexpr double kRepetitionRpe = 8.5;
constexpr double kSurgeRpe = 8.0;

Speed midSpeed(Speed a, Speed b)
{
    if (a.metresPerSecond <= 0.0)
        return b;
    if (b.metresPerSecond <= 0.0)
        return a;
    return {(a.metresPerSecond + b.metresPerSecond) / 2.0};
}

// T pace is the speed whose oxygen cost is a fixed share of VDOT (docs/formulas.md);
// reading that share off the default paces keeps the constant in TrainingPaces.cpp.
double thresholdShareOfVdot()
{
    static const double share =
        oxygenCost(trainingPaces(kDefaultEstimateVdot).threshold) / kDefaultEstimateVdot;
    return share;
}

const TrainingPaces& defaultPaces()
{
    static const TrainingPaces paces = trainingPaces(kDefaultEstimateVdot);
    return paces;
}

bool usable(const TrainingPaces& paces)
{
    return paces.threshold.metresPerSecond > 0.0 && paces.easy.slowest.metresPerSecond > 0.0 &&
           paces.repetition.metresPerSecond > 0.0;
}

using Anchor = EffortModel::Anchor;
using Anchors = EffortModel::Anchors;

Anchors rpeAnchors(const TrainingPaces& paces)
{
    Anchors anchors{{{0.0, 0.0},
                     {kWalkSpeed.metresPerSecond, kWalkRpe},
                     {paces.easy.slowest.metresPerSecond, kEasySlowRpe},
                     {paces.easy.fastest.metresPerSecond, kEasyFastRpe},
                     {paces.marathon.metresPerSecond, kMarathonRpe},
                     {paces.threshold.metresPerSecond, kThresholdRpe},
                     {paces.interval.metresPerSecond, kIntervalRpe},
                     {paces.repetition.metresPerSecond, kRepetitionRpe}}};
    // Guard against odd hand-made paces: speeds must not fall along the anchors.
    for (size_t i = 1; i < anchors.size(); ++i)
        anchors[i].speed = std::max(anchors[i].speed, anchors[i - 1].speed + 1e-6);
    return anchors;
}

double interpolate(double x, double x0, double x1, double y0, double y1)
{
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
}

} // namespace

EffortModel::EffortModel(const EstimateContext& context) : m_context(context)
{
    if (context.paces && usable(*context.paces)) {
        m_paces = *context.paces;
        m_vdot = oxygenCost(m_paces.threshold) / thresholdShareOfVdot();
        m_vdotSpeed = speedForOxygenCost(m_vdot);
    }
    // Hand-made paces with a T pace about as slow as walking give a VDOT below resting
    // oxygen uptake, or none at all, and intensities would divide by a VDOT speed of
    // zero: such paces are not usable either.
    if (!(m_vdot > kRestingVo2) || !(m_vdotSpeed.metresPerSecond > 0.0)) {
        m_paces = defaultPaces();
        m_vdot = kDefaultEstimateVdot;
        m_vdotSpeed = speedForOxygenCost(m_vdot);
    }
    // Read for every step with a pace, heart-rate or RPE target: worked out once.
    m_anchors = rpeAnchors(m_paces);
}

Speed EffortModel::raceSpeed() const
{
    if (!m_raceSpeed) {
        const Duration time = equivalentRaceTime(m_vdot, m_context.targetRace);
        m_raceSpeed = time.seconds > 0.0 ? m_context.targetRace / time : m_paces.threshold;
    }
    return *m_raceSpeed;
}

Speed EffortModel::surgeSpeed() const
{
    return {
        std::max(m_paces.interval.metresPerSecond, raceSpeed().metresPerSecond * kSurgeOverRace)};
}

Speed EffortModel::zoneSpeed(PaceZone zone) const
{
    switch (zone) {
    case PaceZone::Easy:
        return midSpeed(m_paces.easy.slowest, m_paces.easy.fastest);
    case PaceZone::Marathon:
        return m_paces.marathon;
    case PaceZone::Threshold:
        return m_paces.threshold;
    case PaceZone::Interval:
        return m_paces.interval;
    case PaceZone::Repetition:
        return m_paces.repetition;
    case PaceZone::RotationRace:
        return raceSpeed();
    case PaceZone::RotationSurge:
        return surgeSpeed();
    case PaceZone::RotationEasy:
        return jogSpeed();
    }
    return jogSpeed();
}

std::optional<PaceZone> EffortModel::zoneForSpeed(Speed speed) const
{
    const double v = speed.metresPerSecond;
    if (v < kShuffleFraction * m_paces.easy.slowest.metresPerSecond)
        return std::nullopt;
    const auto between = [](Speed a, Speed b) {
        return (a.metresPerSecond + b.metresPerSecond) / 2;
    };
    if (v < between(m_paces.easy.fastest, m_paces.marathon))
        return PaceZone::Easy;
    if (v < between(m_paces.marathon, m_paces.threshold))
        return PaceZone::Marathon;
    if (v < between(m_paces.threshold, m_paces.interval))
        return PaceZone::Threshold;
    if (v < between(m_paces.interval, m_paces.repetition))
        return PaceZone::Interval;
    return PaceZone::Repetition;
}

double EffortModel::rpeForSpeed(Speed speed) const
{
    const Anchors& anchors = m_anchors;
    const double v = std::max(0.0, speed.metresPerSecond);
    for (size_t i = 1; i < anchors.size(); ++i) {
        if (v <= anchors[i].speed)
            return interpolate(v, anchors[i - 1].speed, anchors[i].speed, anchors[i - 1].rpe,
                               anchors[i].rpe);
    }
    // Faster than R: keep the I-to-R slope, up to the top of the scale.
    const Anchor& i = anchors[anchors.size() - 2];
    const Anchor& r = anchors.back();
    return std::min(kMaxRpe, interpolate(v, i.speed, r.speed, i.rpe, r.rpe));
}

Speed EffortModel::speedForRpe(double rpe) const
{
    const Anchors& anchors = m_anchors;
    const double target = std::clamp(rpe, 0.0, kMaxRpe);
    for (size_t i = 1; i < anchors.size(); ++i) {
        if (target <= anchors[i].rpe)
            return {interpolate(target, anchors[i - 1].rpe, anchors[i].rpe, anchors[i - 1].speed,
                                anchors[i].speed)};
    }
    const Anchor& i = anchors[anchors.size() - 2];
    const Anchor& r = anchors.back();
    return {interpolate(target, i.rpe, r.rpe, i.speed, r.speed)};
}

Speed EffortModel::speedForHeartRate(const HeartRateRange& range) const
{
    int maxHr = m_context.maxHeartRate.value_or(kAssumedMaxHeartRate);
    int restHr = m_context.restingHeartRate.value_or(kAssumedRestingHeartRate);
    if (maxHr <= restHr) {
        maxHr = kAssumedMaxHeartRate;
        restHr = kAssumedRestingHeartRate;
    }
    const double bpm = range.highBpm > 0 ? (range.lowBpm + range.highBpm) / 2.0 : range.lowBpm;
    const double reserve = std::clamp((bpm - restHr) / double(maxHr - restHr), 0.0, 1.0);
    return speedForOxygenCost(kRestingVo2 + reserve * (m_vdot - kRestingVo2));
}

StepEffort EffortModel::zoneEffort(PaceZone zone) const
{
    StepEffort effort;
    effort.speed = zoneSpeed(zone);
    effort.travel = effort.speed;
    effort.knowsDistance = true;
    effort.zone = zone;
    switch (zone) {
    case PaceZone::Easy:
        effort.rpe = kEasyRpe;
        break;
    case PaceZone::Marathon:
        effort.rpe = kMarathonRpe;
        break;
    case PaceZone::Threshold:
        effort.rpe = kThresholdRpe;
        break;
    case PaceZone::Interval:
        effort.rpe = kIntervalRpe;
        break;
    case PaceZone::Repetition:
        effort.rpe = kRepetitionRpe;
        break;
    case PaceZone::RotationRace:
        effort.rpe = rpeForSpeed(effort.speed); // 10K pace lands between T and I
        break;
    case PaceZone::RotationSurge:
        effort.rpe = kSurgeRpe;
        break;
    case PaceZone::RotationEasy:
        effort.rpe = kEasySlowRpe;
        effort.recovery = true;
        break;
    }
    return effort;
}

StepEffort EffortModel::intensityEffort(const Intensity& intensity) const
{
    if (const auto* zone = std::get_if<PaceZone>(&intensity))
        return zoneEffort(*zone);
    StepEffort effort;
    if (const auto* band = std::get_if<PaceRange>(&intensity)) {
        effort.speed = midSpeed(band->slowest, band->fastest);
        effort.rpe = rpeForSpeed(effort.speed);
    } else if (const auto* heart = std::get_if<HeartRateRange>(&intensity)) {
        effort.speed = speedForHeartRate(*heart);
        effort.rpe = rpeForSpeed(effort.speed);
    } else if (const auto* rpe = std::get_if<RpeTarget>(&intensity)) {
        effort.speed = speedForRpe(rpe->rpe);
        effort.rpe = std::clamp(rpe->rpe, 0.0, kMaxRpe);
    } else {
        return zoneEffort(PaceZone::Easy);
    }
    effort.travel = effort.speed;
    effort.knowsDistance = true;
    effort.zone = zoneForSpeed(effort.speed);
    return effort;
}

} // namespace paceline
