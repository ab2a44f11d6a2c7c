// paceline-cli sessions: the logged sessions of an athlete, newest first.

#include "AnalysisOptions.h"
#include "CliContext.h"
#include "Commands.h"
#include "LoggedSessionText.h"
#include "core/io/LoggedSessionJson.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QJsonArray>

#include <algorithm>

namespace paceline::cli {

namespace {

struct SessionFilter {
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<Sport> sport;
};

void addOptions(CliContext& context)
{
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("The first day to list, YYYY-MM-DD (default: the first "
                                     "logged)."),
                      QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("to"),
         QStringLiteral("The last day to list, YYYY-MM-DD (default: the last logged)."),
         QStringLiteral("date")});
    parser.addOption({QStringLiteral("sport"),
                      QStringLiteral("Only sessions of this sport: %1.").arg(enumIdList<Sport>()),
                      QStringLiteral("sport")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

Result<SessionFilter> filterFromOptions(const CliContext& context)
{
    SessionFilter filter;
    auto range = dayRangeFromOptions(context);
    if (!range)
        return range.error();
    filter.from = range->from;
    filter.to = range->to;
    if (context.isSet(QStringLiteral("sport"))) {
        const QString text = context.option(QStringLiteral("sport"));
        filter.sport = enumFromId<Sport>(text);
        if (!filter.sport)
            return Error{
                QStringLiteral("--sport '%1' is not one of %2").arg(text, enumIdList<Sport>())};
    }
    return filter;
}

/// The athlete's sessions in the filter, newest first. Open ends of the range default
/// to the first and last logged day, so the list needs no guess at "everything".
Result<std::vector<LoggedSession>> listSessions(const SessionStore& store, AthleteId athlete,
                                                const SessionFilter& filter)
{
    auto range = store.dayRange(athlete);
    if (!range)
        return range.error();
    if (!*range)
        return std::vector<LoggedSession>{};
    const QDate first = filter.from.value_or((*range)->first);
    const QDate last = filter.to.value_or((*range)->second);
    if (first > last)
        return std::vector<LoggedSession>{};
    auto found = store.inRange(athlete, first, last, WithReps::No);
    if (!found)
        return found.error();
    std::vector<LoggedSession> sessions = std::move(found).value();
    if (filter.sport)
        std::erase_if(sessions, [&](const LoggedSession& s) { return s.sport != *filter.sport; });
    std::reverse(sessions.begin(), sessions.end());
    return sessions;
}

} // namespace

int runSessions(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    auto filter = filterFromOptions(context);
    if (!filter)
        return context.fail(ExitBadInput, filter.errorMessage());
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    LogStore& store = *log->store;
    const Athlete& athlete = log->athlete;
    auto sessions = listSessions(store.sessions(), athlete.id, *filter);
    if (!sessions)
        return context.fail(ExitFailure, sessions.errorMessage());

    if (context.json()) {
        QJsonArray list;
        for (const LoggedSession& session : *sessions)
            list.append(loggedSessionToJson(session, /*withReps=*/false));
        context.printJson({{QStringLiteral("sessions"), list}});
    } else if (sessions->empty()) {
        context.out() << "No logged sessions"
                      << (context.isSet(QStringLiteral("from")) ||
                                  context.isSet(QStringLiteral("to")) || filter->sport
                              ? " match."
                              : " yet.")
                      << '\n';
    } else {
        printSessionTable(context.out(), *sessions, athlete.units);
    }
    return ExitSuccess;
}

} // namespace paceline::cli
