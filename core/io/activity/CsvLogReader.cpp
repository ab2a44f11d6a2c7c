// readCsvLog: Paceline's own sessions.csv and reps.csv back into a Recording.

#include "CsvColumns.h"
#include "CsvLog.h"
#include "CsvText.h"
#include "core/model/AthleteValidation.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace paceline {

namespace {

// Generous bounds: they catch a value typed into the wrong column, not unusual training.
constexpr double kMaxMetres = 10'000'000.0;  // 10,000 km
constexpr double kMaxSeconds = 31 * 86400.0; // a month
constexpr double kMaxCadence = 400.0;
constexpr double kMaxRpe = 10.0;
constexpr int kMaxNumber = 1'000'000;

/// A file's rows with its column positions, found by name.
struct Table {
    QString fileName;
    QHash<QString, int> columns;
    int columnCount = 0;
    std::vector<csv::CsvRecord> rows;
};

Error cellError(const Table& table, int line, const QString& column, const QString& problem)
{
    return Error{QStringLiteral("%1: line %2, column %3: %4")
                     .arg(table.fileName)
                     .arg(line)
                     .arg(column, problem)};
}

/// The cells of one row, read by column name; an absent column reads as empty.
class Row {
public:
    Row(const Table& table, const csv::CsvRecord& record) : m_table(table), m_record(record) {}

    int line() const { return m_record.line; }
    QString text(const QString& column) const
    {
        const int index = m_table.columns.value(column, -1);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : QString();
    }
    Error error(const QString& column, const QString& problem) const
    {
        return cellError(m_table, line(), column, problem);
    }

    /// Empty is unknown; otherwise a number from `least` to `most`.
    Result<std::optional<double>> number(const QString& column, double least, double most) const
    {
        const QString cell = text(column).trimmed();
        if (cell.isEmpty())
            return std::optional<double>{};
        bool ok = false;
        const double value = cell.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return error(column, QStringLiteral("\"%1\" is not a number").arg(cell));
        if (value < least || value > most)
            return error(column,
                         QStringLiteral("%1 is not between %2 and %3")
                             .arg(cell, QString::number(least, 'f', QLocale::FloatingPointShortest),
                                  QString::number(most, 'f', QLocale::FloatingPointShortest)));
        return std::optional<double>{value};
    }

    Result<std::optional<int>> whole(const QString& column, int least, int most) const
    {
        auto value = number(column, least, most);
        if (!value)
            return value.error();
        if (*value && **value != std::floor(**value))
            return error(column, QStringLiteral("%1 is not a whole number").arg(text(column)));
        return *value ? std::optional<int>{int(**value)} : std::optional<int>{};
    }

