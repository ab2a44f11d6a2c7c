#include "IntensityDistributionChart.h"

#include "ChartTools.h"
#include "TrendData.h"
#include "ZoneColors.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

constexpr double kSecondsPerWeek = 7 * 24 * 3600.0;
/// A gap between weeks, so each week reads as one bar.
constexpr double kBarWidth = kSecondsPerWeek * 0.75;

bool hasZoneTime(const std::vector<WeekZoneTime>& weeks)
{
    return std::any_of(weeks.begin(), weeks.end(),
                       [](const WeekZoneTime& week) { return totalSeconds(week.seconds) > 0.0; });
}

} // namespace

IntensityDistributionChart::IntensityDistributionChart(QWidget* parent) : ChartFrame(parent)
{
    setUpBars();
    placeLegendBelow();
    plot()->xAxis->grid()->setVisible(false);
}

void IntensityDistributionChart::setUpBars()
{
    QCPBars* below = nullptr;
    for (int index = 0; index < kLoadZoneCount; ++index) {
        const auto zone = LoadZone(index);
        auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        const QColor color = zoneColor(paceZoneOf(zone));
        bars->setName(loadZoneName(zone));
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(125)));
        bars->setWidth(kBarWidth);
        bars->setWidthType(QCPBars::wtPlotCoords);
        charts::drawCrisp(*bars);
        // Easy at the bottom, R on top: the hard part of a week is its cap.
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_bars[size_t(index)] = bars;
    }
}

void IntensityDistributionChart::setWeeks(std::vector<WeekZoneTime> weeks, QDate firstDay,
                                          QDate lastDay)
{
    m_weeks = std::move(weeks);
    setTimeSpan(firstDay, lastDay);
    // Weekly points: ticks on the week starts (firstDay is one), never every other day
    // with the labels running into each other on a short range.
    charts::useWeekAxis(*plot()->xAxis, firstDay.dayOfWeek());
    drawBars();
    showPlot(hasZoneTime(m_weeks));
    plot()->replot();
}

void IntensityDistributionChart::setMode(Mode mode)
{
    m_mode = mode;
    drawBars();
    plot()->replot();
}

void IntensityDistributionChart::drawBars()
{
    double highest = 0.0;
    for (int index = 0; index < kLoadZoneCount; ++index) {
        const auto zone = LoadZone(index);
        QVector<double> keys;
        QVector<double> values;
        for (const WeekZoneTime& week : m_weeks) {
            keys << weekKey(week.weekStart);
            values << (m_mode == Mode::Share ? zoneSharePercent(week.seconds, zone)
                                             : week.seconds[size_t(index)] / 3600.0);
        }
        m_bars[size_t(index)]->setData(keys, values, true);
    }
    for (const WeekZoneTime& week : m_weeks)
        highest = std::max(highest, totalSeconds(week.seconds) / 3600.0);
    if (m_mode == Mode::Share) {
        plot()->yAxis->setLabel(tr("Share of the week's zone time (%)"));
        plot()->yAxis->setRange(0.0, 100.0);
    } else {
        plot()->yAxis->setLabel(tr("Time per week (h)"));
        plot()->yAxis->setRange(0.0, std::max(std::ceil(highest * 1.1), 1.0));
    }
}

int IntensityDistributionChart::weekAt(const QPointF& pixel) const
{
    if (!isInPlotArea(pixel))
        return -1;
    const double key = plot()->xAxis->pixelToCoord(pixel.x());
    for (size_t i = 0; i < m_weeks.size(); ++i) {
        if (std::abs(key - weekKey(m_weeks[i].weekStart)) <= kSecondsPerWeek / 2.0)
            return int(i);
    }
    return -1;
}

QString IntensityDistributionChart::toolTipAt(const QPointF& pixel) const
{
    const int index = weekAt(pixel);
    return index < 0 ? QString() : intensityToolTip(m_weeks[size_t(index)]);
}

void IntensityDistributionChart::clickAt(const QPointF& pixel)
{
    const int index = weekAt(pixel);
    if (index >= 0)
        Q_EMIT weekClicked(m_weeks[size_t(index)].weekStart);
}

} // namespace paceline
