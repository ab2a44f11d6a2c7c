#pragma once

#include "core/model/Result.h"

namespace paceline {

class LogStore;

/// Conditions tests cannot easily make for real, set on a store's own connection: a
/// full disk and a log that another program keeps busy. Nothing in the app calls these.
class StoreTestHooks {
public:
    /// Lets the log's file grow by at most `extraPages` pages from its size now
    /// (PRAGMA max_page_count): a write that needs more fails as on a full disk.
    static Status limitGrowth(LogStore& store, int extraPages);
    /// Lifts limitGrowth() again, as freeing disk space would.
    static Status removeGrowthLimit(LogStore& store);
    /// How long a write waits for another program's write lock before it fails (the
    /// app waits 5 s; tests need not).
    static Status setBusyTimeout(LogStore& store, int milliseconds);
};

} // namespace paceline