    Result<int> required(const QString& column, int least, int most) const
    {
        auto value = whole(column, least, most);
        if (!value)
            return value.error();
        if (!*value)
            return error(column, QStringLiteral("is empty; it needs a number"));
        return **value;
    }

private:
    const Table& m_table;
    const csv::CsvRecord& m_record;
};

Result<Table> readTable(QByteArrayView bytes, const QString& fileName, const QStringList& required,
                        bool (*headerFits)(const QStringList&), const QString& kind)
{
    csv::CsvParse parsed = csv::parseCsv(bytes, fileName);
    if (!parsed.error.isEmpty())
        return Error{parsed.error};
    if (parsed.records.empty() || !headerFits(parsed.records.front().fields))
        return Error{
            QStringLiteral("%1: line 1: not a Paceline %2 CSV (its header must start "
                           "with \"%3\")")
                .arg(fileName, kind,
                     (kind == QLatin1String("reps") ? csv::repsHeader() : csv::sessionsHeader())
                         .mid(0, 3)
                         .join(QLatin1Char(',')))};
    Table table{fileName, {}, 0, {}};
    const QStringList header = parsed.records.front().fields;
    table.columnCount = int(header.size());
    for (int index = 0; index < header.size(); ++index)
        table.columns.insert(header[index].trimmed(), index);
    for (const QString& column : required) {
        if (!table.columns.contains(column))
            return Error{
                QStringLiteral("%1: line 1: the column \"%2\" is missing").arg(fileName, column)};
    }
    table.rows.assign(parsed.records.begin() + 1, parsed.records.end());
    for (const csv::CsvRecord& row : table.rows) {
        if (row.fields.size() != table.columnCount)
            return Error{QStringLiteral("%1: line %2: %3 fields where the header has %4 (a "
                                        "comma in a value needs quotes around the value)")
                             .arg(fileName)
                             .arg(row.line)
                             .arg(row.fields.size())
                             .arg(table.columnCount)};
    }
    return table;
}

Result<QDateTime> readStart(const Row& row)
{
    const QString column = QStringLiteral("start");
    const QString cell = row.text(column).trimmed();
    const QDateTime start = QDateTime::fromString(cell, Qt::ISODate);
    if (!start.isValid() || start.timeSpec() == Qt::LocalTime)
        return row.error(column, QStringLiteral("\"%1\" is not a date and time with its UTC "
                                                "offset, like 2026-03-02T07:30:00+01:00")
                                     .arg(cell));
    return start;
}

Result<Sport> readSport(const Row& row)
{
    const QString cell = row.text(QStringLiteral("sport")).trimmed();
    const auto sport = enumFromId<Sport>(cell);
    if (!sport)
        return row.error(QStringLiteral("sport"), QStringLiteral("\"%1\" is not a sport Paceline "
                                                                 "logs (%2)")
                                                      .arg(cell, enumIdList<Sport>()));
    return *sport;
}

/// Reads the optional figures shared by sessions and reps into `target`, stopping at
/// the first bad one.
template <typename T>
std::optional<Error> readInto(std::optional<T>& target, const Result<std::optional<T>>& value)
{
    if (!value)
        return value.error();
    target = *value;
    return std::nullopt;
}

Result<RecordedSession> readSessionRow(const Row& row, std::optional<int>& offset)
{
    RecordedSession session;
    auto start = readStart(row);
    if (!start)
        return start.error();
    auto sport = readSport(row);
    if (!sport)
        return sport.error();
    if (!offset)
        offset = start->offsetFromUtc();
    // Each row keeps its own offset: an export spanning a clock change has both.
    session.utcOffsetSeconds = start->offsetFromUtc();
    session.start = start->toUTC();
    session.sport = *sport;
    session.sportName = enumId(*sport);
    session.title = row.text(QStringLiteral("title"));
    session.notes = row.text(QStringLiteral("notes"));
    for (auto error :
         {readInto(session.timerSeconds, row.number(QStringLiteral("duration_s"), 0, kMaxSeconds)),
          readInto(session.distanceMetres, row.number(QStringLiteral("distance_m"), 0, kMaxMetres)),
          readInto(session.sessionRpe, row.number(QStringLiteral("session_rpe"), 0, kMaxRpe)),
          readInto(session.avgHeartRate,
                   row.whole(QStringLiteral("avg_hr"), kMinHeartRate, kMaxHeartRate)),
          readInto(session.maxHeartRate,
                   row.whole(QStringLiteral("max_hr"), kMinHeartRate, kMaxHeartRate))}) {
        if (error)
            return *error;
    }
    session.elapsedSeconds = session.timerSeconds;
    return session;
}

Result<RecordedLap> readRepRow(const Row& row)
{
    RecordedLap lap;
    const QString kindText = row.text(QStringLiteral("kind")).trimmed();
    if (!kindText.isEmpty()) {
        lap.kind = enumFromId<RepKind>(kindText);
        if (!lap.kind)
            return row.error(QStringLiteral("kind"),
                             QStringLiteral("\"%1\" is not work or recovery").arg(kindText));
        lap.intensity = *lap.kind == RepKind::Work ? LapIntensity::Active : LapIntensity::Rest;
    }
    lap.notes = row.text(QStringLiteral("notes"));
    for (auto error :
         {readInto(lap.distanceMetres, row.number(QStringLiteral("distance_m"), 0, kMaxMetres)),
          readInto(lap.timerSeconds, row.number(QStringLiteral("time_s"), 0, kMaxSeconds)),
          readInto(lap.rpe, row.number(QStringLiteral("rpe"), 0, kMaxRpe)),
          readInto(lap.avgHeartRate,
                   row.whole(QStringLiteral("avg_hr"), kMinHeartRate, kMaxHeartRate)),
          readInto(lap.maxHeartRate,
                   row.whole(QStringLiteral("max_hr"), kMinHeartRate, kMaxHeartRate)),
          readInto(lap.avgCadence, row.number(QStringLiteral("cadence"), 0, kMaxCadence))}) {
        if (error)
            return *error;
    }
    return lap;
}

struct NumberedLap {
    int rep = 0;
    int line = 0;
    RecordedLap lap;
};

/// Puts each session's reps in rep order and gives them start times from the
/// session's start, one after the other (the CSV has no lap starts).
Status placeLaps(Recording& recording, std::vector<std::vector<NumberedLap>>& laps,
                 const QString& repsName)
{
    for (size_t index = 0; index < laps.size(); ++index) {
        auto& list = laps[index];
        std::stable_sort(list.begin(), list.end(),
                         [](const auto& a, const auto& b) { return a.rep < b.rep; });
        RecordedSession& session = recording.sessions[index];
        double offsetSeconds = 0.0;
        for (size_t at = 0; at < list.size(); ++at) {
            if (at > 0 && list[at].rep == list[at - 1].rep)
                return Error{QStringLiteral("%1: line %2, column rep: rep %3 of this session is "
                                            "already on line %4")
                                 .arg(repsName)
                                 .arg(list[at].line)
                                 .arg(list[at].rep)
                                 .arg(list[at - 1].line)};
            RecordedLap lap = list[at].lap;
            lap.start = session.start.addMSecs(qint64(std::llround(offsetSeconds * 1000.0)));
            offsetSeconds += lap.timerSeconds.value_or(0.0);
            session.laps.push_back(std::move(lap));
        }
    }
    return {};
}

Status readReps(Recording& recording, const QHash<int, size_t>& sessionIndex,
                QByteArrayView repsCsv, const QString& repsName, const QString& sessionsName)
{
    auto table = readTable(repsCsv, repsName, csv::requiredRepColumns(), &csv::isRepsHeader,
                           QStringLiteral("reps"));
    if (!table)
        return table.error();
    std::vector<std::vector<NumberedLap>> laps(recording.sessions.size());
    for (const csv::CsvRecord& record : table->rows) {
        const Row row(*table, record);
        auto session = row.required(QStringLiteral("session"), 1, kMaxNumber);
        if (!session)
            return session.error();
        if (!sessionIndex.contains(*session))
            return row.error(QStringLiteral("session"),
                             QStringLiteral("there is no session %1 in %2")
                                 .arg(*session)
                                 .arg(QFileInfo(sessionsName).fileName()));
        auto rep = row.required(QStringLiteral("rep"), 1, kMaxNumber);
        if (!rep)
            return rep.error();
        auto lap = readRepRow(row);
        if (!lap)
            return lap.error();
        laps[sessionIndex.value(*session)].push_back({*rep, row.line(), std::move(lap).value()});
    }
    return placeLaps(recording, laps, repsName);
}

} // namespace

