// EffortModel::effortOf: what a step's kind, recovery mode and intensity mean for its
// speed, zone and perceived exertion. The constants are documented in
// docs/formulas.md ("Session estimate").

#include "EffortModel.h"

#include <algorithm>

namespace paceline {

namespace {

constexpr double kJogRpe = 2.0;     // relaxed recovery jogging
constexpr double kStridesRpe = 5.0; // strides are short and relaxed, not an R session
constexpr double kDrillsRpe = 3.0;
constexpr double kMobilityRpe = 2.0;
constexpr double kUntargetedOtherSportRpe = 4.0; // a bike or swim leg with no target
constexpr double kPaceBandOtherSportRpe = 5.0;
// Only to turn a bike or swim distance target into a time when no pace band is given:
// about 27 km/h on a bike and 2:05 per 100 m in the water (conventions).
constexpr Speed kBikeSpeed{7.5};
constexpr Speed kSwimSpeed{0.8};

StepEffort standing()
{
    StepEffort effort;
    effort.knowsDistance = true; // standing covers no ground
    effort.recovery = true;
    return effort;
}

StepEffort walking()
{
    StepEffort effort;
    effort.speed = kWalkSpeed;
    effort.travel = kWalkSpeed;
    effort.knowsDistance = true;
    effort.rpe = kWalkRpe;
    effort.recovery = true;
    return effort;
}

bool isRecoveryStep(const Step& step)
{
    return step.kind == StepKind::Recovery || step.kind == StepKind::Rest ||
           step.recoveryMode.has_value();
}

bool isPlainEasy(const Intensity& intensity)
{
    const auto* zone = std::get_if<PaceZone>(&intensity);
    return std::holds_alternative<std::monostate>(intensity) || (zone && *zone == PaceZone::Easy);
}

Speed otherSportSpeed(Sport sport)
{
    switch (sport) {
    case Sport::Bike:
        return kBikeSpeed;
    case Sport::Swim:
        return kSwimSpeed;
    default:
        return {}; // strength, cross-training: distance targets give no time
    }
}

} // namespace

StepEffort EffortModel::effortOf(const Step& step, Sport sport) const
{
    if (step.kind == StepKind::Rest || step.recoveryMode == RecoveryMode::Stand)
        return standing();
    if (step.recoveryMode == RecoveryMode::Walk)
        return walking();
    return sport == Sport::Run ? runEffort(step) : otherSportEffort(step, sport);
}

StepEffort EffortModel::runEffort(const Step& step) const
{
    StepEffort effort;
    if (isRecoveryStep(step) && isPlainEasy(step.intensity)) {
        // Recoveries are jogged at the slow end of E, whatever "@E" says.
        effort = zoneEffort(PaceZone::Easy);
        effort.speed = effort.travel = jogSpeed();
        effort.rpe = kJogRpe;
    } else if (!std::holds_alternative<std::monostate>(step.intensity)) {
        effort = intensityEffort(step.intensity);
    } else {
        switch (step.kind) {
        case StepKind::Strides:
            effort = zoneEffort(PaceZone::Repetition);
            break;
        case StepKind::Drills:
            effort = walking(); // drills move about as fast as a walk
            effort.recovery = false;
            effort.rpe = kDrillsRpe;
            break;
        case StepKind::Mobility:
            effort = standing();
            effort.recovery = false;
            effort.rpe = kMobilityRpe;
            break;
        default: // warm-up, cool-down or a run with no intensity: easy running
            effort = zoneEffort(PaceZone::Easy);
            break;
        }
    }
    if (step.kind == StepKind::Strides)
        effort.rpe = std::min(effort.rpe, kStridesRpe);
    effort.recovery = effort.recovery || isRecoveryStep(step);
    return effort;
}

StepEffort EffortModel::otherSportEffort(const Step& step, Sport sport) const
{
    StepEffort effort;
    if (const auto* band = std::get_if<PaceRange>(&step.intensity)) {
        // A pace band on a bike or in the water is that sport's ground speed; its
        // running equivalent is unknown, so the effort is taken as moderate.
        effort.rpe = kPaceBandOtherSportRpe;
        effort.speed = speedForRpe(effort.rpe);
        effort.travel = {(band->slowest.metresPerSecond + band->fastest.metresPerSecond) / 2};
        effort.knowsDistance = effort.travel.metresPerSecond > 0.0;
    } else {
        if (std::holds_alternative<std::monostate>(step.intensity)) {
            effort.rpe = kUntargetedOtherSportRpe;
            effort.speed = speedForRpe(effort.rpe);
            effort.zone = zoneForSpeed(effort.speed);
        } else {
            effort = intensityEffort(step.intensity);
        }
        effort.travel = otherSportSpeed(sport);
        effort.knowsDistance = false;
    }
    if (step.kind == StepKind::Mobility)
        effort.rpe = std::min(effort.rpe, kMobilityRpe);
    effort.recovery = effort.recovery || isRecoveryStep(step);
    return effort;
}

} // namespace paceline
