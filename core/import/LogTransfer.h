#pragma once

#include "core/io/LogJson.h"
#include "core/model/Result.h"

namespace paceline {

class LogStore;

/// Reads the whole log (every athlete) for a JSON backup.
Result<LogSnapshot> snapshotOf(const LogStore& store);

struct RestoreCounts {
    int athletesAdded = 0;
    int athletesMatched = 0; ///< already in the log under the same name
    int templatesAdded = 0;
    int plannedAdded = 0;
    int sessionsAdded = 0;
    int sessionsSkipped = 0; ///< same athlete, sport and start second already logged
};

/// Adds a snapshot to a log in one transaction (all or nothing): athletes are matched
/// by name (else added), templates by name (else added), microcycles, plans, rest days
/// and sessions added with new ids and their links remapped; a session already logged
/// (same athlete, sport and start second) is skipped. Restoring into an empty log
/// gives the same log back.
Result<RestoreCounts> restoreSnapshot(LogStore& store, const LogSnapshot& snapshot);

} // namespace paceline
