#include "TrendBands.h"

#include "core/model/InputLimits.h"
#include "core/model/TimeText.h"
#include "core/science/Stability.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace paceline::cli {

namespace {

// The same "on pace" margin as a Daniels point pace gets in the stability figures
// (docs/logging.md), so "RPE at T pace" counts the reps those call on target.
constexpr double kThresholdBandFraction = 0.02;

/// "A-B" as its two trimmed halves; nullopt without exactly one dash.
std::optional<std::pair<QString, QString>> halves(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    return std::pair{parts[0].trimmed(), parts[1].trimmed()};
}

std::optional<double> rpeValue(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    // QString::toDouble reads "nan" too, which would compare as inside every band.
    if (!ok || !(value >= limits::kMinRpe && value <= limits::kMaxRpe))
        return std::nullopt;
    return value;
}

std::optional<int> heartRateValue(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < limits::kMinHeartRate || value > limits::kMaxHeartRate)
        return std::nullopt;
    return value;
}

std::optional<double> paceSeconds(const QString& text)
{
    const Result<Duration> pace = parseDuration(text);
    if (!pace || !(pace->seconds >= limits::kFastestPaceSecondsPerKm &&
                   pace->seconds <= limits::kSlowestPaceSecondsPerKm))
        return std::nullopt;
    return pace->seconds;
}

} // namespace

Result<EffortBand> rpeBandFromText(const QString& option, const QString& text)
{
    const auto parts = halves(text);
    const std::optional<double> low = parts ? rpeValue(parts->first) : std::nullopt;
    const std::optional<double> high = parts ? rpeValue(parts->second) : std::nullopt;
    if (!low || !high || *low > *high)
        return Error{QStringLiteral("--%1 '%2' is not an RPE band LOW-HIGH from 0 to 10, "
                                    "e.g. 7-8")
                         .arg(option, text)};
    EffortBand band;
    band.rpeLow = *low;
    band.rpeHigh = *high;
    return band;
}

Result<EffortBand> heartRateBandFromText(const QString& option, const QString& text)
{
    const auto parts = halves(text);
    const std::optional<int> low = parts ? heartRateValue(parts->first) : std::nullopt;
    const std::optional<int> high = parts ? heartRateValue(parts->second) : std::nullopt;
    if (!low || !high || *low > *high)
        return Error{QStringLiteral("--%1 '%2' is not a heart-rate band LOW-HIGH in beats per "
                                    "minute from %3 to %4, e.g. 150-160")
                         .arg(option, text)
                         .arg(limits::kMinHeartRate)
                         .arg(limits::kMaxHeartRate)};
    EffortBand band;
    band.heartRateLow = *low;
    band.heartRateHigh = *high;
    return band;
}

Result<PaceRange> paceBandFromText(const QString& option, const QString& text)
{
    const auto parts = halves(text);
    const std::optional<double> first = parts ? paceSeconds(parts->first) : std::nullopt;
    const std::optional<double> second = parts ? paceSeconds(parts->second) : std::nullopt;
    if (!first || !second)
        return Error{QStringLiteral("--%1 '%2' is not a pace band MM:SS-MM:SS per km from %3 "
                                    "to %4, e.g. 3:55-4:05")
                         .arg(option, text,
                              formatDuration(Duration{limits::kFastestPaceSecondsPerKm}),
                              formatDuration(Duration{limits::kSlowestPaceSecondsPerKm}))};
    return PaceRange{.slowest = Speed::fromSecondsPerKilometre(std::max(*first, *second)),
                     .fastest = Speed::fromSecondsPerKilometre(std::min(*first, *second))};
}

std::optional<PaceRange> thresholdPaceBand(const Athlete& athlete)
{
    const std::optional<TrainingPaces> paces = athletePaces(athlete);
    if (!paces || !(paces->threshold.metresPerSecond > 0.0))
        return std::nullopt;
    // +-2 % of the pace: the pace p x 1.02 is the speed v / 1.02.
    const double speed = paces->threshold.metresPerSecond;
    return PaceRange{.slowest = {speed / (1.0 + kThresholdBandFraction)},
                     .fastest = {speed / (1.0 - kThresholdBandFraction)}};
}

} // namespace paceline::cli
