#include "LogCopy.h"

#include "Connection.h"
#include "FileInspector.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace paceline::logcopy {
namespace {

CopyFault& copyFault()
{
    static CopyFault fault;
    return fault;
}

std::filesystem::path fsPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

Result<QString> reserveTemporary(const QString& folder, const QString& nameHint)
{
    QTemporaryFile reserve(QDir(folder).filePath(nameHint + QStringLiteral(".XXXXXX.part")));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return Error{QStringLiteral("no file can be created in the folder '%1' (%2)")
                         .arg(QDir::toNativeSeparators(folder), reserve.errorString())};
    const QString path = reserve.fileName();
    reserve.close();
    return path;
}

} // namespace

QString besideName(const QString& logPath, const QString& label, const QDateTime& when)
{
    const QFileInfo log(logPath);
    QString name = log.fileName();
    if (name.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive))
        name.chop(int(qstrlen(".sqlite")));
    const QString stem = QStringLiteral("%1.%2-%3")
                             .arg(name, label, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QDir folder = log.absoluteDir();
    QString candidate = folder.filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    return candidate;
}

Status flushFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return Error{QStringLiteral("'%1' cannot be reopened to flush it (%2)")
                         .arg(path, file.errorString())};
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return Error{QStringLiteral("'%1' could not be flushed to disk (%2)")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
#endif
    return {};
}

Status checkFolder(const QString& folder, qint64 bytesNeeded)
{
    const QFileInfo info(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (!info.exists())
        return Error{QStringLiteral("the folder '%1' does not exist").arg(shown)};
    if (!info.isDir())
        return Error{QStringLiteral("'%1' is not a folder").arg(shown)};
    if (!info.isWritable())
        return Error{
            QStringLiteral("the folder '%1' cannot be written (no permission)").arg(shown)};
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < bytesNeeded)
        return Error{QStringLiteral("the disk of the folder '%1' is too full (the copy needs "
                                    "about %2, %3 are free)")
                         .arg(shown, megabytes(bytesNeeded), megabytes(storage.bytesAvailable()))};
    return {};
}

Result<QString> snapshotInto(QSqlDatabase& connection, const QString& folder,
                             const QString& nameHint)
{
    Result<QString> temporary = reserveTemporary(folder, nameHint);
    if (!temporary)
        return temporary;
    const auto fail = [&](const QString& why) -> Result<QString> {
        QFile::remove(*temporary);
        return Error{why};
    };
    if (const CopyFault& fault = copyFault(); fault) {
        if (Status injected = fault(*temporary); !injected)
            return fail(injected.errorMessage());
    }
    {
        QSqlQuery query(connection);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(*temporary);
        if (!query.exec())
            return fail(QStringLiteral("SQLite could not write the copy (%1)")
                            .arg(query.lastError().databaseText()));
    }
    if (Status flushed = flushFile(*temporary); !flushed)
        return fail(flushed.errorMessage());
    return temporary;
}

Status verifyCopy(const QString& path, int schemaVersion)
{
    ScopedConnection connection(QStringLiteral("verify-copy"));
    QSqlDatabase database = connection.database(); // destroyed before `connection`
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    // Nobody else knows the copy yet, so no locks and no -wal/-shm beside it.
    database.setDatabaseName(readOnlyUri(path, true));
    if (!database.open())
        return Error{
            QStringLiteral("it cannot be opened (%1)").arg(database.lastError().databaseText())};
    QString problem;
    {
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
            problem =
                QStringLiteral("it cannot be checked (%1)").arg(query.lastError().databaseText());
        else if (const QString first = query.value(0).toString(); first != QLatin1String("ok"))
            problem = QStringLiteral("it failed SQLite's check of every page (%1)").arg(first);
    }
    if (problem.isEmpty()) {
        const Result<int> id = Migrations::pragmaValue(database, QStringLiteral("application_id"));
        const Result<int> version =
            Migrations::pragmaValue(database, QStringLiteral("user_version"));
        if (!id || quint32(*id) != kPacelineApplicationId)
            problem = QStringLiteral("it is not marked as a Paceline log");
        else if (!version || *version != schemaVersion)
            problem = QStringLiteral("it has schema version %1 instead of %2")
                          .arg(version ? QString::number(*version) : QStringLiteral("?"))
                          .arg(schemaVersion);
    }
    database.close();
    if (!problem.isEmpty())
        return Error{problem};
    return {};
}

Status renameReplacing(const QString& from, const QString& to)
{
    std::error_code error;
    // rename() replaces the old file in one step: readers see the old or the new one.
    std::filesystem::rename(fsPath(from), fsPath(to), error);
    if (error)
        return Error{QStringLiteral("'%1' could not be renamed to '%2' (%3)")
                         .arg(from, to, QString::fromStdString(error.message()))};
    flushFolder(QFileInfo(to).absolutePath());
    return {};
}

Status moveIntoPlace(const QString& temporary, const QString& target, bool replace)
{
    if (replace) {
        Status renamed = renameReplacing(temporary, target);
        if (!renamed)
            QFile::remove(temporary);
        return renamed;
    }
    // QFile::rename never replaces an existing file, even one made a moment ago.
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Error{QFileInfo::exists(target)
                         ? QStringLiteral("'%1' already exists").arg(target)
                         : QStringLiteral("the copy could not be renamed to '%1'").arg(target)};
    }
    flushFolder(QFileInfo(target).absolutePath());
    return {};
}

Status keepBeside(const QString& path, const QString& kept)
{
    // A second name for the same file costs no space and no time; where the file
    // system has no hard links, a copy (the log is closed, so the file is whole).
    std::error_code error;
    std::filesystem::create_hard_link(fsPath(path), fsPath(kept), error);
    if (!error) {
        flushFolder(QFileInfo(kept).absolutePath());
        return {};
    }
    QFile source(path);
    if (!source.copy(kept))
        return Error{QStringLiteral("'%1' could not be copied to '%2' (%3)")
                         .arg(path, kept, source.errorString())};
    if (Status flushed = flushFile(kept); !flushed) {
        QFile::remove(kept);
        return flushed;
    }
    flushFolder(QFileInfo(kept).absolutePath());
    return {};
}

void flushFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (descriptor >= 0) {
        (void)::fsync(descriptor);
        ::close(descriptor);
    }
#else
    Q_UNUSED(folder);
#endif
}

qint64 logBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

void setCopyFaultForTesting(CopyFault fault)
{
    copyFault() = std::move(fault);
}

} // namespace paceline::logcopy
