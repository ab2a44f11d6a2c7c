#include "LoadAnalysis.h"

#include "core/science/TrainingLoad.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"

#include <algorithm>

namespace paceline {

namespace {

std::vector<WeekLoad> plannedWeeks(const std::vector<DayFigures>& projection, int weekStartsOn)
{
    std::vector<WeekLoad> weeks;
    for (const DayFigures& day : projection) {
        const QDate weekStart = weekStartOf(day.day, weekStartsOn);
        if (weeks.empty() || weeks.back().weekStart != weekStart)
            weeks.push_back({weekStart, 0.0});
        weeks.back().load += day.load;
    }
    return weeks;
}

/// The planned loads up to the end of the week of the last planned session: past the
/// plan, a projection "as planned" would read unplanned days as rest.
std::vector<double> throughLastPlannedWeek(std::vector<double> loads, QDate firstDay,
                                           int weekStartsOn)
{
    const auto last = std::find_if(loads.rbegin(), loads.rend(), [](double l) { return l > 0.0; });
    if (last == loads.rend())
        return {};
    const QDate lastPlanned = firstDay.addDays(qint64(loads.rend() - last) - 1);
    const qint64 weekEnd = firstDay.daysTo(weekStartOf(lastPlanned, weekStartsOn).addDays(6));
    loads.resize(size_t(std::min<qint64>(weekEnd + 1, qint64(loads.size()))));
    return loads;
}

std::map<QDate, int> sessionsPerDay(const std::vector<DailyLoad>& rows, QDate first)
{
    std::map<QDate, int> sessions;
    for (const DailyLoad& row : rows) {
        if (row.day >= first && row.sessions > 0)
            sessions[row.day] += row.sessions;
    }
    return sessions;
}

} // namespace

LoadChartData loadChartData(const std::vector<DailyLoad>& rows, QDate historyStart,
                            AnalysisDays days, LoadMeasure measure, int weekStartsOn,
                            const std::vector<double>& planned, bool plannedFromPlan)
{
    LoadChartData data;
    data.measure = measure;
    data.weekStartsOn = weekStartsOn;
    data.first = days.first;
    data.last = days.last;
    // The history starts on the first logged day, not on the start of its week: the
    // ratios need 28 days of history, and days before the log began are not history
    // (paceline-cli load counts from the same day). Shown days before it are blank.
    const QDate start = std::min(historyStart, days.last);
    const std::vector<DayFigures> history =
        dailyFigures(start, dailyLoadVector(rows, start, days.last, measure));
    for (QDate day = days.first; day < start; day = day.addDays(1)) {
        DayFigures blank;
        blank.day = day;
        data.days.push_back(blank);
    }
    std::copy_if(history.begin(), history.end(), std::back_inserter(data.days),
                 [&](const DayFigures& day) { return day.day >= days.first; });
    data.weeks = weeklyFigures(rows, days.first, days.last, measure, weekStartsOn);
    data.projection = projectFigures(history, planned);
    data.projectionFromPlan = plannedFromPlan && !data.projection.empty();
    if (data.projectionFromPlan)
        data.plannedWeeks = plannedWeeks(data.projection, weekStartsOn);
    data.sessionsPerDay = sessionsPerDay(rows, days.first);
    return data;
}

std::vector<double> plannedDailyLoads(const std::vector<PlanDay>& days, EstimateContext context)
{
    std::vector<double> loads;
    for (const PlanDay& day : days) {
        double load = 0.0;
        for (const PlannedSession& session : day.sessions) {
            context.sport = session.sport;
            load += sessionLoad(session.steps, context).load;
        }
        loads.push_back(load);
    }
    return loads;
}

std::optional<LoadChartData> readLoadChartData(LogDocument& document, const LoadRequest& request)
{
    const SessionStore& sessions = document.store().sessions();
    const auto logged = sessions.dayRange(request.athlete);
    if (!logged.ok())
        Q_EMIT document.storeError(logged.errorMessage());
    if (!logged.ok() || !logged.value())
        return std::nullopt;
    const auto [firstLogged, lastLogged] = *logged.value();
    const QDate anchor =
        analysisAnchor(request.range, request.today, firstLogged, lastLogged, request.weekStartsOn);
    const AnalysisDays days =
        analysisDays(request.range, anchor, firstLogged, request.weekStartsOn);
    const auto rows =
        sessions.dailyLoads(request.athlete, std::min(firstLogged, days.first), days.last);
    if (!rows.ok()) {
        Q_EMIT document.storeError(rows.errorMessage());
        return std::nullopt;
    }
    // Plans carry an estimated session-RPE load only: with another measure the
    // projection is rest, so that the lines show decay rather than a mixed scale.
    // A log left alone for longer than the range ends on its last logged day: the plan
    // after that day is past and was missed, not a projection.
    std::vector<double> planned;
    if (request.measure == LoadMeasure::SessionRpe && anchor >= request.today) {
        const TrainingPlan& plan = document.plan();
        planned =
            throughLastPlannedWeek(plannedDailyLoads(plan.days(request.athlete, anchor.addDays(1),
                                                               anchor.addDays(kPlanAheadDays)),
                                                     plan.estimateContext(request.athlete)),
                                   anchor.addDays(1), request.weekStartsOn);
    }
    const bool fromPlan = !planned.empty();
    if (!fromPlan)
        planned.assign(size_t(kRestProjectionDays), 0.0);
    return loadChartData(rows.value(), firstLogged, days, request.measure, request.weekStartsOn,
                         planned, fromPlan);
}

} // namespace paceline
