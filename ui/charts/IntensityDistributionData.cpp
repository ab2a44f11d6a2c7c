#include "IntensityDistributionData.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <numeric>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::IntensityDistributionChart", text);
}

QString percentText(double percent)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(std::lround(percent)));
}

} // namespace

PaceZone paceZoneOf(LoadZone zone)
{
    switch (zone) {
    case LoadZone::Easy:
        return PaceZone::Easy;
    case LoadZone::Marathon:
        return PaceZone::Marathon;
    case LoadZone::Threshold:
        return PaceZone::Threshold;
    case LoadZone::Interval:
        return PaceZone::Interval;
    case LoadZone::Repetition:
        return PaceZone::Repetition;
    }
    return PaceZone::Easy;
}

QString loadZoneName(LoadZone zone)
{
    const PaceZone paceZone = paceZoneOf(zone);
    return QStringLiteral("%1 (%2)").arg(enumId(paceZone), enumLabel(paceZone).toLower());
}

double totalSeconds(const ZoneSeconds& seconds)
{
    return std::accumulate(seconds.begin(), seconds.end(), 0.0);
}

double zoneSharePercent(const ZoneSeconds& seconds, LoadZone zone)
{
    const double total = totalSeconds(seconds);
    return total > 0.0 ? seconds[size_t(zone)] / total * 100.0 : 0.0;
}

QString zoneTimeText(double seconds)
{
    const long minutes = std::lround(seconds / 60.0);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString intensityToolTip(const WeekZoneTime& week)
{
    QStringList lines{
        tr("Week of %1").arg(QLocale().toString(week.weekStart, QStringLiteral("d MMM yyyy")))};
    for (int index = 0; index < kLoadZoneCount; ++index) {
        const auto zone = LoadZone(index);
        lines << tr("%1: %2 (%3)")
                     .arg(loadZoneName(zone), zoneTimeText(week.seconds[size_t(index)]),
                          percentText(zoneSharePercent(week.seconds, zone)));
    }
    lines << tr("Total in zones: %1").arg(zoneTimeText(totalSeconds(week.seconds)));
    return lines.join(QLatin1Char('\n'));
}

QString easyHardSplitText(const std::vector<WeekZoneTime>& weeks)
{
    ZoneSeconds sum{};
    for (const WeekZoneTime& week : weeks) {
        for (size_t zone = 0; zone < sum.size(); ++zone)
            sum[zone] += week.seconds[zone];
    }
    if (!(totalSeconds(sum) > 0.0))
        return {};
    const double easy = zoneSharePercent(sum, LoadZone::Easy);
    return tr("Over these weeks %1 of the time in zones was easy (E), %2 at M pace or faster.")
        .arg(percentText(easy), percentText(100.0 - easy));
}

} // namespace paceline
