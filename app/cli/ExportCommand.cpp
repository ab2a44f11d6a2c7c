// paceline-cli export: an athlete's logged sessions and reps as a CSV pair, or the
// whole log as a JSON backup (read back by `restore`).

#include "AnalysisOptions.h"
#include "AtomicFile.h"
#include "CliContext.h"
#include "Commands.h"
#include "core/import/LogTransfer.h"
#include "core/io/activity/CsvLog.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QDir>

namespace paceline::cli {

namespace {

/// "1 athlete", "2 athletes".
QString counted(qsizetype count, const char* singular, const char* plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? singular : plural));
}

void addOptions(CliContext& context)
{
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("csv"),
                      QStringLiteral("Write sessions.csv and reps.csv of the athlete into this "
                                     "folder (made when missing)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("backup"),
                      QStringLiteral("Write the whole log (every athlete) as one JSON file, "
                                     "for 'paceline-cli restore'."),
                      QStringLiteral("file")});
    addDayRangeOptions(context, QStringLiteral("with --csv, the first logged day"),
                       QStringLiteral("the last logged day"));
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

/// The athlete's sessions (with reps) on the days asked for, or all of them.
Result<std::vector<LoggedSession>> sessionsToExport(const SessionStore& store, AthleteId athlete,
                                                    const DayRangeOptions& range)
{
    auto logged = store.dayRange(athlete);
    if (!logged)
        return logged.error();
    const auto days = analysedDays(range, *logged);
    if (!days || days->first > days->second)
        return std::vector<LoggedSession>{};
    return store.inRange(athlete, days->first, days->second, WithReps::Yes);
}

int exportCsv(CliContext& context)
{
    auto range = dayRangeFromOptions(context);
    if (!range)
        return context.fail(ExitBadInput, range.errorMessage());
    const QString folder = context.option(QStringLiteral("csv"));
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    auto sessions = sessionsToExport(log->store->sessions(), log->athlete.id, *range);
    if (!sessions)
        return context.fail(ExitFailure, sessions.errorMessage());
    if (auto written = writeCsvFiles(folder, paceline::exportCsv(*sessions, log->athlete.units));
        !written)
        return context.fail(ExitFailure, written.errorMessage());

    qint64 reps = 0;
    for (const LoggedSession& session : *sessions)
        reps += qint64(session.reps.size());
    const QDir dir(folder);
    if (context.json())
        context.printJson(
            {{QStringLiteral("athlete"), log->athlete.name},
             {QStringLiteral("sessions"), qint64(sessions->size())},
             {QStringLiteral("reps"), reps},
             {QStringLiteral("sessions_file"), dir.filePath(QLatin1String(kSessionsCsvName))},
             {QStringLiteral("reps_file"), dir.filePath(QLatin1String(kRepsCsvName))}});
    else
        context.out() << "Wrote " << counted(qsizetype(sessions->size()), "session", "sessions")
                      << " and " << counted(reps, "rep", "reps") << " of " << log->athlete.name
                      << " to " << dir.filePath(QLatin1String(kSessionsCsvName)) << " and "
                      << dir.filePath(QLatin1String(kRepsCsvName)) << '\n';
    return ExitSuccess;
}

int exportBackup(CliContext& context)
{
    if (context.isSet(QStringLiteral("from")) || context.isSet(QStringLiteral("to")))
        return context.fail(
            ExitBadInput,
            QStringLiteral("--backup writes the whole log; --from and --to are for --csv"));
    int exitStatus = ExitSuccess;
    std::unique_ptr<LogStore> store = context.openStore(exitStatus, /*readOnly=*/true);
    if (!store)
        return exitStatus;
    auto snapshot = snapshotOf(*store);
    if (!snapshot)
        return context.fail(ExitFailure, snapshot.errorMessage());
    const QString file = context.option(QStringLiteral("backup"));
    if (auto written = writeFileAtomically(file, logToJson(*snapshot)); !written)
        return context.fail(ExitFailure, written.errorMessage());

    const LogSnapshot& log = *snapshot;
    if (context.json())
        context.printJson({{QStringLiteral("file"), file},
                           {QStringLiteral("athletes"), qint64(log.athletes.size())},
                           {QStringLiteral("templates"), qint64(log.templates.size())},
                           {QStringLiteral("planned"), qint64(log.planned.size())},
                           {QStringLiteral("sessions"), qint64(log.sessions.size())}});
    else
        context.out() << "Wrote " << counted(log.athletes.size(), "athlete", "athletes") << ", "
                      << counted(log.templates.size(), "template", "templates") << ", "
                      << counted(log.planned.size(), "planned session", "planned sessions")
                      << " and "
                      << counted(log.sessions.size(), "logged session", "logged sessions") << " to "
                      << file << '\n';
    return ExitSuccess;
}

} // namespace

int runExport(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    const bool csv = context.isSet(QStringLiteral("csv"));
    const bool backup = context.isSet(QStringLiteral("backup"));
    if (csv == backup)
        return context.fail(ExitBadInput,
                            csv ? QStringLiteral("choose --csv DIR or --backup FILE, not both")
                                : QStringLiteral("give --csv DIR or --backup FILE"));
    return csv ? exportCsv(context) : exportBackup(context);
}

} // namespace paceline::cli
