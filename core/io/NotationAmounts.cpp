// Amounts in the notation: distances and durations, read and written.

#include "NotationValues.h"
#include "StepLimits.h"

#include <QLocale>

#include <cmath>
#include <vector>

namespace paceline::notation {

namespace {

struct AmountUnit {
    const char* text;
    bool distance;
    double factor; ///< metres or seconds per unit
};

constexpr AmountUnit kUnits[] = {
    {"m", true, 1.0},
    {"km", true, kMetresPerKilometre},
    {"mi", true, kMetresPerMile},
    {"s", false, 1.0},
    {"min", false, 60.0},
    {"h", false, 3600.0},
};

constexpr int kMaxMileDecimals = 2;
constexpr qint64 kMillimetresPerKilometre = 1'000'000;
constexpr qint64 kSecondsPerMinute = 60;
constexpr qint64 kSecondsPerHour = 3600;
/// Recoveries up to this long are said in seconds: "60 seconds walk", "90s jog".
constexpr qint64 kLongestRecoveryInSeconds = 90;
/// Below this, a duration that is not whole minutes reads better as seconds than m:ss.
constexpr qint64 kShortestClockSeconds = 120;

const AmountUnit* findUnit(QStringView text)
{
    for (const AmountUnit& unit : kUnits) {
        if (sameWord(text, unit.text))
            return &unit;
    }
    return nullptr;
}

/// Rounds to the millimetre or millisecond: what the notation keeps.
double toThousandths(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

/// The value in thousandths, or 0 when it is too large to count (such a value never
/// reads back anyway, being far beyond the limits).
qint64 thousandths(double value)
{
    constexpr double kLargest = 1e15;
    return std::isfinite(value) && std::fabs(value) < kLargest ? std::llround(value * 1000.0) : 0;
}

double numberValue(const Token& token)
{
    bool ok = false;
    const double value = token.text.toDouble(&ok);
    return ok ? value : qInf();
}

bool hasFraction(const Token& token)
{
    return token.text.contains(u'.');
}

bool checkClockField(TokenCursor& cursor, const Token& field, bool first, bool last)
{
    if (!last && hasFraction(field))
        return cursor.fail(
            field,
            QStringLiteral("only the seconds may have a fraction, found %1").arg(field.quoted()));
    if (first)
        return true;
    const qsizetype point = field.text.indexOf(u'.');
    if ((point < 0 ? field.text.size() : point) != 2)
        return cursor.failExpected(field, QStringLiteral("two digits after ':', such as 1:05"));
    if (numberValue(field) >= 60.0)
        return cursor.fail(field,
                           QStringLiteral("minutes and seconds after ':' go up to 59, found %1")
                               .arg(field.quoted()));
    return true;
}

bool acceptAmount(TokenCursor& cursor, const Token& where, bool distance, double value,
                  Target& target)
{
    value = toThousandths(value);
    const double limit =
        distance ? steplimits::kMaxDistanceMetres : steplimits::kMaxDurationSeconds;
    const QString what = distance ? QStringLiteral("a distance") : QStringLiteral("a duration");
    if (!(value > 0.0))
        return cursor.fail(where, QStringLiteral("%1 must be more than zero").arg(what));
    if (value > limit) {
        const QString most = distance ? QStringLiteral("1000km") : QStringLiteral("48h");
        return cursor.fail(where, QStringLiteral("%1 must be at most %2").arg(what, most));
    }
    target = distance ? Target{Distance{value}} : Target{Duration{value}};
    return true;
}

QString distanceText(Distance distance)
{
    const qint64 millimetres = thousandths(distance.metres);
    if (millimetres != 0 && millimetres % kMillimetresPerKilometre == 0)
        return QString::number(millimetres / kMillimetresPerKilometre) + QStringLiteral("km");
    if (millimetres % 1000 == 0)
        return QString::number(millimetres / 1000) + QStringLiteral("m");
    // Miles never come out whole in metres; show them as typed when they read back.
    for (int decimals = 0; decimals <= kMaxMileDecimals; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        const double miles = std::round(distance.miles() * scale) / scale;
        if (miles > 0.0 && toThousandths(miles * kMetresPerMile) == distance.metres)
            return numberText(miles) + QStringLiteral("mi");
    }
    return numberText(double(millimetres) / 1000.0) + QStringLiteral("m");
}

QString clockText(qint64 seconds)
{
    const QLatin1Char zero('0');
    if (seconds < kSecondsPerHour)
        return QStringLiteral("%1:%2")
            .arg(seconds / kSecondsPerMinute)
            .arg(seconds % 60, 2, 10, zero);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / kSecondsPerHour)
        .arg(seconds / kSecondsPerMinute % 60, 2, 10, zero)
        .arg(seconds % 60, 2, 10, zero);
}

QString durationText(Duration duration, bool recovery)
{
    const qint64 milliseconds = thousandths(duration.seconds);
    if (milliseconds % 1000 != 0)
        return numberText(double(milliseconds) / 1000.0) + QStringLiteral("s");
    const qint64 seconds = milliseconds / 1000;
    if (recovery && seconds <= kLongestRecoveryInSeconds)
        return QString::number(seconds) + QStringLiteral("s");
    if (seconds > 0 && seconds % kSecondsPerMinute == 0)
        return QString::number(seconds / kSecondsPerMinute) + QStringLiteral("min");
    if (seconds < kShortestClockSeconds)
        return QString::number(seconds) + QStringLiteral("s");
    return clockText(seconds);
}

} // namespace

bool parseClock(TokenCursor& cursor, const Token& first, int maxFields, double& seconds)
{
    std::vector<const Token*> fields{&first};
    while (cursor.at(TokenType::Colon)) {
        const Token& colon = cursor.next();
        if (int(fields.size()) == maxFields)
            return cursor.fail(colon, maxFields == 2
                                          ? QStringLiteral("a pace has one ':', as in 3:55/km")
                                          : QStringLiteral("a time has at most two ':', as in "
                                                           "1:05:00"));
        const Token& field = cursor.peek();
        if (!field.is(TokenType::Number))
            return cursor.failExpected(field, QStringLiteral("two digits after ':', such as 1:05"));
        fields.push_back(&cursor.next());
    }
    double total = 0.0;
    for (size_t index = 0; index < fields.size(); ++index) {
        if (!checkClockField(cursor, *fields[index], index == 0, index + 1 == fields.size()))
            return false;
        total = total * 60.0 + numberValue(*fields[index]);
    }
    seconds = total;
    return true;
}

bool parseAmount(TokenCursor& cursor, Target& target)
{
    const Token& number = cursor.next();
    if (cursor.at(TokenType::Colon)) {
        double seconds = 0.0;
        return parseClock(cursor, number, 3, seconds) &&
               acceptAmount(cursor, number, false, seconds, target);
    }
    const Token& unitToken = cursor.peek();
    const AmountUnit* unit = unitToken.is(TokenType::Word) ? findUnit(unitToken.text) : nullptr;
    if (!unit) {
        const QString units = QStringLiteral("m, km, mi, s, min or h");
        if (unitToken.is(TokenType::Word))
            return cursor.fail(
                unitToken,
                QStringLiteral("unknown unit %1: expected %2").arg(unitToken.quoted(), units));
        return cursor.failExpected(
            unitToken, QStringLiteral("a unit after %1 (%2)").arg(number.quoted(), units));
    }
    cursor.next();
    return acceptAmount(cursor, number, unit->distance, numberValue(number) * unit->factor, target);
}

QString amountText(const Target& target, StepRole role, StepKind kind)
{
    if (const auto* distance = std::get_if<Distance>(&target))
        return distanceText(*distance);
    if (const auto* duration = std::get_if<Duration>(&target))
        return durationText(*duration, role == StepRole::Recovery || kind == StepKind::Recovery);
    return {};
}

QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace paceline::notation
