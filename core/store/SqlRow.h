#pragma once

#include "Database.h"
#include "core/model/EnumText.h"
#include "core/model/Id.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace paceline {

// Conversions between model values and SQL values. Enums are stored as their stable
// ids (EnumText.h), days as ISO 'YYYY-MM-DD' text, absent optionals as NULL.

template <typename T> QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template <typename Tag> QVariant nullableId(const std::optional<Id<Tag>>& id)
{
    return id ? QVariant::fromValue(id->value) : QVariant();
}

template <typename E> QVariant nullableEnum(const std::optional<E>& value)
{
    return value ? QVariant(enumId(*value)) : QVariant();
}

/// QtSql binds a null QString as NULL; text columns are NOT NULL with '' for "none".
inline QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

/// Reads one result row column by column. Values that make no sense (an unknown
/// enum id, a malformed day) do not crash or throw: the first one is remembered as
/// problem() and the caller reports the row as damaged.
class RowReader {
public:
    explicit RowReader(const QSqlQuery& query) : m_query(query) {}

    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QByteArray bytes(int column) const { return m_query.value(column).toByteArray(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    std::optional<int> optInt(int column) const;
    std::optional<double> optReal(int column) const;
    std::optional<qint64> optInt64(int column) const;
    QDate day(int column);
    std::optional<QDate> optDay(int column);

    template <typename E> E enumValue(int column, E fallback)
    {
        const QString id = text(column);
        if (std::optional<E> value = enumFromId<E>(id))
            return *value;
        fail(column, id);
        return fallback;
    }

    template <typename E> std::optional<E> optEnum(int column)
    {
        if (isNull(column))
            return std::nullopt;
        return enumValue<E>(column, enumEntries<E>().front().value);
    }

    bool ok() const { return m_problem.isEmpty(); }
    /// "column sport holds 'kayak', which this version cannot read"
    const QString& problem() const { return m_problem; }
    /// Remembers `value` of `column` as the row's problem unless it already has one.
    void fail(int column, const QString& value);

private:
    const QSqlQuery& m_query;
    QString m_problem;
};

/// Runs a SELECT whose first column is the row id and turns each row into a T with
/// `readRow(RowReader&)`. The first row that cannot be read makes the whole result a
/// Damaged error naming the table and row.
template <typename T, typename ReadRow>
Result<std::vector<T>> selectAll(Database& database, const QString& sql, const QVariantList& values,
                                 const QString& table, ReadRow&& readRow)
{
    const QString what = QStringLiteral("read from table %1").arg(table);
    Result<QSqlQuery*> query = database.run(sql, values, what);
    if (!query)
        return query.error();
    QueryReset reset(**query);
    std::vector<T> rows;
    while ((*query)->next()) {
        RowReader reader(**query);
        T row = readRow(reader);
        if (!reader.ok())
            return database.damaged(
                QStringLiteral("%1 row %2: %3")
                    .arg(table, QString::number(reader.int64(0)), reader.problem()));
        rows.push_back(std::move(row));
    }
    if ((*query)->lastError().isValid())
        return database.sqlError(what, (*query)->lastError());
    return rows;
}

/// A single number from an aggregate query (count(*) and the like).
Result<qint64> selectNumber(Database& database, const QString& sql, const QVariantList& values);

} // namespace paceline
