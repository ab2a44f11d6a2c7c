#include "TimeText.h"

#include <QRegularExpression>

#include <cmath>

namespace paceline {

namespace {

Error durationError(QStringView text)
{
    return Error{QStringLiteral("'%1' is not a time: expected seconds (92.4), m:ss (1:32, "
                                "1:32.4) or h:mm:ss (0:01:32)")
                     .arg(text.toString())};
}

} // namespace

Result<Duration> parseDuration(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    // [[h:]m:]s with optional fraction on the seconds only.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(?:(\d+):)?(\d+):)?(\d+(?:[.,]\d+)?)$)"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return durationError(text);

    const bool hasHours = match.hasCaptured(1);
    const bool hasMinutes = match.hasCaptured(2);
    QString secondsText = match.captured(3);
    secondsText.replace(QLatin1Char(','), QLatin1Char('.'));
    const double seconds = secondsText.toDouble();
    const double minutes = hasMinutes ? match.captured(2).toDouble() : 0.0;
    const double hours = hasHours ? match.captured(1).toDouble() : 0.0;

    // After a colon, a field counts within its unit: 1:75 is a typo, not 2:15.
    if (hasMinutes && seconds >= 60.0)
        return durationError(text);
    if (hasHours && minutes >= 60.0)
        return durationError(text);
    return Duration{hours * 3600.0 + minutes * 60.0 + seconds};
}

QString formatDuration(Duration duration, int decimals)
{
    const bool negative = duration.seconds < 0.0;
    const double scale = std::pow(10.0, decimals);
    // Round once, in the smallest unit shown, so 59.96 s becomes 1:00.0 not 0:60.0.
    const qint64 units = std::llround(std::fabs(duration.seconds) * scale);
    const qint64 unitsPerSecond = std::llround(scale);
    const qint64 wholeSeconds = units / unitsPerSecond;
    const qint64 fraction = units % unitsPerSecond;

    const qint64 hours = wholeSeconds / 3600;
    const qint64 minutes = (wholeSeconds / 60) % 60;
    const qint64 seconds = wholeSeconds % 60;

    QString text = hours > 0
                       ? QStringLiteral("%1:%2:%3")
                             .arg(hours)
                             .arg(minutes, 2, 10, QLatin1Char('0'))
                             .arg(seconds, 2, 10, QLatin1Char('0'))
                       : QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    if (decimals > 0)
        text += QStringLiteral(".%1").arg(fraction, decimals, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString formatPace(Speed speed, UnitSystem units)
{
    if (speed.metresPerSecond <= 0.0)
        return QStringLiteral("-");
    const QString suffix =
        units == UnitSystem::Imperial ? QStringLiteral("/mi") : QStringLiteral("/km");
    return formatDuration(speed.paceFor(paceUnit(units))) + suffix;
}

QString formatDistance(Distance distance, UnitSystem units, int decimals)
{
    if (units == UnitSystem::Imperial)
        return QStringLiteral("%1 mi").arg(distance.miles(), 0, 'f', decimals);
    return QStringLiteral("%1 km").arg(distance.kilometres(), 0, 'f', decimals);
}

} // namespace paceline
