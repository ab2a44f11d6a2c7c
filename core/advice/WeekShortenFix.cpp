// The fix of the load rules: shorten the easy running of one session, keeping its
// quality work as it is.

#include "WeekRules.h"
#include "WeekThresholds.h"
#include "core/science/EffortModel.h"

#include <cmath>

namespace paceline::advice {

namespace {

/// Easy running (or an untargeted or easy leg): what can be cut without touching the
/// session's purpose. Strides, drills and recoveries stay.
bool isEasyVolume(const Step& step)
{
    if (step.kind != StepKind::WarmUp && step.kind != StepKind::Work &&
        step.kind != StepKind::CoolDown)
        return false;
    if (std::holds_alternative<std::monostate>(step.intensity))
        return true;
    const auto* zone = std::get_if<PaceZone>(&step.intensity);
    const auto* rpe = std::get_if<RpeTarget>(&step.intensity);
    return (zone && *zone == PaceZone::Easy) || (rpe && rpe->rpe <= 4.0);
}

/// Whole minutes and 100 m, as coaches write them, never below one of either.
Target scaled(const Target& target, double factor)
{
    if (const auto* duration = std::get_if<Duration>(&target)) {
        const double minutes = std::max(1.0, std::round(duration->minutes() * factor));
        return duration->minutes() < 1.0 ? target : Target{Duration::fromMinutes(minutes)};
    }
    if (const auto* distance = std::get_if<Distance>(&target)) {
        const double hundreds = std::max(1.0, std::round(distance->metres * factor / 100.0));
        return distance->metres < 100.0 ? target : Target{Distance{hundreds * 100.0}};
    }
    return target;
}

StepTree scaledEasyVolume(const StepTree& tree, double factor)
{
    StepTree result = tree;
    for (StepNode& node : result) {
        if (node.isStep()) {
            if (isEasyVolume(node.step()))
                node.step().target = scaled(node.step().target, factor);
        } else {
            RepeatGroup& group = std::get<RepeatGroup>(node.content);
            group.children = scaledEasyVolume(group.children, factor);
        }
    }
    return result;
}

const PlannedSession* plannedSession(const WeekAdviceInput& input, PlannedSessionId id)
{
    for (const PlanDay& day : input.days) {
        for (const PlannedSession& session : day.sessions) {
            if (session.id == id)
                return &session;
        }
    }
    return nullptr;
}

/// The biggest session by planned load in the checked range that is not hard.
const WeekSession* biggestNotHard(const WeekAnalysis& week, QDate& date)
{
    const WeekSession* biggest = nullptr;
    for (const WeekDay& day : week.days) {
        if (!week.inRange(day.date))
            continue;
        for (const WeekSession& session : day.sessions) {
            if (!session.hard() && (!biggest || session.load.load > biggest->load.load)) {
                biggest = &session;
                date = day.date;
            }
        }
    }
    return biggest;
}

QString minutesText(Duration duration)
{
    return QStringLiteral("%1 min").arg(std::lround(duration.minutes()));
}

} // namespace

std::optional<WeekFix> shortenFix(const WeekAnalysis& week, bool (*fires)(const WeekAnalysis&))
{
    QDate date;
    const WeekSession* biggest = biggestNotHard(week, date);
    const PlannedSession* planned = biggest ? plannedSession(week.input, biggest->id) : nullptr;
    if (!planned || !week.hasUniqueId(planned->id))
        return std::nullopt;
    EstimateContext context = week.input.estimate;
    context.sport = planned->sport;
    const EffortModel model(context);
    // Tried on the shared copy of the week: each trial sets the session's load anew,
    // and the load it had is put back at the end.
    WeekAnalysis& trial = fixTrials(week).trial;
    WeekSession* shortened = nullptr;
    for (WeekDay& day : trial.days) {
        for (WeekSession& session : day.sessions) {
            if (session.id == biggest->id)
                shortened = &session;
        }
    }
    if (!shortened)
        return std::nullopt;
    const SessionLoad original = shortened->load;
    std::optional<WeekFix> fix;
    for (double factor = 1.0 - kShortenStep; factor >= kShortenLeast - 1e-9 && !fix;
         factor -= kShortenStep) {
        const StepTree steps = scaledEasyVolume(planned->steps, factor);
        if (steps == planned->steps)
            continue;
        const SessionLoad load = sessionLoadFor(steps, model);
        shortened->load = load;
        if (fires(trial) || !addsNoFinding(week, {date}))
            continue;
        PlanChange change;
        change.session = planned->id;
        change.replacement = *planned;
        change.replacement->steps = steps;
        fix = WeekFix{QStringLiteral("Shorten %1 from %2 to %3")
                          .arg(sessionText(week, date, *biggest),
                               minutesText(biggest->load.duration), minutesText(load.duration)),
                      {change}};
    }
    shortened->load = original;
    return fix;
}

} // namespace paceline::advice
