#include "DailyLoadRows.h"

#include "Database.h"
#include "LoadFigureColumns.h"
#include "NativeStatement.h"
#include "SqlRow.h"

#include <QSqlError>

#include <algorithm>
#include <optional>
#include <string_view>

namespace paceline {
namespace {

// Columns: 0 athlete, 1 day, 2 sport, 3 sessions, 4 duration, 5 distance, 6 session-RPE
// load, then LoadFigureColumns from 7 (TRIMP, running TSS, the five zone times).
constexpr int kFiguresColumn = 7;
/// Twenty years of days, the most reserved up front.
constexpr qint64 kMaxReserved = 20 * 366;

QString selectSql()
{
    return QStringLiteral("SELECT athlete_id, day, sport, sessions, duration_s, distance_m, "
                          "srpe_load, %1 FROM daily_load "
                          "WHERE athlete_id = ? AND day BETWEEN ? AND ?")
        .arg(LoadFigureColumns::list());
}

int digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

/// 'YYYY-MM-DD' read directly: QDate::fromString costs a QString and a general parser
/// per row. Anything else goes to QDate::fromString, so exactly the same days are valid.
QDate parseDay(std::string_view text)
{
    constexpr std::size_t kDigits[] = {0, 1, 2, 3, 5, 6, 8, 9};
    bool plain = text.size() == 10 && text[4] == '-' && text[7] == '-';
    int values[8] = {};
    for (std::size_t i = 0; plain && i < std::size(kDigits); ++i) {
        values[i] = digit(text[kDigits[i]]);
        plain = values[i] >= 0;
    }
    if (!plain)
        return QDate::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())),
                                 Qt::ISODate);
    return QDate(values[0] * 1000 + values[1] * 100 + values[2] * 10 + values[3],
                 values[4] * 10 + values[5], values[6] * 10 + values[7]);
}

/// enumFromId for UTF-8 text: ids are ASCII, compared in any letter case as there.
template <typename E> std::optional<E> enumFromUtf8(std::string_view text)
{
    const QLatin1String id(text.data(), qsizetype(text.size()));
    for (const auto& entry : enumEntries<E>()) {
        if (id.compare(QLatin1String(entry.id), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

/// Turns rows into DailyLoads and remembers the first value it cannot read, worded as
/// RowReader words it.
class RowParser {
public:
    explicit RowParser(const NativeStatement& row) : m_row(row) {}

    DailyLoad read()
    {
        DailyLoad load;
        load.day = parseDay(m_row.text(1));
        if (!load.day.isValid())
            fail(1);
        if (const std::optional<Sport> sport = enumFromUtf8<Sport>(m_row.text(2)))
            load.sport = *sport;
        else
            fail(2);
        load.sessions = m_row.integer(3);
        load.duration = Duration{m_row.real(4)};
        load.distance = Distance{m_row.real(5)};
        load.sessionRpeLoad = m_row.real(6);
        load.trimp = m_row.real(kFiguresColumn);
        load.runningTss = m_row.real(kFiguresColumn + 1);
        for (int zone = 0; zone < kLoadZoneCount; ++zone)
            load.zoneSeconds[std::size_t(zone)] = m_row.real(kFiguresColumn + 2 + zone);
        return load;
    }

    bool ok() const { return m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }

private:
    void fail(int column)
    {
        if (!m_problem.isEmpty())
            return;
        const std::string_view value = m_row.text(column);
        m_problem = QStringLiteral("column %1 holds '%2', which this version cannot read")
                        .arg(m_row.columnName(column),
                             QString::fromUtf8(value.data(), qsizetype(value.size())));
    }

    const NativeStatement& m_row;
    QString m_problem;
};

/// The key orders a day's rows by the sport's id; the model's order is the declared one.
void sortBySportOrder(std::vector<DailyLoad>& loads)
{
    std::sort(loads.begin(), loads.end(), [](const DailyLoad& a, const DailyLoad& b) {
        return a.day != b.day ? a.day < b.day : int(a.sport) < int(b.sport);
    });
}

DailyLoad readQtSqlRow(RowReader& row)
{
    // Column 0 is the athlete: selectAll names rows by their first column.
    return DailyLoad{row.day(1),
                     row.enumValue(2, Sport::Run),
                     row.integer(3),
                     Duration{row.real(4)},
                     Distance{row.real(5)},
                     row.real(6),
                     row.real(7),
                     row.real(8),
                     LoadFigureColumns::readZones(row, kFiguresColumn + 2)};
}

/// The same read through QtSql, where SQLite's own API cannot be used on the store's
/// connection (Database::hasNative: Qt's driver runs another SQLite than this build
/// links). Slower, but the same rows, order and messages: the Analysis must not fail
/// because of how the system's Qt was built.
Result<std::vector<DailyLoad>> readThroughQtSql(Database& database, const QString& sql,
                                                AthleteId athlete, QDate first, QDate last)
{
    Result<std::vector<DailyLoad>> loads =
        selectAll<DailyLoad>(database, sql, {athlete.value, dayText(first), dayText(last)},
                             QStringLiteral("daily_load"), readQtSqlRow);
    if (loads)
        sortBySportOrder(loads.value());
    return loads;
}

} // namespace

Result<std::vector<DailyLoad>> readDailyLoads(Database& database, AthleteId athlete, QDate first,
                                              QDate last)
{
    static const QString sql = selectSql();
    if (!database.hasNative())
        return readThroughQtSql(database, sql, athlete, first, last);
    const QString what = QStringLiteral("read from table daily_load");
    Result<NativeStatement*> statement = database.native(sql);
    if (!statement)
        return statement.error();
    NativeStatement& query = **statement;
    NativeReset reset(query);
    query.bind(0, athlete.value);
    query.bind(1, dayText(first).toUtf8());
    query.bind(2, dayText(last).toUtf8());
    std::vector<DailyLoad> loads;
    // Most days have one row or none: room for one a day saves the copies of growing.
    loads.reserve(std::size_t(std::clamp<qint64>(first.daysTo(last) + 1, 0, kMaxReserved)));
    while (query.next()) {
        RowParser parser(query);
        DailyLoad load = parser.read();
        if (!parser.ok())
            return database.damaged(QStringLiteral("daily_load row %1: %2")
                                        .arg(QString::number(query.int64(0)), parser.problem()));
        loads.push_back(load);
    }
    if (query.failed())
        return database.sqlError(what, QSqlError(QString(), query.errorText()));
    sortBySportOrder(loads);
    return loads;
}

} // namespace paceline
