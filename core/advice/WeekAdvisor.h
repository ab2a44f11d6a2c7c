#pragma once

#include "SessionAdvisor.h"
#include "core/model/PlanDay.h"
#include "core/science/TrainingLoad.h"

#include <QDate>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace paceline {

/// One change to a plan: move a planned session to another day (and place in it),
/// replace its content, or both. A fix is a list of them, applied as one undoable edit.
struct PlanChange {
    PlannedSessionId session;
    std::optional<QDate> moveTo;
    std::optional<int> orderInDay; ///< with moveTo: its place in the new day (end if absent)
    /// The session's new name, sport, purpose, notes and steps (id, athlete, date kept).
    std::optional<PlannedSession> replacement;

    friend bool operator==(const PlanChange&, const PlanChange&) = default;
};

/// A one-click change that resolves a week finding ("Move Thursday's intervals to
/// Friday").
struct WeekFix {
    QString label;
    std::vector<PlanChange> changes;

    friend bool operator==(const WeekFix&, const WeekFix&) = default;
};

/// What one week rule says.
struct WeekFinding {
    QString rule; ///< stable id, e.g. "week.hard-back-to-back"
    Severity severity = Severity::Warning;
    std::vector<QDate> days;                ///< the days concerned, for highlighting
    std::vector<PlannedSessionId> sessions; ///< the sessions concerned
    QString message;                        ///< plain words: what, why, what to do
    std::optional<WeekFix> fix;
};

/// What the week rules look at. Pure data: the caller reads it from the log.
struct WeekAdviceInput {
    /// Consecutive calendar days, oldest first: the days checked plus up to 7 days of
    /// context before them (a hard Sunday matters to Monday) and after them.
    std::vector<PlanDay> days;
    QDate first; ///< the first day whose findings are reported
    QDate last;  ///< the last one (usually first + 6)
    /// Logged session-RPE load per day for the 28 days before `first`, oldest first
    /// (0 for days without training); fewer entries when the log is younger.
    std::vector<double> actualDailyLoad;
    /// For estimating each planned session's load and hardness (sport set per session).
    EstimateContext estimate;
    /// The athlete's pattern: at most this many hard sessions in seven days.
    int maxHardSessionsPerWeek = 3;
};

/// Every week rule, in the order their findings are listed (docs/planner.md).
std::span<const RuleInfo> weekRules();

/// Checks how the hard days of a plan are spaced. Pure: the same input always gives
/// the same findings, in rule order, earliest day first within a rule.
std::vector<WeekFinding> adviseWeek(const WeekAdviceInput& input);

} // namespace paceline
