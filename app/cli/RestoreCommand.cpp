// paceline-cli restore: puts a whole-file backup (`paceline-cli backup`) in place of the
// log, keeping the log beside it; or adds a JSON backup (`export --backup`) to the log,
// all or nothing. Which one a file is, its first bytes tell.

#include "CliContext.h"
#include "Commands.h"
#include "core/import/LogTransfer.h"
#include "core/store/LogBackup.h"
#include "core/store/LogStore.h"

#include <QFile>
#include <QFileInfo>

namespace paceline::cli {

namespace {

/// A backup larger than this is not one Paceline wrote (ten years of a club's log is
/// tens of megabytes); refusing it early keeps a wrong file from filling memory.
constexpr qint64 kMaxBackupBytes = qint64(1) << 30;

Result<LogSnapshot> readBackup(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read '%1': %2").arg(path, file.errorString())};
    if (file.size() > kMaxBackupBytes)
        return Error{QStringLiteral("%1: %2 bytes is too large for a Paceline backup")
                         .arg(path)
                         .arg(file.size())};
    return logFromJson(file.readAll(), QFileInfo(path).fileName());
}

/// "1 athlete", "2 athletes".
QString counted(int count, const char* singular, const char* plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? singular : plural));
}

QJsonObject countsJson(const RestoreCounts& counts)
{
    return {{QStringLiteral("athletes_added"), counts.athletesAdded},
            {QStringLiteral("athletes_matched"), counts.athletesMatched},
            {QStringLiteral("templates_added"), counts.templatesAdded},
            {QStringLiteral("microcycles_added"), counts.microcyclesAdded},
            {QStringLiteral("planned_added"), counts.plannedAdded},
            {QStringLiteral("planned_skipped"), counts.plannedSkipped},
            {QStringLiteral("sessions_added"), counts.sessionsAdded},
            {QStringLiteral("sessions_skipped"), counts.sessionsSkipped}};
}

void printCounts(QTextStream& out, const RestoreCounts& counts, const QString& log)
{
    out << "Restored into " << log << ": " << counted(counts.athletesAdded, "athlete", "athletes")
        << " added (" << counts.athletesMatched << " already there), "
        << counted(counts.templatesAdded, "template", "templates") << ", "
        << counted(counts.microcyclesAdded, "microcycle", "microcycles") << ", "
        << counted(counts.plannedAdded, "planned session", "planned sessions") << " ("
        << counts.plannedSkipped << " already planned), "
        << counted(counts.sessionsAdded, "logged session", "logged sessions") << " ("
        << counts.sessionsSkipped << " already logged)\n";
}

/// A whole-file backup starts with SQLite's header; anything else is read as JSON.
bool isLogFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

/// Replaces the log with the backup, then opens it once: a log that does not open
/// after all (an upgrade that fails, say) is taken out again and the old one put back.
int restoreLogFileFrom(CliContext& context, const QString& backup)
{
    if (auto usable = checkLogBackup(backup); !usable)
        return context.fail(ExitBadInput, usable.errorMessage());
    const QString log = QFileInfo(context.databasePath()).absoluteFilePath();
    auto restored = restoreLogFile(log, backup);
    if (!restored)
        return context.fail(ExitFailure, restored.errorMessage());
    int exitStatus = ExitSuccess;
    std::unique_ptr<LogStore> store = context.openStore(exitStatus);
    if (!store) {
        if (Status undone = undoRestore(log, *restored); !undone)
            return context.fail(ExitFailure, undone.errorMessage());
        return context.fail(ExitFailure, QStringLiteral("the restored log could not be opened, so "
                                                        "the previous one was put back"));
    }
    if (context.json()) {
        context.printJson({{QStringLiteral("log"), log},
                           {QStringLiteral("backup"), QFileInfo(backup).absoluteFilePath()},
                           {QStringLiteral("replaced"), true},
                           {QStringLiteral("kept"), restored->keptPath},
                           {QStringLiteral("schema_version"), store->schemaVersion()}});
    } else {
        context.out() << "Replaced " << log << " with the backup "
                      << QFileInfo(backup).absoluteFilePath();
        if (!restored->keptPath.isEmpty())
            context.out() << "; the previous log is kept as " << restored->keptPath;
        context.out() << "\n";
    }
    return ExitSuccess;
}

} // namespace

int runRestore(CliContext& context)
{
    context.acceptPositionalArguments(
        QStringLiteral("FILE"),
        QStringLiteral("A whole-file backup (from 'paceline-cli backup' or the app's File > "
                       "Back Up Log File) replaces the log, which is kept beside it as "
                       "<name>.before-restore-<date>-<time>.sqlite. A JSON backup (from "
                       "'paceline-cli export --backup') is added to the log instead: "
                       "athletes matched by name, sessions already logged skipped."));
    context.addDatabaseOption();
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;
    const auto file =
        context.onePositionalArgument(QStringLiteral("give the backup FILE to restore"),
                                      QStringLiteral("give one backup file, not %1"));
    if (!file)
        return context.fail(ExitBadInput, file.errorMessage());
    if (isLogFile(*file))
        return restoreLogFileFrom(context, *file);
    // Read before opening the log, so a bad backup never creates an empty log.
    auto snapshot = readBackup(*file);
    if (!snapshot)
        return context.fail(ExitBadInput, snapshot.errorMessage());
    int exitStatus = ExitSuccess;
    std::unique_ptr<LogStore> store = context.openStore(exitStatus);
    if (!store)
        return exitStatus;
    auto counts = restoreSnapshot(*store, *snapshot);
    if (!counts)
        return context.fail(ExitFailure, counts.errorMessage());
    if (context.json())
        context.printJson(countsJson(*counts));
    else
        printCounts(context.out(), *counts, store->path());
    return ExitSuccess;
}

} // namespace paceline::cli
