#include "LogTransfer.h"

#include "core/store/LogStore.h"

namespace paceline {

// STUB: the whole-log backup is being written.
Result<LogSnapshot> snapshotOf(const LogStore&) { return Error{QStringLiteral("not written yet")}; }
Result<RestoreCounts> restoreSnapshot(LogStore&, const LogSnapshot&)
{
    return Error{QStringLiteral("not written yet")};
}

} // namespace paceline
