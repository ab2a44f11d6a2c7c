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

std::vector<DayFigures> historyFigures(const std::vector<DailyLoad>& rows, QDate historyStart,
                                       QDate last, LoadMeasure measure,
                                       const std::optional<FigureCheckpoint>& resume)
{
    if (resume) {
        const QDate from = resume->day;
        const QDate recentFirst = std::max(historyStart, from.addDays(-kDaysBeforeCheckpoint));
        return dailyFigures(*resume, std::size_t(std::max<qint64>(historyStart.daysTo(from), 0)),
                            dailyLoadVector(rows, recentFirst, from.addDays(-1), measure),
                            dailyLoadVector(rows, from, last, measure));
    }
    // The history starts on the first logged day, not on the start of its week: the
    // ratios need 28 days of history, and days before the log began are not history
    // (paceline-cli load counts from the same day).
    const QDate start = std::min(historyStart, last);
    return dailyFigures(start, dailyLoadVector(rows, start, last, measure));
}

LoadChartData loadChartData(const std::vector<DailyLoad>& rows, QDate historyStart,
                            AnalysisDays days, LoadMeasure measure, int weekStartsOn,
                            const std::vector<double>& planned, bool plannedFromPlan)
{
    return loadChartData(rows, historyFigures(rows, historyStart, days.last, measure, std::nullopt),
                         historyStart, days, measure, weekStartsOn, planned, plannedFromPlan);
}

LoadChartData loadChartData(const std::vector<DailyLoad>& rows,
                            const std::vector<DayFigures>& history, QDate historyStart,
                            AnalysisDays days, LoadMeasure measure, int weekStartsOn,
                            const std::vector<double>& planned, bool plannedFromPlan)
{
    LoadChartData data;
    data.measure = measure;
    data.weekStartsOn = weekStartsOn;
    data.first = days.first;
    data.last = days.last;
    // Shown days before the log began are blank.
    const QDate start = std::min(historyStart, days.last);
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

namespace {

/// The days a checkpoint may be on for the figures of `days`: late enough that the 28
/// days of history the ratios need lie before it (so it carries the same "enough
/// history" as the first logged day would), no later than the first shown day, and early
/// enough that the figures from it to the last day still fill the 28 days the projection
/// carries on from.
std::pair<QDate, QDate> checkpointWindow(QDate firstLogged, AnalysisDays days)
{
    return {firstLogged.addDays(kDaysBeforeCheckpoint),
            std::min(days.first, days.last.addDays(1 - kDaysBeforeCheckpoint))};
}

/// Where to carry the figures on from: the store's latest checkpoint in the window, or
/// none (the figures then start on the first logged day). A checkpoint that cannot be
/// read is as good as none: it only saves reading.
std::optional<FigureCheckpoint> resumePoint(const SessionStore& sessions,
                                            const LoadRequest& request, QDate firstLogged,
                                            AnalysisDays days)
{
    const auto [first, last] = checkpointWindow(firstLogged, days);
    const auto found = sessions.loadCheckpoint(request.athlete, request.measure, first, last);
    return found.ok() ? found.value() : std::nullopt;
}

/// Keeps a checkpoint at each month start in the window that `history` passed and the
/// store did not have yet (those after `resume`), so the next start reads from there.
void keepCheckpoints(SessionStore& sessions, const LoadRequest& request, QDate firstLogged,
                     AnalysisDays days, const std::vector<DayFigures>& history,
                     const std::optional<FigureCheckpoint>& resume)
{
    auto [first, last] = checkpointWindow(firstLogged, days);
    if (resume)
        first = std::max(first, resume->day.addDays(1));
    // Only a cache: a log that cannot take it now is read in full again next time.
    (void)sessions.keepLoadCheckpoints(request.athlete, request.measure,
                                       monthlyCheckpoints(history, first, last));
}

} // namespace

std::optional<LoadChartData> readLoadChartData(LogDocument& document, const LoadRequest& request)
{
    SessionStore& sessions = document.store().sessions();
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
    // From a checkpoint the figures need only the rows from 28 days before it: start-up
    // reads about as much of a ten-year log as of a one-year one (StartupWorkTest).
    const std::optional<FigureCheckpoint> resume =
        resumePoint(sessions, request, firstLogged, days);
    const QDate historyFirst = resume ? resume->day.addDays(-kDaysBeforeCheckpoint) : firstLogged;
    const auto rows =
        sessions.dailyLoads(request.athlete, std::min(historyFirst, days.first), days.last);
    if (!rows.ok()) {
        Q_EMIT document.storeError(rows.errorMessage());
        return std::nullopt;
    }
    const std::vector<DayFigures> history =
        historyFigures(rows.value(), firstLogged, days.last, request.measure, resume);
    keepCheckpoints(sessions, request, firstLogged, days, history, resume);
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
    return loadChartData(rows.value(), history, firstLogged, days, request.measure,
                         request.weekStartsOn, planned, fromPlan);
}

} // namespace paceline
