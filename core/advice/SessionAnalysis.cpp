#include "SessionAnalysis.h"

#include "AdviceThresholds.h"

#include <algorithm>
#include <climits>

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

std::optional<Duration> repLengthLimit(std::optional<PaceZone> zone)
{
    if (zone == PaceZone::Interval)
        return kIntervalRepMax;
    if (zone == PaceZone::Repetition)
        return kRepetitionRepMax;
    return std::nullopt;
}

bool isRecoveryNode(const StepNode& node)
{
    return node.isStep() &&
           (node.step().kind == StepKind::Recovery || node.step().kind == StepKind::Rest);
}

SessionAnalysis::SessionAnalysis(const StepTree& tree, const AdviceContext& advice)
    : steps(tree), context(advice), model(advice.estimate), estimate(estimateSession(tree, model))
{
    const int count = size();
    roles.reserve(size_t(count));
    repRanks.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        roles.push_back(roleOf(segment(i)));
        const std::optional<int> rank = danielsRank(segment(i).zone);
        repRanks.push_back(roles.back() == Role::Hard && rank ? static_cast<signed char>(*rank)
                                                              : static_cast<signed char>(0));
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

bool SessionAnalysis::isTooLongRep(int index) const
{
    if (!isDanielsRep(index))
        return false;
    const std::optional<Duration> limit = repLengthLimit(segment(index).zone);
    return limit && segment(index).duration.seconds > limit->seconds + kRepLengthTolerance.seconds;
}

int SessionAnalysis::occurrences(const StepPath& path) const
{
    if (!stepAt(steps, path))
        return 0;
    // The path leads to a step, so every index before its last one names a group.
    long long runs = 1;
    const StepTree* level = &steps;
    for (size_t depth = 0; depth + 1 < path.size(); ++depth) {
        const RepeatGroup& group = (*level)[size_t(path[depth])].group();
        const bool betweenSets = depth + 2 == path.size() && path.back() == kBetweenSets;
        runs =
            std::min<long long>(INT_MAX, runs * std::max(0, group.count - (betweenSets ? 1 : 0)));
        level = &group.children;
    }
    return int(runs);
}

} // namespace paceline::advice
