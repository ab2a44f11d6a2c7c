#include "SqlRow.h"

#include <QSqlRecord>

namespace paceline {

std::optional<int> RowReader::optInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> RowReader::optReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<qint64> RowReader::optInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QDate RowReader::day(int column)
{
    const QString value = text(column);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        fail(column, value);
    return date;
}

std::optional<QDate> RowReader::optDay(int column)
{
    if (isNull(column))
        return std::nullopt;
    return day(column);
}

void RowReader::fail(int column, const QString& value)
{
    // The first problem is the one reported; later ones are often its consequences.
    if (m_problem.isEmpty())
        m_problem = QStringLiteral("column %1 holds '%2', which this version cannot read")
                        .arg(m_query.record().fieldName(column), value);
}

} // namespace paceline

namespace paceline {

Result<qint64> selectNumber(Database& database, const QString& sql, const QVariantList& values)
{
    Result<QSqlQuery*> query = database.run(sql, values, QStringLiteral("count rows"));
    if (!query)
        return query.error();
    QueryReset reset(**query);
    if (!(*query)->next())
        return database.sqlError(QStringLiteral("count rows"), (*query)->lastError());
    return (*query)->value(0).toLongLong();
}

} // namespace paceline
