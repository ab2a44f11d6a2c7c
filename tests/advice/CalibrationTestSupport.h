#pragma once

// Hand-built histories for the calibration tests (docs/advisor.md, "Calibrating the
// next session"). Reps are 1000 m, so a rep's time in seconds is its pace in s/km; the
// target band of the interval session is 3:50-3:55/km (230-235 s/km). Every figure the
// rule reads is worked out beside the history that produces it.

#include "SessionBuilders.h"
#include "core/advice/Calibration.h"
#include "core/model/StepPath.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace paceline::test {

inline constexpr qint64 kRepStep = 2; // the 1000 m rep of the interval session

inline PaceRange bandSecondsPerKm(double slowest, double fastest)
{
    return {Speed::fromSecondsPerKilometre(slowest), Speed::fromSecondsPerKilometre(fastest)};
}

inline const PaceRange kRepBand = bandSecondsPerKm(235, 230);

inline Step withId(Step step, qint64 id)
{
    step.id = StepId{id};
    return step;
}

inline StepNode groupWithId(StepNode group, qint64 id)
{
    group.group().id = StepId{id};
    return group;
}

/// wu 15min @E; 6x(1000m @3:50-3:55/km / 90s jog); cd 10min @E, with store ids.
inline StepTree intervalSession()
{
    return {node(withId(warmUp(minutes(15)), 1)),
            groupWithId(each(6, withId(work(metres(1000), kRepBand), kRepStep),
                             withId(jog(seconds(90)), 3)),
                        10),
            node(withId(coolDown(minutes(10)), 4))};
}

inline Rep workRep(double seconds, std::optional<double> rpe,
                   std::optional<qint64> stepId = kRepStep)
{
    Rep rep;
    rep.distance = Distance{1000.0};
    rep.time = Duration{seconds};
    rep.rpe = rpe;
    if (stepId)
        rep.plannedStepId = StepId{*stepId};
    return rep;
}

inline Rep recoveryRep()
{
    Rep rep;
    rep.kind = RepKind::Recovery;
    rep.distance = Distance{250.0};
    rep.time = Duration{90.0};
    rep.plannedStepId = StepId{3};
    return rep;
}

/// A recovery logged against the rep's own step (as a watch lap may be), rated RPE 2.
inline Rep recoveryAfterTheRep()
{
    Rep rep = workRep(200, 2.0);
    rep.kind = RepKind::Recovery;
    return rep;
}

inline QDate day(int month, int dayOfMonth)
{
    return QDate(2024, month, dayOfMonth);
}

/// A logged repeat of the interval session: 1000 m reps in `seconds`, each with `rpe`
/// and followed by its recovery jog.
inline TemplateRepeat repeatOn(QDate date, const std::vector<double>& seconds,
                               std::optional<double> rpe = 7.0)
{
    TemplateRepeat repeat;
    repeat.plannedSteps = intervalSession();
    repeat.session.id = LoggedSessionId{date.toJulianDay()};
    repeat.session.start = QDateTime(date, QTime(7, 0), Qt::UTC);
    for (double time : seconds) {
        repeat.session.reps.push_back(workRep(time, rpe));
        repeat.session.reps.push_back(recoveryRep());
    }
    return repeat;
}

// 232, 233, 232, 233, 232, 233 s: all inside 230-235 (6 of 6 on target). Mean 232.5,
// deviations +-0.5, squares 6 x 0.25 = 1.5, s = sqrt(1.5 / 5) = 0.5477, CV 0.24 %.
// Thirds of 2 reps: (232 + 233) / 2 both ends, fade 0 %.
inline const std::vector<double> kSteadyReps{232, 233, 232, 233, 232, 233};

inline TemplateRepeat steadyRepeat(QDate date, std::optional<double> rpe = 7.0)
{
    return repeatOn(date, kSteadyReps, rpe);
}

inline std::vector<TemplateRepeat> steadyHistory(std::optional<double> rpe = 7.0)
{
    return {steadyRepeat(day(10, 29), rpe), steadyRepeat(day(11, 5), rpe),
            steadyRepeat(day(11, 12), rpe)};
}

/// The history as if every repeat had been run against `steps` (the template as it is).
inline std::vector<TemplateRepeat> runAgainst(std::vector<TemplateRepeat> history,
                                              const StepTree& steps)
{
    for (TemplateRepeat& repeat : history)
        repeat.plannedSteps = steps;
    return history;
}

inline bool hasReason(const CalibrationProposal& proposal, const QString& text)
{
    return std::find(proposal.reasons.begin(), proposal.reasons.end(), text) !=
           proposal.reasons.end();
}

inline bool hasReasonStarting(const CalibrationProposal& proposal, const QString& start)
{
    return std::any_of(proposal.reasons.begin(), proposal.reasons.end(),
                       [&](const QString& reason) { return reason.startsWith(start); });
}

/// Every step and group id in tree order, to show a proposal keeps them.
inline void collectIds(const StepTree& tree, std::vector<qint64>& ids)
{
    for (const StepNode& child : tree) {
        if (child.isStep()) {
            ids.push_back(child.step().id.value);
            continue;
        }
        ids.push_back(child.group().id.value);
        collectIds(child.group().children, ids);
        if (child.group().recoveryBetweenSets)
            ids.push_back(child.group().recoveryBetweenSets->id.value);
    }
}

inline std::vector<qint64> idsOf(const StepTree& tree)
{
    std::vector<qint64> ids;
    collectIds(tree, ids);
    return ids;
}

inline const Step& stepOf(const StepTree& tree, const StepPath& path)
{
    const Step* found = stepAt(tree, path);
    EXPECT_NE(found, nullptr);
    return *found;
}

} // namespace paceline::test
