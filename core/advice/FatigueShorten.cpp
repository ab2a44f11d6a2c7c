// shortenHardBlocks: the hard work of a session cut, its intensity kept
// (docs/planner.md, "Fatigue").

#include "FatigueAdvisor.h"
#include "FatigueThresholds.h"

#include <algorithm>
#include <cmath>

namespace paceline {
namespace {

using namespace advice;

bool isHardZone(PaceZone zone)
{
    switch (zone) {
    case PaceZone::Threshold:
    case PaceZone::Interval:
    case PaceZone::Repetition:
    case PaceZone::RotationRace:
    case PaceZone::RotationSurge:
        return true;
    case PaceZone::Easy:
    case PaceZone::Marathon:
    case PaceZone::RotationEasy:
        return false;
    }
    return false;
}

/// Work at T or faster, or set by an effort of "very hard" or more. Pace bands and
/// heart-rate ranges are not judged here: they need the athlete's paces.
bool isHardWork(const Step& step)
{
    if (step.kind != StepKind::Work)
        return false;
    if (const auto* zone = std::get_if<PaceZone>(&step.intensity))
        return isHardZone(*zone);
    if (const auto* effort = std::get_if<RpeTarget>(&step.intensity))
        return effort->rpe >= kHardRpe;
    return false;
}

bool holdsHardWork(const StepNode& node)
{
    if (node.isStep())
        return isHardWork(node.step());
    const RepeatGroup& group = node.group();
    return std::any_of(group.children.begin(), group.children.end(), holdsHardWork);
}

/// At least one unit: a rep is never cut to nothing.
double scaledAmount(double amount, double keep, double unit)
{
    return std::max(unit, std::round(amount * keep / unit) * unit);
}

void shortenContinuous(Step& step, double keep)
{
    if (auto* duration = std::get_if<Duration>(&step.target)) {
        if (duration->seconds > kShortenTimeRounding.seconds)
            duration->seconds = scaledAmount(duration->seconds, keep, kShortenTimeRounding.seconds);
    } else if (auto* distance = std::get_if<Distance>(&step.target)) {
        if (distance->metres > kShortenDistanceRounding.metres)
            distance->metres =
                scaledAmount(distance->metres, keep, kShortenDistanceRounding.metres);
    }
    // An open target ("until done") has no amount to cut.
}

void shortenNodes(std::vector<StepNode>& nodes, double keep);

void shortenNode(StepNode& node, double keep)
{
    if (!holdsHardWork(node))
        return;
    if (node.isStep()) {
        shortenContinuous(node.step(), keep);
        return;
    }
    // Fewer reps rather than shorter ones: the outermost count that can be cut is cut
    // and the reps keep their length. A group done once (a "rep / recovery" pair)
    // has nothing to cut, so its reps are shortened instead.
    RepeatGroup& group = node.group();
    const int reduced = std::max(1, int(std::lround(group.count * keep)));
    if (reduced < group.count)
        group.count = reduced;
    else
        shortenNodes(group.children, keep);
}

void shortenNodes(std::vector<StepNode>& nodes, double keep)
{
    for (StepNode& node : nodes)
        shortenNode(node, keep);
}

} // namespace

StepTree shortenHardBlocks(const StepTree& steps, double keep)
{
    // Nothing sensible to do with a share that is not a fraction: return the session
    // as it is rather than guess.
    if (!std::isfinite(keep) || keep >= 1.0)
        return steps;
    StepTree shortened = steps;
    shortenNodes(shortened, std::max(keep, 0.0));
    return shortened;
}

} // namespace paceline
