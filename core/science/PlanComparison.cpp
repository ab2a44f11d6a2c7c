#include "PlanComparison.h"

#include "SessionEstimate.h"

#include <unordered_map>

namespace paceline {

namespace {

/// One planned rep or recovery as it will be run.
struct PlannedRun {
    StepPath path;
    int occurrence = 0;
    const Step* step = nullptr;
    RepKind kind = RepKind::Work;
};

std::optional<RepKind> repKindOf(StepKind kind)
{
    switch (kind) {
    case StepKind::Work:
        return RepKind::Work;
    case StepKind::Recovery:
    case StepKind::Rest:
        return RepKind::Recovery;
    case StepKind::WarmUp:
    case StepKind::CoolDown:
    case StepKind::Strides:
    case StepKind::Drills:
    case StepKind::Mobility:
        return std::nullopt; // logged as part of the session, not rep by rep
    }
    return std::nullopt;
}

/// The reps and recoveries of the plan in the order they are run. The session
/// estimate already unrolls repeats (and numbers occurrences the same way); a tree too
/// large for it to unroll (over kMaxEstimateSegments runs) gives no rows. A recovery
/// counts only after a work rep: the walk-backs between strides, or a walk after the
/// warm-up, belong with the part of the session that is not logged rep by rep.
std::vector<PlannedRun> plannedRuns(const StepTree& tree)
{
    const SessionEstimate estimate = estimateSession(tree, EstimateContext{});
    std::vector<PlannedRun> runs;
    bool afterWorkRep = false;
    for (const Segment& segment : estimate.segments) {
        const Step* step = stepAt(tree, segment.path);
        const std::optional<RepKind> kind = step ? repKindOf(step->kind) : std::nullopt;
        if (!kind) {
            afterWorkRep = false;
            continue;
        }
        if (*kind == RepKind::Work)
            afterWorkRep = true;
        else if (!afterWorkRep)
            continue;
        runs.push_back({segment.path, segment.occurrence, step, *kind});
    }
    return runs;
}

/// Done over planned for a rep against its step's target; 1 for an open target.
double doneFraction(const Step& step, const Rep& rep)
{
    if (const auto* distance = std::get_if<Distance>(&step.target);
        distance && distance->metres > 0) {
        const double done = rep.distance ? rep.distance->metres : 0.0;
        return done / distance->metres;
    }
    if (const auto* duration = std::get_if<Duration>(&step.target);
        duration && duration->seconds > 0)
        return rep.time.seconds / duration->seconds;
    return 1.0;
}

/// For each linked step id, the reps linked to it, in the order they were run.
std::unordered_map<StepId, std::vector<int>> repsByStep(const std::vector<Rep>& reps)
{
    std::unordered_map<StepId, std::vector<int>> linked;
    for (int index = 0; index < int(reps.size()); ++index) {
        const std::optional<StepId>& link = reps[size_t(index)].plannedStepId;
        if (link && link->isValid())
            linked[*link].push_back(index);
    }
    return linked;
}

} // namespace

std::vector<Rep> repsFromPlan(const StepTree& plannedSteps)
{
    std::vector<Rep> reps;
    for (const PlannedRun& run : plannedRuns(plannedSteps)) {
        Rep rep;
        rep.kind = run.kind;
        if (run.step->id.isValid())
            rep.plannedStepId = run.step->id;
        // The plan's amount is the likeliest value: a 400 m rep is usually 400 m and a
        // 90 s recovery usually 90 s; the athlete types over what differed.
        if (const auto* distance = std::get_if<Distance>(&run.step->target))
            rep.distance = *distance;
        else if (const auto* duration = std::get_if<Duration>(&run.step->target))
            rep.time = *duration;
        reps.push_back(std::move(rep));
    }
    return reps;
}

std::vector<PlannedStepResult> comparePlanToLog(const StepTree& plannedSteps,
                                                const std::vector<Rep>& reps)
{
    const std::unordered_map<StepId, std::vector<int>> linked = repsByStep(reps);
    std::vector<PlannedStepResult> results;
    for (const PlannedRun& run : plannedRuns(plannedSteps)) {
        PlannedStepResult result{.path = run.path, .occurrence = run.occurrence};
        const auto found = run.step->id.isValid() ? linked.find(run.step->id) : linked.end();
        if (found != linked.end() && run.occurrence < int(found->second.size())) {
            result.rep = found->second[size_t(run.occurrence)];
            result.fraction = doneFraction(*run.step, reps[size_t(result.rep)]);
            result.outcome = result.fraction >= kCompletedFraction ? StepOutcome::Completed
                                                                   : StepOutcome::Shortened;
        }
        results.push_back(std::move(result));
    }
    return results;
}

} // namespace paceline
