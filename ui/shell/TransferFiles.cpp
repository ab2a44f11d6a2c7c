#include "TransferFiles.h"

#include "core/import/LogTransfer.h"
#include "core/io/activity/CsvLog.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

namespace paceline {

namespace {

/// A backup larger than this is not a Paceline backup (a ten-year log is tens of MB).
constexpr qint64 kMaxBackupBytes = qint64(1) << 30;

Status writeWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QObject::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Result<std::vector<LoggedSession>> allSessions(const LogStore& store, AthleteId athlete)
{
    auto range = store.sessions().dayRange(athlete);
    if (!range)
        return Error{range.errorMessage()};
    if (!range.value())
        return std::vector<LoggedSession>{};
    return store.sessions().inRange(athlete, range.value()->first, range.value()->second,
                                    WithReps::Yes);
}

/// "1 athlete", "2 athletes": English plurals without a translation file.
QString countText(size_t count, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

} // namespace

Result<int> writeSessionsCsv(const LogStore& store, const Athlete& athlete, const QString& folder)
{
    const auto sessions = allSessions(store, athlete.id);
    if (!sessions)
        return Error{sessions.errorMessage()};
    if (Status written = writeCsvFiles(folder, exportCsv(sessions.value(), athlete.units));
        !written)
        return Error{written.errorMessage()};
    return int(sessions.value().size());
}

Result<LogSnapshot> writeLogBackup(const LogStore& store, const QString& path)
{
    auto snapshot = snapshotOf(store);
    if (!snapshot)
        return Error{snapshot.errorMessage()};
    if (Status written = writeWhole(path, logToJson(snapshot.value())); !written)
        return Error{written.errorMessage()};
    return snapshot;
}

Result<LogSnapshot> readLogBackup(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{QObject::tr("Cannot open %1: %2").arg(name, file.errorString())};
    if (file.size() > kMaxBackupBytes)
        return Error{QObject::tr("%1 is larger than 1 GiB: not a Paceline backup").arg(name)};
    return logFromJson(file.readAll(), name);
}

QString backupContentsText(const LogSnapshot& snapshot)
{
    return QObject::tr("%1, %2, %3 and %4")
        .arg(countText(snapshot.athletes.size(), QObject::tr("athlete"), QObject::tr("athletes")),
             countText(snapshot.sessions.size(), QObject::tr("logged session"),
                       QObject::tr("logged sessions")),
             countText(snapshot.planned.size(), QObject::tr("planned session"),
                       QObject::tr("planned sessions")),
             countText(snapshot.templates.size(), QObject::tr("library session"),
                       QObject::tr("library sessions")));
}

} // namespace paceline