Result<Recording> readCsvLog(QByteArrayView sessionsCsv, QByteArrayView repsCsv,
                             const QString& fileName)
{
    const QString sessionsName = QFileInfo(fileName).fileName();
    auto table = readTable(sessionsCsv, sessionsName, csv::requiredSessionColumns(),
                           &csv::isSessionsHeader, QStringLiteral("sessions"));
    if (!table)
        return table.error();
    Recording recording;
    recording.format = QStringLiteral("csv");
    recording.fileName = sessionsName;
    QHash<int, size_t> sessionIndex;
    QHash<int, int> sessionLine;
    for (const csv::CsvRecord& record : table->rows) {
        const Row row(*table, record);
        auto number = row.required(QStringLiteral("session"), 1, kMaxNumber);
        if (!number)
            return number.error();
        if (sessionIndex.contains(*number))
            return row.error(QStringLiteral("session"),
                             QStringLiteral("session %1 is already on line %2")
                                 .arg(*number)
                                 .arg(sessionLine.value(*number)));
        auto session = readSessionRow(row, recording.utcOffsetSeconds);
        if (!session)
            return session.error();
        sessionIndex.insert(*number, recording.sessions.size());
        sessionLine.insert(*number, row.line());
        recording.sessions.push_back(std::move(session).value());
    }
    if (repsCsv.isEmpty())
        return recording;
    if (Status reps =
            readReps(recording, sessionIndex, repsCsv, repsCsvNameFor(sessionsName), sessionsName);
        !reps)
        return reps.error();
    return recording;
}

} // namespace paceline
