#include "TrendReadings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::TrendsPanel", text);
}

QString paceCvReading(double slope)
{
    return slope < 0.0
               ? tr("Pace CV falling %1 % a week: reps are getting steadier.").arg(slopeText(slope))
               : tr("Pace CV rising %1 % a week: reps are getting less even.")
                     .arg(slopeText(slope));
}

QString paceChangeText(double slope, UnitSystem units)
{
    return QStringLiteral("%1 %2").arg(slopeText(slope),
                                       units == UnitSystem::Imperial ? tr("s/mi") : tr("s/km"));
}

QString paceAtEffortReading(double slope, UnitSystem units)
{
    const QString change = paceChangeText(slope, units);
    return slope < 0.0
               ? tr("Pace getting faster by %1 a week: the same effort gives a faster pace.")
                     .arg(change)
               : tr("Pace getting slower by %1 a week: the same effort gives a slower pace.")
                     .arg(change);
}

QString paceAtHeartRateReading(double slope, UnitSystem units)
{
    const QString change = paceChangeText(slope, units);
    return slope < 0.0
               ? tr("Pace getting faster by %1 a week: the same heart rate gives a faster pace.")
                     .arg(change)
               : tr("Pace getting slower by %1 a week: the same heart rate gives a slower pace.")
                     .arg(change);
}

QString effortAtPaceReading(double slope)
{
    return slope < 0.0
               ? tr("RPE falling %1 a week: the same pace feels easier.").arg(slopeText(slope))
               : tr("RPE rising %1 a week: the same pace feels harder.").arg(slopeText(slope));
}

QString noClearTrend(TrendMeasure measure)
{
    switch (measure) {
    case TrendMeasure::PaceCv:
        return tr("No clear trend in pace CV yet: the ups and downs from week to week "
                  "outweigh the drift.");
    case TrendMeasure::PaceAtEffort:
        return tr("No clear trend in pace at this effort yet: the ups and downs from week to "
                  "week outweigh the drift.");
    case TrendMeasure::PaceAtHeartRate:
        return tr("No clear trend in pace at this heart rate yet: the ups and downs from week "
                  "to week outweigh the drift.");
    case TrendMeasure::EffortAtPace:
        return tr("No clear trend in RPE at this pace yet: the ups and downs from week to week "
                  "outweigh the drift.");
    }
    return {};
}

} // namespace

QString slopeText(double slope)
{
    const double size = std::abs(slope);
    if (!(size > 0.0))
        return QLocale().toString(0);
    // Two significant digits, in plain decimals (never "1e-05").
    const int decimals = std::clamp(1 - int(std::floor(std::log10(size))), 0, 4);
    return QLocale().toString(size, 'f', decimals);
}

QString trendReading(TrendMeasure measure, const std::optional<TrendLine>& line, UnitSystem units)
{
    if (!line)
        return tr("Not enough weeks to call a trend yet: it takes 3 weeks with data.");
    // A slope the scatter explains would be read as news when it is noise.
    if (!line->isClear)
        return noClearTrend(measure);
    switch (measure) {
    case TrendMeasure::PaceCv:
        return paceCvReading(line->slopePerWeek);
    case TrendMeasure::PaceAtEffort:
        return paceAtEffortReading(line->slopePerWeek, units);
    case TrendMeasure::PaceAtHeartRate:
        return paceAtHeartRateReading(line->slopePerWeek, units);
    case TrendMeasure::EffortAtPace:
        return effortAtPaceReading(line->slopePerWeek);
    }
    return {};
}

} // namespace paceline
