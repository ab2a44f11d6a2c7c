#include "RepBatch.h"

#include "SessionRows.h"

#include <QStringList>

#include <algorithm>

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
                   qint64 firstId)
{
    const BatchSql& batch = batchSql();
    Result<QSqlQuery*> query = database.prepared(batch.statements[std::size_t(count - 1)]);
    if (!query)
        return query.error();
    std::array<QVariant, kColumns * kRowsPerStatement> values;
    for (int row = 0; row < count; ++row) {
        const int index = first + row;
        const std::size_t offset = std::size_t(row * kColumns);
        values[offset] = firstId + index;
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

} // namespace

Status insertNewReps(Database& database, LoggedSession& session)
{
    if (session.reps.empty())
        return {};
    Result<qint64> firstId =
        selectNumber(database, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM rep"), {});
    if (!firstId)
        return firstId.error();
    const int total = int(session.reps.size());
    for (int first = 0; first < total; first += kRowsPerStatement) {
        const int count = std::min(kRowsPerStatement, total - first);
        if (Status inserted = insertChunk(database, session, first, count, *firstId); !inserted)
            return inserted;
    }
    for (int index = 0; index < total; ++index)
        session.reps[std::size_t(index)].id = RepId{*firstId + index};
    return {};
}

} // namespace paceline
