#include "LogLock.h"

#include <QFileInfo>
#include <QLockFile>

namespace paceline {
namespace {

/// "on host 'lab-pc', process 4242", or less when the lock file does not say.
QString holderText(const QLockFile& lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return QStringLiteral("in another Paceline");
    return QStringLiteral("in Paceline on %1 (process %2)")
        .arg(host.isEmpty() ? QStringLiteral("this computer") : host)
        .arg(pid);
}

} // namespace

QString appLockPath(const QString& logPath)
{
    // Beside the file itself, so a log opened through a symbolic link has the same lock
    // as when it is opened by its own name (hard links still escape it).
    const QFileInfo info(logPath);
    QString file = info.canonicalFilePath();
    if (file.isEmpty()) { // not there yet: its folder may still be a link
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        file = folder.isEmpty() ? info.absoluteFilePath() : folder + '/' + info.fileName();
    }
    return file + QStringLiteral(".lock");
}

Result<std::unique_ptr<QLockFile>, OpenError> takeAppLock(const QString& logPath)
{
    auto lock = std::make_unique<QLockFile>(appLockPath(logPath));
    // Zero: only a dead owner makes a lock stale. Qt's default also treats any lock
    // older than 30 s as stale, which would let a second app in beside a running one.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() != QLockFile::LockFailedError)
        return std::unique_ptr<QLockFile>();
    return OpenError{
        OpenProblem::InUse,
        QStringLiteral("'%1' is open %2. Two apps changing one log would each show the other's "
                       "changes only after reopening it, so open it read-only here or choose "
                       "another log. If that Paceline is no longer running, delete '%3' and "
                       "open the log again.")
            .arg(logPath, holderText(*lock), appLockPath(logPath))};
}

} // namespace paceline
