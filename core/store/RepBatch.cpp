#include "RepBatch.h"

#include "SessionRows.h"

#include <QStringList>

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace paceline {
namespace {

constexpr int kRowsPerStatement = 16;
constexpr int kColumns = 12; // id and SessionSql::repColumns

/// The statements for 1 to kRowsPerStatement rows and their placeholder names,
/// built once: formatting names per bind is what made QtSql binding slow.
struct BatchSql {
    std::array<QString, kRowsPerStatement> statements;
    /// All rows' names in a row: row r, column c is names[r * kColumns + c].
    std::array<QString, kColumns * kRowsPerStatement> names;
};

BatchSql buildBatchSql()
{
    BatchSql batch;
    QStringList columns{QStringLiteral("id")};
    for (const QString& column : SessionSql::repColumns)
        columns << column;
    QStringList rows;
    for (int row = 0; row < kRowsPerStatement; ++row) {
        QStringList names;
        for (int column = 0; column < kColumns; ++column) {
            names << QStringLiteral(":r%1c%2").arg(row).arg(column);
            batch.names[std::size_t(row * kColumns + column)] = names.back();
        }
        rows << QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
        batch.statements[row] =
            QStringLiteral("INSERT INTO rep (%1) VALUES %2")
                .arg(columns.join(QStringLiteral(", ")), rows.join(QStringLiteral(", ")));
    }
    return batch;
}

const BatchSql& batchSql()
{
    static const BatchSql batch = buildBatchSql();
    return batch;
}

Status insertChunk(Database& database, const LoggedSession& session, int first, int count,
                   const std::vector<qint64>& ids)
{
    const BatchSql& batch = batchSql();
    Result<QSqlQuery*> query = database.prepared(batch.statements[std::size_t(count - 1)]);
    if (!query)
        return query.error();
    std::array<QVariant, kColumns * kRowsPerStatement> values;
    for (int row = 0; row < count; ++row) {
        const int index = first + row;
        const std::size_t offset = std::size_t(row * kColumns);
        values[offset] = ids[std::size_t(index)];
        const std::array<QVariant, 11> columns =
            repValues(session.id.value, index, session.reps[std::size_t(index)]);
        std::copy(columns.begin(), columns.end(), values.begin() + offset + 1);
    }
    database.bindChanged(**query, batch.names.data(), values.data(), std::size_t(count * kColumns));
    if ((*query)->exec())
        return {};
    return database.sqlError(
        QStringLiteral("save reps %1 to %2 of the session '%3'")
            .arg(QString::number(first + 1), QString::number(first + count), session.title),
        (*query)->lastError());
}

/// Whether a preset rep id can be kept: not used twice in the session and, below the
/// first free id, not held by another row.
Result<bool> canKeep(Database& database, qint64 id, qint64 firstFree,
                     const std::unordered_set<qint64>& used)
{
    if (used.contains(id))
        return false;
    if (id >= firstFree)
        return true;
    Result<qint64> taken =
        selectNumber(database, QStringLiteral("SELECT count(*) FROM rep WHERE id = ?"), {id});
    if (!taken)
        return taken.error();
    return *taken == 0;
}

/// The id each rep is inserted with. Sessions without preset ids (imports, the
/// demo: the hot path) cost one query and no lookups.
Result<std::vector<qint64>> chooseIds(Database& database, const std::vector<Rep>& reps)
{
    Result<qint64> firstFree =
        selectNumber(database, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM rep"), {});
    if (!firstFree)
        return firstFree.error();
    qint64 next = *firstFree;
    bool anyPreset = false;
    for (const Rep& rep : reps) {
        next = std::max(next, rep.id.value + 1);
        anyPreset = anyPreset || rep.id.isValid();
    }
    std::vector<qint64> ids;
    ids.reserve(reps.size());
    std::unordered_set<qint64> used;
    for (const Rep& rep : reps) {
        bool keep = false;
        if (anyPreset && rep.id.isValid()) {
            Result<bool> free = canKeep(database, rep.id.value, *firstFree, used);
            if (!free)
                return free.error();
            keep = *free;
        }
        ids.push_back(keep ? rep.id.value : next++);
        if (anyPreset)
            used.insert(ids.back());
    }
    return ids;
}

} // namespace

Status insertNewReps(Database& database, LoggedSession& session)
{
    if (session.reps.empty())
        return {};
    Result<std::vector<qint64>> ids = chooseIds(database, session.reps);
    if (!ids)
        return ids.error();
    const int total = int(session.reps.size());
    for (int first = 0; first < total; first += kRowsPerStatement) {
        const int count = std::min(kRowsPerStatement, total - first);
        if (Status inserted = insertChunk(database, session, first, count, *ids); !inserted)
            return inserted;
    }
    for (int index = 0; index < total; ++index)
        session.reps[std::size_t(index)].id = RepId{(*ids)[std::size_t(index)]};
    return {};
}

} // namespace paceline
