// Intensities in the notation: zones, paces, heart rates and RPE, read and written.

#include "NotationValues.h"
#include "StepLimits.h"

#include <cmath>
#include <utility>

namespace paceline::notation {

namespace {

struct PaceUnit {
    const char* text;
    double metres;
};

// Kilometres first: a pace that reads back exactly either way is written per km.
constexpr PaceUnit kPaceUnits[] = {{"km", kMetresPerKilometre}, {"mi", kMetresPerMile}};

QString expectedIntensity()
{
    return QStringLiteral("a zone (%1), a pace such as 3:55/km or 3:50-3:55/km, a heart rate "
                          "such as hr150-160, or an effort such as rpe7")
        .arg(enumIdList<PaceZone>());
}

double numberValue(const Token& token)
{
    bool ok = false;
    const double value = token.text.toDouble(&ok);
    return ok ? value : qInf();
}

/// The speed a pace in seconds per unit gives, with the seconds kept to the millisecond
/// as the notation keeps them.
Speed paceSpeed(double seconds, const PaceUnit& unit)
{
    return Speed::fromPace(Duration{std::round(seconds * 1000.0) / 1000.0}, Distance{unit.metres});
}

bool parseHeartRate(TokenCursor& cursor, int& bpm)
{
    const Token& token = cursor.peek();
    if (!token.is(TokenType::Number))
        return cursor.failExpected(token, QStringLiteral("a heart rate such as hr150-160"));
    cursor.next();
    const double value = numberValue(token);
    if (token.text.contains(u'.') || value < steplimits::kMinHeartRate ||
        value > steplimits::kMaxHeartRate) {
        return cursor.fail(token,
                           QStringLiteral("a heart rate must be a whole number of beats "
                                          "per minute from %1 to %2, found %3")
                               .arg(QString::number(steplimits::kMinHeartRate),
                                    QString::number(steplimits::kMaxHeartRate), token.quoted()));
    }
    bpm = int(value);
    return true;
}

bool parseHeartRateRange(TokenCursor& cursor, Intensity& intensity)
{
    const Token& first = cursor.peek();
    HeartRateRange range;
    if (!parseHeartRate(cursor, range.lowBpm))
        return false;
    range.highBpm = range.lowBpm;
    if (cursor.at(TokenType::Dash)) {
        cursor.next();
        if (!parseHeartRate(cursor, range.highBpm))
            return false;
        if (range.lowBpm > range.highBpm)
            return cursor.fail(first, QStringLiteral("a heart-rate range goes from low to high, "
                                                     "as in hr150-160, found hr%1-%2")
                                          .arg(range.lowBpm)
                                          .arg(range.highBpm));
    }
    intensity = range;
    return true;
}

bool parseRpe(TokenCursor& cursor, Intensity& intensity)
{
    const Token& token = cursor.peek();
    if (!token.is(TokenType::Number))
        return cursor.failExpected(token, QStringLiteral("an effort from 0 to 10 such as rpe7"));
    cursor.next();
    const double value = numberValue(token);
    if (value > steplimits::kMaxRpe)
        return cursor.fail(
            token, QStringLiteral("an RPE goes from 0 to 10, found %1").arg(token.quoted()));
    intensity = RpeTarget{value};
    return true;
}

/// One m:ss pace at the cursor.
bool parsePaceTime(TokenCursor& cursor, double& seconds)
{
    const Token& first = cursor.peek();
    const QString expected = QStringLiteral("a pace written m:ss per km or mile, such as 3:55/km");
    if (!first.is(TokenType::Number))
        return cursor.failExpected(first, expected);
    cursor.next();
    if (!cursor.at(TokenType::Colon))
        return cursor.failExpected(first, expected);
    return parseClock(cursor, first, 2, seconds);
}

bool checkPace(TokenCursor& cursor, const Token& where, Speed speed)
{
    if (steplimits::paceWithinLimits(speed))
        return true;
    return cursor.fail(where, QStringLiteral("a pace must be between 0:30/km and 60:00/km"));
}

bool parsePace(TokenCursor& cursor, Intensity& intensity)
{
    const Token& first = cursor.peek();
    double firstSeconds = 0.0;
    if (!parsePaceTime(cursor, firstSeconds))
        return false;
    const Token* second = &first;
    double secondSeconds = firstSeconds;
    if (cursor.at(TokenType::Dash)) {
        cursor.next();
        second = &cursor.peek();
        if (!parsePaceTime(cursor, secondSeconds))
            return false;
    }
    if (!cursor.at(TokenType::Slash))
        return cursor.failExpected(cursor.peek(), QStringLiteral("/km or /mi after the pace"));
    cursor.next();
    const Token& unitToken = cursor.peek();
    const PaceUnit* unit = nullptr;
    for (const PaceUnit& candidate : kPaceUnits) {
        if (unitToken.is(TokenType::Word) && sameWord(unitToken.text, candidate.text))
            unit = &candidate;
    }
    if (!unit)
        return cursor.failExpected(unitToken, QStringLiteral("km or mi after the pace's '/'"));
    cursor.next();
    Speed a = paceSpeed(firstSeconds, *unit);
    Speed b = paceSpeed(secondSeconds, *unit);
    if (!checkPace(cursor, first, a) || !checkPace(cursor, *second, b))
        return false;
    // Either order is accepted; the model keeps the slower speed first.
    if (a > b)
        std::swap(a, b);
    intensity = PaceRange{a, b};
    return true;
}

/// The pace of `speed` per `unit` in whole milliseconds, when writing it so reads back
/// as exactly `speed`.
std::optional<qint64> exactPaceMilliseconds(Speed speed, const PaceUnit& unit)
{
    if (!(speed.metresPerSecond > 0.0) || !std::isfinite(speed.metresPerSecond))
        return std::nullopt;
    const double seconds = unit.metres / speed.metresPerSecond;
    if (!(seconds < 1e12))
        return std::nullopt;
    const qint64 milliseconds = std::llround(seconds * 1000.0);
    if (paceSpeed(double(milliseconds) / 1000.0, unit) != speed)
        return std::nullopt;
    return milliseconds;
}

QString paceClockText(qint64 milliseconds)
{
    const qint64 minutes = milliseconds / 60000;
    const qint64 secondsPart = milliseconds % 60000;
    QString text =
        QStringLiteral("%1:%2").arg(minutes).arg(secondsPart / 1000, 2, 10, QLatin1Char('0'));
    if (secondsPart % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(secondsPart % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

QString paceText(const PaceRange& range)
{
    for (const PaceUnit& unit : kPaceUnits) {
        const auto fast = exactPaceMilliseconds(range.fastest, unit);
        const auto slow = exactPaceMilliseconds(range.slowest, unit);
        if (!fast || !slow)
            continue;
        const QString pace = *fast == *slow
                                 ? paceClockText(*fast)
                                 : paceClockText(*fast) + QLatin1Char('-') + paceClockText(*slow);
        return pace + QLatin1Char('/') + QLatin1String(unit.text);
    }
    // Not a pace the notation wrote: the nearest millisecond per km is the best it can say.
    const auto perKm = [](Speed speed) {
        const double seconds = speed.secondsPerKilometre();
        return std::isfinite(seconds) && seconds > 0.0 && seconds < 1e12
                   ? std::llround(seconds * 1000.0)
                   : qint64(0);
    };
    return paceClockText(perKm(range.fastest)) + QLatin1Char('-') +
           paceClockText(perKm(range.slowest)) + QStringLiteral("/km");
}

} // namespace

bool parseIntensity(TokenCursor& cursor, Intensity& intensity)
{
    cursor.next(); // '@'
    const Token& token = cursor.peek();
    if (token.is(TokenType::Number))
        return parsePace(cursor, intensity);
    if (!token.is(TokenType::Word))
        return cursor.failExpected(token, QStringLiteral("an intensity: ") + expectedIntensity());
    cursor.next();
    if (sameWord(token.text, "hr"))
        return parseHeartRateRange(cursor, intensity);
    if (sameWord(token.text, "rpe"))
        return parseRpe(cursor, intensity);
    if (auto zone = enumFromId<PaceZone>(token.text)) {
        intensity = *zone;
        return true;
    }
    return cursor.fail(token, QStringLiteral("unknown intensity %1: expected %2")
                                  .arg(token.quoted(), expectedIntensity()));
}

QString intensityText(const Intensity& intensity)
{
    const QString at = QStringLiteral("@");
    if (const auto* zone = std::get_if<PaceZone>(&intensity))
        return at + enumId(*zone);
    if (const auto* pace = std::get_if<PaceRange>(&intensity))
        return at + paceText(*pace);
    if (const auto* heartRate = std::get_if<HeartRateRange>(&intensity)) {
        QString text = at + QStringLiteral("hr") + QString::number(heartRate->lowBpm);
        if (heartRate->highBpm != heartRate->lowBpm)
            text += QLatin1Char('-') + QString::number(heartRate->highBpm);
        return text;
    }
    if (const auto* rpe = std::get_if<RpeTarget>(&intensity))
        return at + QStringLiteral("rpe") + numberText(rpe->rpe);
    return {};
}

} // namespace paceline::notation
