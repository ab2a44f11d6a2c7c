#include "StoreWorkCounter.h"

#include "Database.h"
#include "LogStore.h"
#include "NativeStatement.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <sqlite3.h>
#include <string>
#include <unordered_map>

namespace paceline {
namespace {

/// The VM steps a statement has run so far. SQLite keeps the count per statement
/// across its runs (as an int that may wrap), so work is always a difference of two.
std::uint32_t vmStepsOf(sqlite3_stmt* statement)
{
    return std::uint32_t(sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_VM_STEP, 0));
}

/// Long SQL with its middle left out: the columns it reads are the start, but what
/// makes a statement cheap or costly (its WHERE, ORDER BY, LIMIT) is at the end.
QString shortened(const QString& sql)
{
    constexpr int kMax = 180;
    if (sql.size() <= kMax)
        return sql;
    return sql.left(kMax / 2 - 3) + QStringLiteral(" ... ") + sql.right(kMax / 2 - 2);
}

/// STMT when a statement starts, ROW for each result row, PROFILE when it ends (done,
/// reset or finalized), which is when its VM steps are complete.
/// Page fetches of the whole connection so far: hits and misses of its page cache
/// (every b-tree page SQLite visits is one or the other).
std::int64_t pagesFetched(sqlite3* handle)
{
    std::int64_t pages = 0;
    for (const int counter : {SQLITE_DBSTATUS_CACHE_HIT, SQLITE_DBSTATUS_CACHE_MISS}) {
        int current = 0;
        int highwater = 0;
        if (sqlite3_db_status(handle, counter, &current, &highwater, 0) == SQLITE_OK)
            pages += current;
    }
    return pages;
}

constexpr unsigned kTraceEvents = SQLITE_TRACE_STMT | SQLITE_TRACE_ROW | SQLITE_TRACE_PROFILE;

} // namespace

struct StoreWorkCounter::State {
    /// One run of a statement between its STMT and PROFILE events.
    struct Run {
        std::uint32_t stepsAtStart = 0;
        std::int64_t rows = 0;
    };

    sqlite3* handle = nullptr;
    std::int64_t pagesAtStart = 0;
    Figures finished; ///< of the runs that have ended; figures() adds the running ones
    std::unordered_map<sqlite3_stmt*, Run> running;
    std::map<std::string, StatementWork> bySql;

    void finish(sqlite3_stmt* statement)
    {
        const auto run = running.find(statement);
        if (run == running.end())
            return; // it started before the counter did
        const std::int64_t steps = std::uint32_t(vmStepsOf(statement) - run->second.stepsAtStart);
        finished.vmSteps += steps;
        const char* sql = sqlite3_sql(statement);
        StatementWork& work = bySql[sql ? sql : ""];
        ++work.runs;
        work.rows += run->second.rows;
        work.vmSteps += steps;
        running.erase(run);
    }
};

StoreWorkCounter::StoreWorkCounter(const LogStore& store)
    : StoreWorkCounter(store.m_database->connection())
{}

StoreWorkCounter::StoreWorkCounter(const QSqlDatabase& connection)
    : m_state(std::make_unique<State>())
{
    // Only this build's SQLite library may be handed the driver's connection.
    m_state->handle = nativeHandle(connection);
    if (m_state->handle == nullptr)
        return;
    m_state->pagesAtStart = pagesFetched(m_state->handle);
    sqlite3_trace_v2(m_state->handle, kTraceEvents, &StoreWorkCounter::onTrace, m_state.get());
}

StoreWorkCounter::~StoreWorkCounter()
{
    // Nothing else in Paceline traces its connections, so "previous" is no hook at all.
    if (m_state->handle != nullptr)
        sqlite3_trace_v2(m_state->handle, 0, nullptr, nullptr);
}

bool StoreWorkCounter::isAttached() const
{
    return m_state->handle != nullptr;
}

int StoreWorkCounter::onTrace(unsigned event, void* context, void* statement, void* /*detail*/)
{
    State& state = *static_cast<State*>(context);
    auto* stmt = static_cast<sqlite3_stmt*>(statement);
    switch (event) {
    case SQLITE_TRACE_STMT: {
        // A trigger's program reports itself as STMT of the statement that fired it,
        // which is already running: that is part of the one statement, not another.
        const auto [run, started] = state.running.try_emplace(stmt);
        if (started) {
            ++state.finished.statements;
            run->second.stepsAtStart = vmStepsOf(stmt);
        }
        break;
    }
    case SQLITE_TRACE_ROW: {
        ++state.finished.rows;
        if (const auto run = state.running.find(stmt); run != state.running.end())
            ++run->second.rows;
        break;
    }
    case SQLITE_TRACE_PROFILE:
        state.finish(stmt);
        break;
    default:
        break;
    }
    return 0;
}

StoreWorkCounter::Figures StoreWorkCounter::figures() const
{
    // A query left open mid-result (a single value read, say) has not ended yet, but
    // its work so far has been done.
    Figures figures = m_state->finished;
    for (const auto& [statement, run] : m_state->running)
        figures.vmSteps += std::uint32_t(vmStepsOf(statement) - run.stepsAtStart);
    if (m_state->handle != nullptr)
        figures.pages = pagesFetched(m_state->handle) - m_state->pagesAtStart;
    return figures;
}

std::vector<StoreWorkCounter::StatementWork> StoreWorkCounter::statements() const
{
    std::vector<StatementWork> list;
    list.reserve(m_state->bySql.size());
    for (const auto& [sql, work] : m_state->bySql) {
        list.push_back(work);
        list.back().sql = QString::fromStdString(sql);
    }
    std::stable_sort(list.begin(), list.end(), [](const StatementWork& a, const StatementWork& b) {
        return a.vmSteps > b.vmSteps;
    });
    return list;
}

QString StoreWorkCounter::report(int maxStatements) const
{
    const Figures total = figures();
    QStringList lines{QStringLiteral("rows %1, statements %2, VM steps %3, pages %4")
                          .arg(total.rows)
                          .arg(total.statements)
                          .arg(total.vmSteps)
                          .arg(total.pages)};
    const std::vector<StatementWork> list = statements();
    for (int i = 0; i < int(list.size()) && i < maxStatements; ++i) {
        const StatementWork& work = list[std::size_t(i)];
        lines << QStringLiteral("  %1 steps, %2 rows, %3 runs: %4")
                     .arg(work.vmSteps)
                     .arg(work.rows)
                     .arg(work.runs)
                     .arg(shortened(work.sql.simplified()));
    }
    return lines.join(QLatin1Char('\n'));
}

void StoreWorkCounter::reset()
{
    m_state->finished = {};
    m_state->bySql.clear();
    if (m_state->handle != nullptr)
        m_state->pagesAtStart = pagesFetched(m_state->handle);
    for (auto& [statement, run] : m_state->running)
        run = State::Run{vmStepsOf(statement), 0};
}

} // namespace paceline
