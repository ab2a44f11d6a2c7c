#include "RepsFromText.h"

#include "core/model/StepPath.h"
#include "core/science/PlanComparison.h"
#include "core/science/SessionEstimate.h"
#include "core/science/Stability.h"

#include <algorithm>
#include <map>
#include <set>

namespace paceline::cli {

namespace {

void assignTemporaryIds(StepTree& tree, qint64& next)
{
    for (StepNode& node : tree) {
        if (node.isStep()) {
            node.step().id = StepId{next++};
            continue;
        }
        RepeatGroup& group = node.group();
        group.id = StepId{next++};
        assignTemporaryIds(group.children, next);
        if (group.recoveryBetweenSets)
            group.recoveryBetweenSets->id = StepId{next++};
    }
}

/// The parsed steps with unique ids, so that repsFromPlan links the reps to them and
/// the target bands of the stability figures can be found through those links.
StepTree withTemporaryIds(StepTree tree)
{
    qint64 next = 1;
    assignTemporaryIds(tree, next);
    return tree;
}

std::map<StepId, const Step*> stepsById(const StepTree& tree)
{
    std::map<StepId, const Step*> steps;
    forEachStep(tree, [&](const StepPath&, const Step& step) { steps[step.id] = &step; });
    return steps;
}

std::optional<Duration> plannedTime(const std::map<StepId, const Step*>& steps,
                                    const std::optional<StepId>& id)
{
    if (!id)
        return std::nullopt;
    const auto found = steps.find(*id);
    if (found == steps.end() || !std::holds_alternative<Duration>(found->second->target))
        return std::nullopt;
    return std::get<Duration>(found->second->target);
}

size_t workRepCount(const std::vector<Rep>& reps)
{
    return size_t(std::count_if(reps.begin(), reps.end(),
                                [](const Rep& rep) { return rep.kind == RepKind::Work; }));
}

QString countText(size_t count, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
}

Status checkCounts(const TypedWorkout& workout, size_t workReps)
{
    const size_t times = workout.times.size();
    if (workReps == 0)
        return Error{
            QStringLiteral("--text '%1' has no work reps to give --splits for").arg(workout.text)};
    if (times != workReps) {
        return Error{QStringLiteral("--splits has %1 but '%2' has %3")
                         .arg(countText(times, "time", "times"), workout.text,
                              countText(workReps, "rep", "reps"))};
    }
    const auto checkPerRep = [&](size_t count, const char* option) -> Status {
        if (count == 0 || count == times)
            return {};
        return Error{QStringLiteral("--%1 has %2 but --splits has %3")
                         .arg(QLatin1String(option), countText(count, "value", "values"),
                              countText(times, "time", "times"))};
    };
    if (Status rpe = checkPerRep(workout.rpe.size(), "rpe"); !rpe)
        return rpe;
    return checkPerRep(workout.heartRates.size(), "hr");
}

/// The plan's reps as run: work reps get the typed values in order; recoveries keep
/// their planned time, or are left out when the plan gives none.
std::vector<Rep> repsAsRun(const std::vector<Rep>& planned, const StepTree& steps,
                           const TypedWorkout& workout)
{
    const std::map<StepId, const Step*> byId = stepsById(steps);
    std::vector<Rep> reps;
    size_t work = 0;
    for (Rep rep : planned) {
        if (rep.kind == RepKind::Work && work < workout.times.size()) {
            rep.time = workout.times[work];
            if (!workout.rpe.empty())
                rep.rpe = workout.rpe[work];
            if (!workout.heartRates.empty())
                rep.avgHeartRate = workout.heartRates[work];
            ++work;
            reps.push_back(std::move(rep));
        } else if (rep.kind == RepKind::Recovery) {
            const std::optional<Duration> time = plannedTime(byId, rep.plannedStepId);
            if (!time)
                continue;
            rep.time = *time;
            reps.push_back(std::move(rep));
        }
    }
    return reps;
}

/// The estimated distance of each step the estimate covers (its first time through).
std::map<StepId, Distance> estimatedDistances(const StepTree& steps,
                                              const SessionEstimate& estimate)
{
    std::map<StepId, Distance> distances;
    for (const Segment& segment : estimate.segments) {
        const Step* step = stepAt(steps, segment.path);
        if (step && segment.distance)
            distances.try_emplace(step->id, *segment.distance);
    }
    return distances;
}

/// Duration and distance: the reps' own, plus the steps no rep stands for (warm-up,
/// cool-down, distance-only jogs) as the estimate has them. Where the time is known
/// but not the distance (a 90 s jog, a 15 min warm-up) the distance is the estimate's
/// from the athlete's paces, so the session's average pace compares like with like:
/// time counted without its distance would make that pace meaningless.
void fillTotals(LoggedSession& session, const StepTree& steps, const SessionEstimate& estimate)
{
    const std::map<StepId, Distance> estimated = estimatedDistances(steps, estimate);
    std::set<StepId> stepsWithReps;
    double seconds = 0.0;
    double metres = 0.0;
    bool distanceKnown = false;
    const auto addDistance = [&](std::optional<Distance> distance) {
        if (distance) {
            metres += distance->metres;
            distanceKnown = true;
        }
    };
    for (const Rep& rep : session.reps) {
        seconds += rep.time.seconds;
        if (!rep.plannedStepId) {
            addDistance(rep.distance);
            continue;
        }
        stepsWithReps.insert(*rep.plannedStepId);
        const auto guess = estimated.find(*rep.plannedStepId);
        addDistance(rep.distance               ? rep.distance
                    : guess != estimated.end() ? std::optional<Distance>(guess->second)
                                               : std::nullopt);
    }
    for (const Segment& segment : estimate.segments) {
        const Step* step = stepAt(steps, segment.path);
        if (!step || stepsWithReps.contains(step->id))
            continue;
        seconds += segment.duration.seconds;
        addDistance(segment.distance);
    }
    session.duration = Duration{seconds};
    session.distance = distanceKnown ? std::optional<Distance>(Distance{metres}) : std::nullopt;
}

EstimateContext estimateContext(const Athlete& athlete, Sport sport)
{
    EstimateContext context;
    context.paces = athletePaces(athlete);
    context.sport = sport;
    context.maxHeartRate = athlete.maxHeartRate;
    context.restingHeartRate = athlete.restingHeartRate;
    return context;
}

} // namespace

Status fillRepsFromText(LoggedSession& session, const TypedWorkout& workout, const Athlete& athlete)
{
    const StepTree steps = withTemporaryIds(workout.steps);
    // The estimate unrolls the repeats once with a cap, so a line such as
    // 100x(100x(100x400m)) is refused before the reps are unrolled without one.
    const SessionEstimate estimate =
        estimateSession(steps, estimateContext(athlete, session.sport));
    if (!estimate.unrolled)
        return Error{QStringLiteral("--text '%1' has more than %2 steps once its repeats are "
                                    "unrolled")
                         .arg(workout.text)
                         .arg(kMaxEstimateSegments)};
    const std::vector<Rep> planned = repsFromPlan(steps);
    if (Status counts = checkCounts(workout, workRepCount(planned)); !counts)
        return counts;

    session.reps = repsAsRun(planned, steps, workout);
    fillTotals(session, steps, estimate);
    session.stability = sessionStability(session, steps, athletePaces(athlete));
    // The temporary steps are not stored: a link to one would break the foreign key.
    for (Rep& rep : session.reps)
        rep.plannedStepId.reset();
    return {};
}

} // namespace paceline::cli
