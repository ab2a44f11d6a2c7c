#include "PlanMatching.h"

#include "core/science/PlanComparison.h"

#include <algorithm>

namespace paceline {

namespace {

/// One way of laying the plan's reps over the laps: `leading` extra laps before them.
struct Candidate {
    int leading = 0;
    int trailing = 0;
};

bool hasTopLevelStep(const StepTree& steps, StepKind kind)
{
    return std::any_of(steps.begin(), steps.end(), [kind](const StepNode& node) {
        return node.isStep() && node.step().kind == kind;
    });
}

bool extraLapFits(const Rep& lap, bool planHasStep)
{
    return planHasStep || lap.kind == RepKind::Recovery;
}

bool fits(const Candidate& candidate, const std::vector<Rep>& reps, const StepTree& steps)
{
    if (candidate.leading > 0 &&
        !extraLapFits(reps.front(), hasTopLevelStep(steps, StepKind::WarmUp)))
        return false;
    if (candidate.trailing > 0 &&
        !extraLapFits(reps.back(), hasTopLevelStep(steps, StepKind::CoolDown)))
        return false;
    return true;
}

/// How many laps already have the kind of the planned rep they would be linked to.
int agreements(const Candidate& candidate, const std::vector<Rep>& reps,
               const std::vector<Rep>& planned)
{
    int agree = 0;
    for (std::size_t i = 0; i < planned.size(); ++i)
        if (reps[i + std::size_t(candidate.leading)].kind == planned[i].kind)
            ++agree;
    return agree;
}

std::vector<Candidate> candidatesFor(int extraLaps)
{
    switch (extraLaps) {
    case 0:
        return {{0, 0}};
    case 1:
        return {{1, 0}, {0, 1}}; // a warm-up first: the likelier lap to be pressed apart
    case 2:
        return {{1, 1}};
    default:
        return {};
    }
}

std::optional<Candidate> bestCandidate(const std::vector<Rep>& reps,
                                       const std::vector<Rep>& planned, const StepTree& steps)
{
    std::optional<Candidate> best;
    int bestAgreements = -1;
    for (const Candidate& candidate : candidatesFor(int(reps.size()) - int(planned.size()))) {
        if (!fits(candidate, reps, steps))
            continue;
        const int agree = agreements(candidate, reps, planned);
        if (agree > bestAgreements) {
            best = candidate;
            bestAgreements = agree;
        }
    }
    return best;
}

void link(std::vector<Rep>& reps, const std::vector<bool>& keptKinds,
          const std::vector<Rep>& planned, const Candidate& candidate)
{
    for (int i = 0; i < candidate.leading; ++i)
        reps[std::size_t(i)].kind = RepKind::Recovery;
    for (int i = 0; i < candidate.trailing; ++i)
        reps[reps.size() - 1 - std::size_t(i)].kind = RepKind::Recovery;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const std::size_t lap = i + std::size_t(candidate.leading);
        reps[lap].plannedStepId = planned[i].plannedStepId;
        if (lap >= keptKinds.size() || !keptKinds[lap])
            reps[lap].kind = planned[i].kind;
    }
}

} // namespace

PlanAlignment linkRepsToPlan(std::vector<Rep>& reps, const std::vector<bool>& keptKinds,
                             const StepTree& plannedSteps)
{
    const std::vector<Rep> planned = repsFromPlan(plannedSteps);
    PlanAlignment alignment{.plannedReps = int(planned.size()), .laps = int(reps.size())};
    if (planned.empty())
        return alignment;
    const std::optional<Candidate> best = bestCandidate(reps, planned, plannedSteps);
    if (!best)
        return alignment;
    link(reps, keptKinds, planned, *best);
    alignment.warmUpLap = best->leading > 0;
    alignment.coolDownLap = best->trailing > 0;
    alignment.shape = alignment.warmUpLap || alignment.coolDownLap
                          ? PlanAlignment::Shape::WithExtras
                          : PlanAlignment::Shape::OneToOne;
    return alignment;
}

QString planMatchNote(const PlannedSession& plan, const PlanAlignment& alignment)
{
    const QString matched = QStringLiteral("matched to the plan \"%1\"").arg(plan.name);
    switch (alignment.shape) {
    case PlanAlignment::Shape::OneToOne:
        return matched + QStringLiteral(" (each lap linked to its rep)");
    case PlanAlignment::Shape::WithExtras: {
        QString extras = alignment.warmUpLap && alignment.coolDownLap
                             ? QStringLiteral("the first lap is the warm-up, the last the "
                                              "cool-down")
                         : alignment.warmUpLap ? QStringLiteral("the first lap is the warm-up")
                                               : QStringLiteral("the last lap is the cool-down");
        return matched + QStringLiteral(" (laps linked to its %1 reps; %2)")
                             .arg(alignment.plannedReps)
                             .arg(extras);
    }
    case PlanAlignment::Shape::SessionOnly:
        break;
    }
    if (alignment.plannedReps == 0)
        return matched;
    return matched + QStringLiteral(" (its %1 reps do not line up with the %2 laps, so the "
                                    "laps are not linked to its steps)")
                         .arg(alignment.plannedReps)
                         .arg(alignment.laps);
}

} // namespace paceline
