// paceline-cli plan: one week of an athlete's plan with the week rules' findings.
// `plan check FILE` (PlanCheckCommand.cpp) checks a week file instead.

#include "CliContext.h"
#include "Commands.h"
#include "RaceOptions.h"
#include "StoredWeek.h"
#include "WeekFindingsOutput.h"
#include "core/io/SessionNotation.h"
#include "core/model/TimeText.h"
#include "core/store/LogStore.h"

#include <QJsonArray>

#include <cmath>

namespace paceline::cli {

namespace {

void addOptions(CliContext& context)
{
    context.parser().addOption(
        {QStringLiteral("week"),
         QStringLiteral("The week's first day, YYYY-MM-DD: the week shown is that day and "
                        "the six after it."),
         QStringLiteral("date")});
    context.parser().addOption(
        {QStringLiteral("today"),
         QStringLiteral("The day that decides missed from planned, YYYY-MM-DD (default: the "
                        "system date)."),
         QStringLiteral("date")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

struct WeekOptions {
    QDate first;
    QDate today;
};

Result<WeekOptions> weekOptions(const CliContext& context)
{
    auto week = context.dateOption(QStringLiteral("week"));
    if (!week)
        return week.error();
    if (!*week)
        return Error{QStringLiteral("--week YYYY-MM-DD is required: the first day of the week")};
    auto today = context.dateOption(QStringLiteral("today"));
    if (!today)
        return today.error();
    return WeekOptions{**week, today->value_or(QDate::currentDate())};
}

PlanStatus statusOf(const PlannedSession& session, const StoredWeek& week, QDate today)
{
    if (week.completions.count(session.id))
        return PlanStatus::Done;
    return session.date < today ? PlanStatus::Missed : PlanStatus::Planned;
}

QString statusId(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Done:
        return QStringLiteral("done");
    case PlanStatus::Missed:
        return QStringLiteral("missed");
    case PlanStatus::Planned:
        break;
    }
    return QStringLiteral("planned");
}

/// A session as the week lists it: what it is, how hard, and how it turned out.
struct SessionLine {
    const PlannedSession* session = nullptr;
    SessionLoad load;
    PlanStatus status = PlanStatus::Planned;
};

SessionLine sessionLine(const PlannedSession& session, const StoredWeek& week, QDate today)
{
    EstimateContext estimate = week.advice.estimate;
    estimate.sport = session.sport;
    return {&session, sessionLoad(session.steps, estimate), statusOf(session, week, today)};
}

QJsonObject sessionJson(const SessionLine& line, const StoredWeek& week)
{
    const PlannedSession& session = *line.session;
    const auto logged = week.completions.find(session.id);
    return {
        {QStringLiteral("id"), session.id.value},
        {QStringLiteral("name"), session.name},
        {QStringLiteral("sport"), enumId(session.sport)},
        {QStringLiteral("purpose"),
         session.purpose ? QJsonValue(enumId(*session.purpose)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("notation"), formatSessionNotation(session.steps)},
        {QStringLiteral("hardness"), enumId(line.load.hardness)},
        {QStringLiteral("long"), line.load.longSession},
        {QStringLiteral("duration_s"), roundTo(line.load.duration.seconds, 0)},
        {QStringLiteral("load"), roundTo(line.load.load, 0)},
        {QStringLiteral("status"), statusId(line.status)},
        {QStringLiteral("logged_session"), logged == week.completions.end()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(logged->second.value)},
    };
}

QJsonObject weekJson(const StoredWeek& week, const Athlete& athlete, QDate today)
{
    QJsonArray days;
    double weekLoad = 0.0;
    for (const PlanDay& day : week.days) {
        QJsonArray sessions;
        double dayLoad = 0.0;
        for (const PlannedSession& session : day.sessions) {
            const SessionLine line = sessionLine(session, week, today);
            dayLoad += line.load.load;
            sessions.append(sessionJson(line, week));
        }
        weekLoad += dayLoad;
        days.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("rest"), day.rest},
                                {QStringLiteral("load"), roundTo(dayLoad, 0)},
                                {QStringLiteral("sessions"), sessions}});
    }
    return {{QStringLiteral("start"), week.advice.first.toString(Qt::ISODate)},
            {QStringLiteral("athlete"), athlete.name},
            {QStringLiteral("load"), roundTo(weekLoad, 0)},
            {QStringLiteral("days"), days}};
}

void printWeek(QTextStream& out, const StoredWeek& week, const Athlete& athlete, QDate today)
{
    out << "Week of " << dayText(week.advice.first) << " for " << athlete.name << '\n';
    for (const PlanDay& day : week.days) {
        out << '\n' << dayText(day.date);
        if (day.rest)
            out << "  rest";
        else if (day.sessions.empty())
            out << "  nothing planned";
        out << '\n';
        for (const PlannedSession& session : day.sessions) {
            const SessionLine line = sessionLine(session, week, today);
            out << QStringLiteral("  %1 [%2, %3, %4, load %5] %6\n")
                       .arg(session.name, enumId(session.sport), enumId(line.load.hardness),
                            formatDuration(line.load.duration))
                       .arg(std::lround(line.load.load))
                       .arg(statusId(line.status))
                << "    " << formatSessionNotation(session.steps) << '\n';
        }
    }
    out << '\n';
}

int runPlanWeek(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    auto options = weekOptions(context);
    if (!options)
        return context.fail(ExitBadInput, options.errorMessage());
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    LogStore& store = *log->store;
    const Athlete& athlete = log->athlete;
    auto week = readStoredWeek(store, athlete, options->first);
    if (!week)
        return context.fail(ExitFailure, week.errorMessage());
    const std::vector<WeekFinding> findings = adviseWeek(week->advice);

    if (context.json()) {
        context.printJson({{QStringLiteral("week"), weekJson(*week, athlete, options->today)},
                           {QStringLiteral("findings"), weekFindingsJson(findings)}});
    } else {
        printWeek(context.out(), *week, athlete, options->today);
        printWeekFindings(context.out(), findings);
    }
    return ExitSuccess;
}

} // namespace

int runPlan(CliContext& context)
{
    if (context.arguments().value(0) == QLatin1String("check")) {
        CliContext check(QStringLiteral("plan check"), context.arguments().mid(1), context.out(),
                         context.err());
        return runPlanCheck(check);
    }
    return runPlanWeek(context);
}

} // namespace paceline::cli
