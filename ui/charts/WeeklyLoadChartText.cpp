// What hovering the weekly load chart says: a week's logged and planned load, how it
// splits, and the acute:chronic ratio at its end.

#include "WeeklyLoadChart.h"
#include "core/model/Intensity.h"

#include <algorithm>

namespace paceline {

QString WeeklyLoadChart::toolTipAt(const QPointF& pixel) const
{
    const QDate weekStart = weekAt(pixel);
    return weekStart.isValid() ? weekToolTip(weekStart) : QString();
}

QString WeeklyLoadChart::weekToolTip(QDate weekStart) const
{
    const LoadMeasure measure = m_data.measure;
    QStringList lines{tr("Week of %1").arg(charts::longDayText(weekStart))};
    const WeekFigures* logged = weekHolding(m_data, weekStart);
    if (logged) {
        lines << tr("Logged load: %1").arg(charts::loadWithUnit(logged->load, measure));
        if (const QString split = splitText(*logged); !split.isEmpty())
            lines << split;
    }
    if (const WeekLoad* planned = plannedWeekHolding(m_data, weekStart))
        lines << tr("Planned load: %1").arg(charts::loadWithUnit(planned->load, measure));
    // A rest projection's ratio is no forecast: only the plan's is shown ahead.
    const QDate lastRatioDay = m_data.projectionFromPlan ? m_data.lastShownDay() : m_data.last;
    const QDate weekEnd = std::min(weekStart.addDays(6), lastRatioDay);
    if (const QString ratio = ratioLine(weekEnd); !ratio.isEmpty())
        lines << ratio;
    lines << tr("Click to open this week in the planner.");
    return lines.join(QLatin1Char('\n'));
}

QString WeeklyLoadChart::splitText(const WeekFigures& week) const
{
    QStringList parts;
    if (m_stacking == LoadStacking::BySport) {
        for (const auto& [sport, load] : week.loadBySport) {
            if (load > 0.0)
                parts << QStringLiteral("%1 %2").arg(enumLabel(sport),
                                                     charts::loadWithUnit(load, m_data.measure));
        }
    } else {
        for (int zone = 0; zone < kLoadZoneCount; ++zone) {
            const double load = week.loadByZone[size_t(zone)];
            if (load > 0.0)
                parts << QStringLiteral("%1 %2").arg(enumId(charts::paceZoneOf(zone)),
                                                     charts::loadWithUnit(load, m_data.measure));
        }
    }
    // Only worth a line when there is more than one part to tell apart.
    return parts.size() > 1 ? parts.join(QStringLiteral(", ")) : QString();
}

QString WeeklyLoadChart::ratioLine(QDate day) const
{
    const DayFigures* figures = figuresOn(m_data, day);
    if (!figures || !figures->acwrEwma)
        return {};
    const QString when = figures->projected ? tr("as planned, %1") : tr("on %1");
    QString line =
        tr("Acute:chronic %1: %2 (EWMA)")
            .arg(when.arg(charts::shortDayText(day)), charts::ratioText(*figures->acwrEwma));
    if (figures->acwrRolling)
        line += tr(", %1 (rolling)").arg(charts::ratioText(*figures->acwrRolling));
    return line;
}

} // namespace paceline
