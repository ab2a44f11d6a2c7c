#include "SessionAnalysis.h"

#include <algorithm>

namespace paceline::advice {

namespace {

// Slower than this is walking or standing, not a jog.
constexpr double kJogFloor = kWalkSpeed.metresPerSecond + 0.05;

Role roleOf(const Segment& segment)
{
    switch (segment.kind) {
    case StepKind::Strides:
    case StepKind::Drills:
    case StepKind::Mobility:
        return Role::Prep;
    default:
        break;
    }
    if (segment.recovery)
        return Role::Recovery;
    if (segment.duration.seconds <= 0.0)
        return Role::Idle;
    // The zone rules are running rules; other legs count as aerobic time only.
    if (segment.sport != Sport::Run)
        return segment.rpe >= 5.0 ? Role::Moderate : Role::Easy;
    if (!segment.zone)
        return Role::Easy;
    switch (*segment.zone) {
    case PaceZone::Threshold:
    case PaceZone::Interval:
    case PaceZone::Repetition:
    case PaceZone::RotationRace:
    case PaceZone::RotationSurge:
        return Role::Hard;
    case PaceZone::Marathon:
        return Role::Moderate;
    default:
        return Role::Easy;
    }
}

} // namespace

std::optional<int> danielsRank(std::optional<PaceZone> zone)
{
    if (!zone)
        return std::nullopt;
    switch (*zone) {
    case PaceZone::Threshold:
        return 1;
    case PaceZone::Interval:
        return 2;
    case PaceZone::Repetition:
        return 3;
    default:
        return std::nullopt;
    }
}

bool isRotationZone(std::optional<PaceZone> zone)
{
    return zone == PaceZone::RotationRace || zone == PaceZone::RotationSurge ||
           zone == PaceZone::RotationEasy;
}

SessionAnalysis::SessionAnalysis(const StepTree& tree, const AdviceContext& advice)
    : steps(tree), context(advice), model(advice.estimate), estimate(estimateSession(tree, model))
{
    const int count = size();
    roles.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        roles.push_back(roleOf(segment(i)));
        if (roles.back() == Role::Hard) {
            if (firstHard < 0)
                firstHard = i;
            lastHard = i;
        }
        rotation = rotation || isRotationZone(segment(i).zone);
    }
    for (int i = 0; i < count; ++i) {
        if (!isDanielsRep(i))
            continue;
        RepGap gap;
        gap.rep = i;
        gap.next = i + 1;
        // Easy floats and open steps between reps are part of the recovery.
        while (gap.next < count && (role(gap.next) == Role::Recovery ||
                                    role(gap.next) == Role::Easy || role(gap.next) == Role::Idle)) {
            const Segment& rest = segment(gap.next);
            gap.recovery.seconds += rest.duration.seconds;
            if (rest.speed.metresPerSecond > kJogFloor) {
                gap.passive = false;
                gap.jogged.metres += rest.distance.value_or(Distance{}).metres;
            }
            ++gap.next;
        }
        if (gap.next < count && isDanielsRep(gap.next))
            gaps.push_back(gap);
    }
}

bool SessionAnalysis::isDanielsRep(int index) const
{
    return role(index) == Role::Hard && danielsRank(segment(index).zone).has_value();
}

bool SessionAnalysis::isAerobicRunning(int index) const
{
    switch (role(index)) {
    case Role::Easy:
    case Role::Moderate:
        return true;
    case Role::Recovery:
        return segment(index).speed.metresPerSecond > kJogFloor;
    default:
        return false;
    }
}

int SessionAnalysis::occurrences(const StepPath& path) const
{
    return int(std::count_if(estimate.segments.begin(), estimate.segments.end(),
                             [&](const Segment& segment) { return segment.path == path; }));
}

} // namespace paceline::advice
