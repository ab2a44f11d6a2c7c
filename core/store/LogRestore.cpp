// Restoring a log from a whole-file backup (LogBackup.h): the backup is checked and
// copied beside the log first, the log is kept under a new name, and one rename puts
// the copy in its place.

#include "Connection.h"
#include "FileInspector.h"
#include "LogBackup.h"
#include "LogCopy.h"
#include "LogLock.h"
#include "Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace paceline {
namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool hasCompanion(const QString& path, const char* suffix)
{
    return QFileInfo::exists(path + QLatin1String(suffix));
}

/// Committed changes can still sit in the log's -wal file, and a crash can leave a
/// -journal whose rollback is due. Either would be applied to whatever file next has
/// the log's name, so they are settled into the log first: reading rolls a hot journal
/// back, a checkpoint moves the -wal into the file, and closing the last connection
/// removes both. If they stay, another program has the log open.
Status settleCompanions(const QString& log)
{
    if (!hasCompanion(log, "-wal") && !hasCompanion(log, "-journal"))
        return {};
    QString problem;
    {
        ScopedConnection connection(QStringLiteral("restore-settle"));
        QSqlDatabase database = connection.database();
        database.setDatabaseName(log);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!database.open()) {
            problem = database.lastError().databaseText();
        } else {
            QSqlQuery query(database);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) ||
                !query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                problem = query.lastError().databaseText();
        }
    }
    if (!problem.isEmpty())
        return Error{QStringLiteral("the changes still in its -wal or -journal file could not be "
                                    "written into it (%1)")
                         .arg(problem)};
    if (hasCompanion(log, "-wal") || hasCompanion(log, "-journal"))
        return Error{QStringLiteral("another program still has it open (its -wal or -journal "
                                    "file is in use); close that program first")};
    return {};
}

/// A copy of the backup beside the log, made over a read-only connection that sees
/// the backup's own -wal if it has one; checked before it is used.
Result<QString> copyBackupBeside(const QString& backup, int version, const QString& log)
{
    const QString folder = QFileInfo(log).absolutePath();
    Result<QString> copy = Error{};
    {
        ScopedConnection connection(QStringLiteral("restore-source"));
        QSqlDatabase database = connection.database();
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        database.setDatabaseName(readOnlyUri(backup, !hasCompanion(backup, "-wal")));
        if (!database.open())
            return Error{QStringLiteral("the backup cannot be opened (%1)")
                             .arg(database.lastError().databaseText())};
        copy = logcopy::snapshotInto(database, folder, QFileInfo(log).fileName());
        database.close();
    }
    if (!copy)
        return copy;
    if (Status checked = logcopy::verifyCopy(*copy, version); !checked) {
        QFile::remove(*copy);
        return Error{QStringLiteral("the copy of the backup was written but %1")
                         .arg(checked.errorMessage())};
    }
    return copy;
}

Status checkPages(const QString& path, bool walPresent)
{
    QString problem;
    {
        ScopedConnection connection(QStringLiteral("restore-check"));
        QSqlDatabase database = connection.database();
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        database.setDatabaseName(readOnlyUri(path, !walPresent));
        if (!database.open())
            return Error{database.lastError().databaseText()};
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
            problem = query.lastError().databaseText();
        else if (query.value(0).toString() != QLatin1String("ok"))
            problem = query.value(0).toString();
    }
    if (!problem.isEmpty())
        return Error{problem};
    return {};
}

} // namespace

Result<int> checkLogBackup(const QString& given)
{
    const QString backup = QFileInfo(given).absoluteFilePath();
    const auto refuse = [&](const QString& why) -> Result<int> {
        return Error{QStringLiteral("'%1' cannot be used as a backup of a log: %2.")
                         .arg(shown(backup), why)};
    };
    if (given.trimmed().isEmpty())
        return Error{QStringLiteral("No backup file was given.")};
    if (!QFileInfo::exists(backup))
        return refuse(QStringLiteral("the file does not exist"));
    Result<FileInspection, OpenError> file = inspectFile(backup, Migrations::all());
    if (!file)
        return Error{
            QStringLiteral("That file cannot be used as a backup. %1").arg(file.error().message)};
    if (file->isNew)
        return refuse(QStringLiteral("it is empty or holds no log"));
    const int latest = Migrations::latestVersion();
    if (file->userVersion > latest)
        return refuse(QStringLiteral("it was written by a newer version of Paceline (schema "
                                     "version %1; this version knows up to %2), so this version "
                                     "could lose its data; please update Paceline")
                          .arg(file->userVersion)
                          .arg(latest));
    if (Status pages = checkPages(backup, file->walPresent); !pages)
        return refuse(QStringLiteral("it is damaged (%1)").arg(pages.errorMessage()));
    return file->userVersion;
}

