#pragma once

#include "core/io/LogJson.h"
#include "core/model/Result.h"

namespace paceline {

class LogStore;

/// Reads the whole log (every athlete) for a JSON backup.
Result<LogSnapshot> snapshotOf(const LogStore& store);

struct RestoreCounts {
    int athletesAdded = 0;
    int athletesMatched = 0;  ///< already in the log under the same name
    int templatesAdded = 0;   ///< templates already in the log under the same name are kept
    int microcyclesAdded = 0; ///< likewise matched by name
    int plannedAdded = 0;
    int plannedSkipped = 0; ///< same athlete, day, order in the day, name and sport
    int sessionsAdded = 0;
    int sessionsSkipped = 0; ///< same athlete, sport and start second already logged
};

/// Adds a snapshot to a log in one transaction (all or nothing): athletes are matched
/// by name (else added), templates and microcycles by name (else added), plans by
/// athlete, day, order, name and sport (else added), rest days set, and sessions added
/// with new ids and their links remapped (a plan's template, a session's plan, a rep's
/// planned step: steps by their place in the plan's tree); a session already logged
/// (same athlete, sport and start second) is skipped. Restoring into an empty log
/// gives the same log back; restoring the same snapshot again adds nothing.
Result<RestoreCounts> restoreSnapshot(LogStore& store, const LogSnapshot& snapshot);

} // namespace paceline
