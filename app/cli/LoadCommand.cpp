// paceline-cli load: an athlete's training load day by day (acute and chronic load,
// both ACWRs, fitness, fatigue, form) and week by week (monotony, strain), in one of
// the load measures (docs/formulas.md, "Load over time").

#include "AnalysisOptions.h"
#include "CliContext.h"
#include "Commands.h"
#include "core/science/LoadSeries.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QJsonArray>

#include <algorithm>

namespace paceline::cli {

namespace {

// Four weeks by default: the chronic window, so the shown ACWRs have their whole basis.
constexpr int kDefaultDays = 28;

struct LoadRequest {
    DayRangeOptions range;
    LoadMeasure measure = LoadMeasure::SessionRpe;
};

/// What is shown: [from, to] as asked (absent for an empty log), its days from the
/// first logged one on, and the weeks they touch.
struct LoadReport {
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::vector<DayFigures> days;
    std::vector<WeekFigures> weeks;
};

void addOptions(CliContext& context)
{
    addDayRangeOptions(context, QStringLiteral("four weeks ending on --to"),
                       QStringLiteral("the last logged day, or --from if later"));
    context.parser().addOption(
        {QStringLiteral("measure"),
         QStringLiteral("The load measure: %1 (default: srpe).").arg(enumIdList<LoadMeasure>()),
         QStringLiteral("measure")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

Result<LoadRequest> requestFromOptions(const CliContext& context)
{
    auto range = dayRangeFromOptions(context);
    if (!range)
        return range.error();
    LoadRequest request{*range};
    if (context.isSet(QStringLiteral("measure"))) {
        const QString text = context.option(QStringLiteral("measure"));
        const std::optional<LoadMeasure> measure = enumFromId<LoadMeasure>(text);
        if (!measure)
            return Error{QStringLiteral("--measure '%1' is not one of %2")
                             .arg(text, enumIdList<LoadMeasure>())};
        request.measure = *measure;
    }
    return request;
}

/// The figures over the whole log up to `to`, started on the first logged day so the
/// exponentially weighted ones do not depend on where the shown range begins.
Result<LoadReport> loadReport(const SessionStore& store, AthleteId athlete,
                              const LoadRequest& request)
{
    auto logged = store.dayRange(athlete);
    if (!logged)
        return logged.error();
    LoadReport report{request.range.from, request.range.to, {}, {}};
    if (!*logged)
        return report;
    const QDate firstLogged = (*logged)->first;
    const QDate to = analysedDays(request.range, *logged)->second;
    report.to = to;
    report.from = request.range.from.value_or(to.addDays(1 - kDefaultDays));
    // Before the first logged day there is no history to have figures of.
    const QDate shownFrom = std::max(*report.from, firstLogged);
    if (shownFrom > to)
        return report;
    // Whole weeks either side, so the first and last week's monotony sees all 7 days.
    const QDate readFrom = std::min(firstLogged, weekStartOf(shownFrom));
    const QDate readTo = std::max(to, weekStartOf(to).addDays(6));
    auto rows = store.dailyLoads(athlete, readFrom, readTo);
    if (!rows)
        return rows.error();
    const std::vector<DayFigures> history =
        dailyFigures(firstLogged, dailyLoadVector(*rows, firstLogged, to, request.measure));
    std::copy_if(history.begin(), history.end(), std::back_inserter(report.days),
                 [&](const DayFigures& day) { return day.day >= shownFrom; });
    report.weeks = weeklyFigures(*rows, shownFrom, to, request.measure);
    return report;
}

QJsonObject dayJson(const DayFigures& day)
{
    return {{QStringLiteral("date"), jsonDay(day.day)},
            {QStringLiteral("load"), day.load},
            {QStringLiteral("acute"), day.acute},
            {QStringLiteral("chronic"), day.chronic},
            {QStringLiteral("acute_ewma"), day.acuteEwma},
            {QStringLiteral("chronic_ewma"), day.chronicEwma},
            {QStringLiteral("acwr_rolling"), jsonNumber(day.acwrRolling)},
            {QStringLiteral("acwr_ewma"), jsonNumber(day.acwrEwma)},
            {QStringLiteral("fitness"), day.fitness},
            {QStringLiteral("fatigue"), day.fatigue},
            {QStringLiteral("form"), day.form}};
}

QJsonObject weekJson(const WeekFigures& week)
{
    return {{QStringLiteral("week_start"), jsonDay(week.weekStart)},
            {QStringLiteral("load"), week.load},
            {QStringLiteral("monotony"), jsonNumber(week.monotony)},
            {QStringLiteral("strain"), jsonNumber(week.strain)}};
}

QJsonObject reportJson(const Athlete& athlete, LoadMeasure measure, const LoadReport& report)
{
    QJsonArray days;
    for (const DayFigures& day : report.days)
        days.append(dayJson(day));
    QJsonArray weeks;
    for (const WeekFigures& week : report.weeks)
        weeks.append(weekJson(week));
    return {{QStringLiteral("athlete"), athlete.name},
            {QStringLiteral("measure"), enumId(measure)},
            {QStringLiteral("from"), jsonDay(report.from)},
            {QStringLiteral("to"), jsonDay(report.to)},
            {QStringLiteral("days"), days},
            {QStringLiteral("weeks"), weeks}};
}

void printDays(QTextStream& out, const std::vector<DayFigures>& days)
{
    out << "Day           Load   Acute  Chronic  ACWR  ACWR EWMA  Fitness  Fatigue     Form\n";
    for (const DayFigures& day : days)
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                   .arg(day.day.toString(Qt::ISODate))
                   .arg(numberText(day.load, 1), 6)
                   .arg(numberText(day.acute, 1), 6)
                   .arg(numberText(day.chronic, 1), 7)
                   .arg(numberText(day.acwrRolling, 2), 4)
                   .arg(numberText(day.acwrEwma, 2), 9)
                   .arg(numberText(day.fitness, 1), 7)
                   .arg(numberText(day.fatigue, 1), 7)
                   .arg(numberText(day.form, 1), 7);
}

void printWeeks(QTextStream& out, const std::vector<WeekFigures>& weeks)
{
    out << "Week of       Load  Monotony   Strain\n";
    for (const WeekFigures& week : weeks)
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(week.weekStart.toString(Qt::ISODate))
                   .arg(numberText(week.load, 1), 6)
                   .arg(numberText(week.monotony, 2), 8)
                   .arg(numberText(week.strain, 1), 7);
}

void printReport(QTextStream& out, const Athlete& athlete, LoadMeasure measure,
                 const LoadReport& report)
{
    if (!report.to) {
        out << "No logged sessions yet.\n";
        return;
    }
    const QString range =
        QStringLiteral("%1 to %2")
            .arg(report.from->toString(Qt::ISODate), report.to->toString(Qt::ISODate));
    if (report.days.empty()) {
        out << "No load figures from " << range << ": nothing was logged by then.\n";
        return;
    }
    out << athlete.name << ": " << enumLabel(measure) << " load, " << range << "\n\n";
    printDays(out, report.days);
    out << '\n';
    printWeeks(out, report.weeks);
}

} // namespace

int runLoad(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    auto request = requestFromOptions(context);
    if (!request)
        return context.fail(ExitBadInput, request.errorMessage());
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    auto report = loadReport(log->store->sessions(), log->athlete.id, *request);
    if (!report)
        return context.fail(ExitFailure, report.errorMessage());
    if (context.json())
        context.printJson(reportJson(log->athlete, request->measure, *report));
    else
        printReport(context.out(), log->athlete, request->measure, *report);
    return ExitSuccess;
}

} // namespace paceline::cli
