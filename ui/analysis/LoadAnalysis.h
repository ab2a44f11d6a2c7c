#pragma once

#include "AnalysisRange.h"
#include "core/model/Id.h"
#include "core/model/PlanDay.h"
#include "core/science/SessionEstimate.h"
#include "ui/charts/LoadChartData.h"

#include <optional>

namespace paceline {

class LogDocument;

/// How far ahead planned sessions are looked for: the coming four weeks.
inline constexpr int kPlanAheadDays = 28;
/// Without a plan to follow, the lines show two weeks of rest: long enough to see
/// fatigue clear (a taper), short enough not to widen every chart by a month.
inline constexpr int kRestProjectionDays = 14;

/// What the Analysis screen asks the log for.
struct LoadRequest {
    AthleteId athlete;
    AnalysisRange range = kDefaultAnalysisRange;
    QDate today;
    LoadMeasure measure = LoadMeasure::SessionRpe;
    int weekStartsOn = Qt::Monday;
};

/// The load charts' data from the store's daily figures and the planned sessions of the
/// coming weeks. The exponentially weighted figures start on the first logged day
/// whatever the range, but are carried on from the store's latest load checkpoint
/// before the range when it has one (reading the range, not the whole history), and
/// the checkpoints passed are kept for next time (SessionStore::keepLoadCheckpoints).
/// nullopt when nothing is logged (or the log cannot be read: the document has
/// reported why).
std::optional<LoadChartData> readLoadChartData(LogDocument& document, const LoadRequest& request);

/// The pure part: `rows` are the store's daily rows up to `days.last`; `historyStart`
/// is the first logged day, where the figures start (the ratios 28 days later, as in
/// paceline-cli load). Shown days before it (the rest of its week) are blank.
/// `planned` the loads of the days after `days.last` (empty: no projection), following
/// the plan or not.
LoadChartData loadChartData(const std::vector<DailyLoad>& rows, QDate historyStart,
                            AnalysisDays days, LoadMeasure measure, int weekStartsOn,
                            const std::vector<double>& planned, bool plannedFromPlan);
/// The same with the daily figures already worked out (historyFigures) up to `days.last`.
LoadChartData loadChartData(const std::vector<DailyLoad>& rows,
                            const std::vector<DayFigures>& history, QDate historyStart,
                            AnalysisDays days, LoadMeasure measure, int weekStartsOn,
                            const std::vector<double>& planned, bool plannedFromPlan);

/// The daily figures up to `last` from the store's `rows`: from the first logged day
/// (`historyStart`), or carried on from `resume` when given (then `rows` need start only
/// kDaysBeforeCheckpoint days before it). The same figures either way, for the same days.
std::vector<DayFigures> historyFigures(const std::vector<DailyLoad>& rows, QDate historyStart,
                                       QDate last, LoadMeasure measure,
                                       const std::optional<FigureCheckpoint>& resume);

/// The planned session-RPE load of each day of `days` (as the planner estimates it:
/// sessionLoad of each session with the athlete's `context`).
std::vector<double> plannedDailyLoads(const std::vector<PlanDay>& days, EstimateContext context);

} // namespace paceline
