#include "CsvLog.h"

#include "CsvColumns.h"
#include "CsvText.h"
#include "core/model/TimeText.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace paceline {

namespace {

/// Shortest text that reads back as the same double, so values survive a round trip.
QString number(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

template <typename T> QString optionalNumber(const std::optional<T>& value)
{
    return value ? number(double(*value)) : QString();
}

QString metres(const std::optional<Distance>& distance)
{
    return distance ? number(distance->metres) : QString();
}

/// Derived from distance and time, rounded to hundredths like the JSON export; empty
/// when either is unknown or zero.
QString paceSecondsPerKm(const std::optional<Distance>& distance, Duration time)
{
    if (!distance || !(distance->metres > 0.0) || !(time.seconds > 0.0))
        return {};
    return number(std::round(time.seconds / distance->kilometres() * 100.0) / 100.0);
}

QString paceText(const std::optional<Distance>& distance, Duration time, UnitSystem units)
{
    if (!distance || !(distance->metres > 0.0) || !(time.seconds > 0.0))
        return {};
    return formatPace(*distance / time, units);
}

/// With its offset written out even when the time is in the computer's zone.
QString startText(const QDateTime& start)
{
    if (!start.isValid())
        return {};
    return start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate);
}

QByteArray sessionLine(const LoggedSession& session, int number_, UnitSystem units)
{
    return csv::recordLine({
        QString::number(number_),
        session.start.isValid() ? session.localDate().toString(Qt::ISODate) : QString(),
        startText(session.start),
        enumId(session.sport),
        session.title,
        number(session.duration.seconds),
        metres(session.distance),
        paceSecondsPerKm(session.distance, session.duration),
        paceText(session.distance, session.duration, units),
        optionalNumber(session.sessionRpe),
        optionalNumber(session.avgHeartRate),
        optionalNumber(session.maxHeartRate),
        session.notes,
    });
}

QByteArray repLine(const Rep& rep, int session, int index, UnitSystem units)
{
    return csv::recordLine({
        QString::number(session),
        QString::number(index),
        enumId(rep.kind),
        metres(rep.distance),
        number(rep.time.seconds),
        paceSecondsPerKm(rep.distance, rep.time),
        paceText(rep.distance, rep.time, units),
        optionalNumber(rep.rpe),
        optionalNumber(rep.avgHeartRate),
        optionalNumber(rep.maxHeartRate),
        optionalNumber(rep.cadence),
        rep.notes,
    });
}

} // namespace

CsvExport exportCsv(const std::vector<LoggedSession>& sessions, UnitSystem units)
{
    CsvExport result;
    result.sessions = csv::recordLine(csv::sessionsHeader());
    result.reps = csv::recordLine(csv::repsHeader());
    for (size_t index = 0; index < sessions.size(); ++index) {
        const LoggedSession& session = sessions[index];
        const int sessionNumber = int(index) + 1;
        result.sessions += sessionLine(session, sessionNumber, units);
        for (size_t rep = 0; rep < session.reps.size(); ++rep)
            result.reps += repLine(session.reps[rep], sessionNumber, int(rep) + 1, units);
    }
    return result;
}

QString repsCsvNameFor(const QString& sessionsName)
{
    const QFileInfo info(sessionsName);
    QString name = info.fileName();
    const qsizetype at = name.lastIndexOf(QLatin1String("sessions"), -1, Qt::CaseInsensitive);
    if (at < 0)
        return QString::fromLatin1(kRepsCsvName);
    name.replace(at, 8, QStringLiteral("reps"));
    return name;
}

bool isRepsCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return csv::isRepsHeader(csv::headerOf(file.read(4096)));
}

} // namespace paceline
