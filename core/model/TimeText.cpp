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
    // Hundreds of digits overflow to infinity, which no check downstream should meet.
    const double total = hours * 3600.0 + minutes * 60.0 + seconds;
    if (!std::isfinite(total))
        return durationError(text);
    return Duration{total};
}

void appendInteger(QString& text, qint64 value, int width)
{
    // Digits of the magnitude, last first; unsigned so that the lowest qint64 works.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0)
        text += QLatin1Char('-');
    for (int pad = count; pad < width; ++pad)
        text += QLatin1Char('0');
    while (count > 0)
        text += QLatin1Char(digits[--count]);
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

    // h:mm:ss or m:ss, written digit by digit: the builder's totals and the advisor's
    // messages format many durations.
    QString text;
    text.reserve(16);
    if (negative)
        text += QLatin1Char('-');
    if (hours > 0) {
        appendInteger(text, hours);
        text += QLatin1Char(':');
        appendInteger(text, minutes, 2);
    } else {
        appendInteger(text, minutes);
    }
    text += QLatin1Char(':');
    appendInteger(text, seconds, 2);
    if (decimals > 0) {
        text += QLatin1Char('.');
        appendInteger(text, fraction, decimals);
    }
    return text;
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
