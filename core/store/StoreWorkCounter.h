#pragma once

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace paceline {

class LogStore;

/// Counts the work SQLite does on one connection while this object lives, for tests
/// that prove a path (the app's start-up) does not grow with the size of the log:
/// wall-clock times are too noisy for that, work counts are exact and repeatable.
///
/// Four figures, because each misses something the others catch:
/// - rows: result rows SQLite hands back (a SELECT of the whole log shows up here);
/// - statements: statements started, top level only (a query per session shows up);
/// - vmSteps: virtual-machine instructions (a COUNT(*) ... WHERE or a MIN() that scans
///   a table returns one row in one statement, but runs instructions per row visited);
/// - pages: database pages fetched, from the page cache or the file. A bare
///   `SELECT count(*) FROM t` is one instruction (OP_Count) that walks every page of
///   the table's b-tree; only this figure sees it.
///
/// It installs SQLite's trace hook on the connection and clears it again on
/// destruction (Paceline sets no other hook). Not thread-safe: count on the thread
/// that uses the connection. Statements that were already running when the counter
/// was made are not counted.
class StoreWorkCounter {
public:
    struct Figures {
        std::int64_t rows = 0;
        std::int64_t statements = 0;
        std::int64_t vmSteps = 0;
        std::int64_t pages = 0;
    };

    /// What one SQL text cost over all its runs: for finding what grows.
    struct StatementWork {
        QString sql;
        std::int64_t runs = 0;
        std::int64_t rows = 0;
        std::int64_t vmSteps = 0;
    };

    /// Counts on the store's own connection. The store must outlive the counter.
    explicit StoreWorkCounter(const LogStore& store);
    /// Counts on an open QSQLITE connection. It must stay open while counting.
    explicit StoreWorkCounter(const QSqlDatabase& connection);
    ~StoreWorkCounter();
    StoreWorkCounter(const StoreWorkCounter&) = delete;
    StoreWorkCounter& operator=(const StoreWorkCounter&) = delete;

    /// False when the connection is not SQLite (or not open); nothing is counted then.
    bool isAttached() const;

    Figures figures() const;
    /// Every SQL text run since the counter was made, the most VM work first.
    std::vector<StatementWork> statements() const;
    /// The figures and statements of statements(), one per line, for test output.
    QString report(int maxStatements = 12) const;

    /// Starts counting from zero again.
    void reset();

private:
    struct State;
    /// SQLite's trace callback (sqlite3_trace_v2); `context` is the State.
    static int onTrace(unsigned event, void* context, void* statement, void* detail);

    std::unique_ptr<State> m_state;
};

} // namespace paceline
