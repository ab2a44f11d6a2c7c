// paceline-cli export: an athlete's logged sessions and reps as a CSV pair, or the
// whole log as a JSON backup (read back by `restore`).

#include "AtomicFile.h"
#include "CliContext.h"
#include "Commands.h"
#include "core/import/LogTransfer.h"
#include "core/io/activity/CsvLog.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QDir>
#include <QSaveFile>

#include <array>

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
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("With --csv: the first day to export, YYYY-MM-DD."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("With --csv: the last day to export, YYYY-MM-DD (inclusive)."),
                      QStringLiteral("date")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

struct CsvRequest {
    QString folder;
    std::optional<QDate> from;
    std::optional<QDate> to;
};

Result<CsvRequest> csvRequestFromOptions(const CliContext& context)
{
    auto from = context.dateOption(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = context.dateOption(QStringLiteral("to"));
    if (!to)
        return to.error();
    if (*from && *to && **from > **to)
        return Error{
            QStringLiteral("--from %1 is after --to %2")
                .arg(context.option(QStringLiteral("from")), context.option(QStringLiteral("to")))};
    return CsvRequest{context.option(QStringLiteral("csv")), *from, *to};
}

/// Both files are written to temporary files first and renamed only when both were
/// written, so a full disk leaves the previous export (or nothing) behind.
Status writeCsvPair(const QString& folder, const CsvExport& csv)
{
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("cannot make the folder '%1'").arg(folder)};
    const QDir dir(folder);
    QSaveFile sessions(dir.filePath(QLatin1String(kSessionsCsvName)));
    QSaveFile reps(dir.filePath(QLatin1String(kRepsCsvName)));
    const std::array<std::pair<QSaveFile*, const QByteArray*>, 2> files{
        {{&sessions, &csv.sessions}, {&reps, &csv.reps}}};
    for (const auto& [file, bytes] : files)
        if (!file->open(QIODevice::WriteOnly) || file->write(*bytes) != bytes->size())
            return Error{
                QStringLiteral("cannot write '%1': %2").arg(file->fileName(), file->errorString())};
    for (const auto& [file, bytes] : files)
        if (!file->commit())
            return Error{
                QStringLiteral("cannot write '%1': %2").arg(file->fileName(), file->errorString())};
    return {};
}

/// The athlete's sessions (with reps) from `from` to `to`, or all of them.
Result<std::vector<LoggedSession>> sessionsToExport(const SessionStore& store, AthleteId athlete,
                                                    const CsvRequest& request)
{
    auto logged = store.dayRange(athlete);
    if (!logged)
        return logged.error();
    if (!*logged)
        return std::vector<LoggedSession>{};
    const QDate first = request.from.value_or((*logged)->first);
    const QDate last = request.to.value_or((*logged)->second);
    if (first > last)
        return std::vector<LoggedSession>{};
    return store.inRange(athlete, first, last, WithReps::Yes);
}

int exportCsv(CliContext& context)
{
    auto request = csvRequestFromOptions(context);
    if (!request)
        return context.fail(ExitBadInput, request.errorMessage());
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    auto sessions = sessionsToExport(log->store->sessions(), log->athlete.id, *request);
    if (!sessions)
        return context.fail(ExitFailure, sessions.errorMessage());
    if (auto written =
            writeCsvPair(request->folder, paceline::exportCsv(*sessions, log->athlete.units));
        !written)
        return context.fail(ExitFailure, written.errorMessage());

    qint64 reps = 0;
    for (const LoggedSession& session : *sessions)
        reps += qint64(session.reps.size());
    const QDir dir(request->folder);
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
