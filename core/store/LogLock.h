#pragma once

#include "LogStore.h"

#include <QString>

#include <memory>

class QLockFile;

namespace paceline {

/// "<log>.lock": the file by which a Paceline app says it has the log open for writing.
QString appLockPath(const QString& logPath);

/// Takes the app lock of `logPath` for this process, for as long as the QLockFile lives.
/// A lock whose process has died on this computer is taken over; one held by a running
/// process (or by another computer, which cannot be checked) gives OpenProblem::InUse
/// with a message naming the holder. When no lock file can be made there at all (a
/// folder that does not exist yet, odd permissions), the result is null and no error:
/// the lock only guards against a second app, and the log itself is still usable.
Result<std::unique_ptr<QLockFile>, OpenError> takeAppLock(const QString& logPath);

} // namespace paceline