Result<RestoredLog> restoreLogFile(const QString& logPath, const QString& backupPath)
{
    const QString log = QFileInfo(logPath).absoluteFilePath();
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    const auto refuse = [&](const QString& why) -> Result<RestoredLog> {
        return Error{QStringLiteral("Cannot restore the log '%1' from '%2': %3. The log was "
                                    "left unchanged.")
                         .arg(shown(log), shown(backup), why)};
    };
    const QFileInfo logInfo(log);
    if (logInfo.exists() && QFileInfo(backup).canonicalFilePath() == logInfo.canonicalFilePath())
        return refuse(QStringLiteral("the backup is the log itself"));
    const Result<int> version = checkLogBackup(backup);
    if (!version)
        return Error{version.errorMessage() + QStringLiteral(" The log was left unchanged.")};
    if (logInfo.isDir())
        return refuse(QStringLiteral("that is a folder"));
    if (logInfo.exists() && isWriteProtected(logInfo))
        return refuse(QStringLiteral("the log is write-protected (it has no write permission)"));
    // SQLite follows a symbolic link and keeps the -wal beside the file it points to: the
    // file is replaced there, and the link stays.
    const QString file = logInfo.exists() ? logInfo.canonicalFilePath() : log;
    if (Status folder =
            logcopy::checkFolder(QFileInfo(file).absolutePath(), logcopy::logBytes(backup));
        !folder)
        return refuse(folder.errorMessage());
    // Held until the end: no Paceline app may open the log while it is replaced. The
    // app locks the name it opened, which may be a symbolic link to `file`.
    Result<std::unique_ptr<QLockFile>, OpenError> lock = takeAppLock(log);
    if (!lock)
        return refuse(lock.error().message);

    Result<QString> copy = copyBackupBeside(backup, *version, file);
    if (!copy)
        return refuse(copy.errorMessage());
    // Settled only now, right before the rename: a -wal that a writer (the command line
    // takes no app lock) left during the copy would otherwise be applied to the restored
    // file the next time it opens, and corrupt it.
    if (Status settled = settleCompanions(file); !settled) {
        QFile::remove(*copy);
        return refuse(settled.errorMessage());
    }
    RestoredLog restored{{}, *version};
    if (logInfo.exists()) {
        // The copy was made private (0600) as a temporary file; the log keeps the access
        // it had, which a log shared with a group or another account depends on.
        QFile::setPermissions(*copy, QFile::permissions(file));
        restored.keptPath = logcopy::besideName(file, QStringLiteral("before-restore"),
                                                QDateTime::currentDateTime());
        if (Status kept = logcopy::keepBeside(file, restored.keptPath); !kept) {
            QFile::remove(*copy);
            return refuse(
                QStringLiteral("the current log could not be kept (%1)").arg(kept.errorMessage()));
        }
    }
    if (Status placed = logcopy::moveIntoPlace(*copy, file, true); !placed) {
        if (!restored.keptPath.isEmpty())
            QFile::remove(restored.keptPath); // a second name (or copy) of the unchanged log
        return refuse(placed.errorMessage());
    }
    return restored;
}

Status undoRestore(const QString& logPath, const RestoredLog& restored)
{
    const QFileInfo logInfo(logPath);
    const QString log = logInfo.exists() ? logInfo.canonicalFilePath() : logInfo.absoluteFilePath();
    // The restored log's own -wal must not stay beside the log that is put back.
    if (Status settled = settleCompanions(log); !settled) {
        if (restored.keptPath.isEmpty())
            return Error{QStringLiteral("The restored log '%1' could not be removed: %2.")
                             .arg(shown(log), settled.errorMessage())};
        return Error{QStringLiteral("The previous log could not be put back in place of '%1': "
                                    "%2. It is still there as '%3'.")
                         .arg(shown(log), settled.errorMessage(), shown(restored.keptPath))};
    }
    if (restored.keptPath.isEmpty()) {
        if (QFile::exists(log) && !QFile::remove(log))
            return Error{
                QStringLiteral("The restored log '%1' could not be removed.").arg(shown(log))};
        return {};
    }
    if (Status back = logcopy::renameReplacing(restored.keptPath, log); !back)
        return Error{QStringLiteral("The previous log could not be put back: %1. It is still "
                                    "there as '%2'.")
                         .arg(back.errorMessage(), shown(restored.keptPath))};
    return {};
}

} // namespace paceline
