#include "TrendChart.h"

#include "ChartTools.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

constexpr double kSecondsPerWeek = 7 * 24 * 3600.0;
/// Hovering anywhere within this many pixels of a week's point (or within its week,
/// when weeks are wider) picks it: the pointer need not hit the dot.
constexpr double kHoverPixels = 12.0;

QSharedPointer<QCPAxisTicker> paceTicker()
{
    auto ticker = QSharedPointer<QCPAxisTickerTime>::create();
    ticker->setTimeFormat(QStringLiteral("%m:%s"));
    ticker->setFieldWidth(QCPAxisTickerTime::tuMinutes, 1);
    return ticker;
}

} // namespace

TrendChart::TrendChart(QWidget* parent) : ChartFrame(parent)
{
    setUpGraphs();
    placeLegendBelow();
}

void TrendChart::setUpGraphs()
{
    QCustomPlot* chart = plot();
    m_medians = chart->addGraph();
    m_trend = chart->addGraph();
    chart->xAxis->grid()->setVisible(false);
    styleGraphs();
}

void TrendChart::styleGraphs()
{
    const QColor color = charts::seriesColor(0);
    m_medians->setPen(QPen(color, 2));
    m_medians->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, color, palette().color(QPalette::Base), 7));
    // The trend is a reading aid, not data: thinner, dashed, in the text's colour; and
    // fainter and dotted when the weeks scatter more than it moves, so the eye does
    // not take it for news.
    const bool clear = m_line && m_line->isClear;
    QColor trendColor = palette().color(QPalette::Text);
    trendColor.setAlpha(clear ? 150 : 90);
    m_trend->setPen(QPen(trendColor, 1.5, clear ? Qt::DashLine : Qt::DotLine));
    m_trend->setName(clear ? tr("Trend (least squares)")
                           : tr("Trend (least squares, within the scatter)"));
}

void TrendChart::paletteChanged()
{
    styleGraphs();
}

void TrendChart::setFormat(TrendFormat format)
{
    m_format = std::move(format);
    m_medians->setName(m_format.seriesName);
    QCPAxis* axis = plot()->yAxis;
    axis->setLabel(m_format.axisLabel);
    axis->setTicker(m_format.isPace ? paceTicker() : QSharedPointer<QCPAxisTicker>::create());
    // Faster is smaller: reversed, so better pace is higher, as runners read it.
    axis->setRangeReversed(m_format.isPace);
}

void TrendChart::setValues(std::vector<WeeklyValue> values, QDate firstDay, QDate lastDay)
{
    m_values = std::move(values);
    m_line = trendLine(m_values);
    QVector<double> keys;
    QVector<double> medians;
    for (const WeeklyValue& value : m_values) {
        keys << weekKey(value.weekStart);
        medians << value.median;
    }
    m_medians->setData(keys, medians, true);
    m_trend->data()->clear();
    if (m_line) {
        m_trend->addData(weekKey(m_line->firstWeek), m_line->firstValue);
        m_trend->addData(weekKey(m_line->lastWeek), m_line->lastValue);
    }
    m_trend->setVisible(m_line.has_value());
    styleGraphs();
    m_trend->removeFromLegend();
    if (m_line)
        m_trend->addToLegend();
    setTimeSpan(firstDay, lastDay);
    // Weekly points: ticks on the week starts (firstDay is one), never every other day
    // with the labels running into each other on a short range.
    charts::useWeekAxis(*plot()->xAxis, firstDay.dayOfWeek());
    setValueAxis();
    showPlot(!m_values.empty());
    plot()->replot();
}

void TrendChart::setValueAxis()
{
    if (m_values.empty())
        return;
    double low = m_values.front().median;
    double high = low;
    for (const WeeklyValue& value : m_values) {
        low = std::min(low, value.median);
        high = std::max(high, value.median);
    }
    if (m_line) {
        low = std::min({low, m_line->firstValue, m_line->lastValue});
        high = std::max({high, m_line->firstValue, m_line->lastValue});
    }
    const double span = std::max(high - low, m_format.minimumSpan);
    const double middle = (low + high) / 2.0;
    double lower = middle - span * 0.6;
    // CV and RPE cannot go below 0; an axis that does suggests they could.
    if (!m_format.isPace)
        lower = std::max(lower, 0.0);
    plot()->yAxis->setRange(lower, middle + span * 0.6);
}

int TrendChart::pointAt(const QPointF& pixel) const
{
    if (m_values.empty() || !isInPlotArea(pixel))
        return -1;
    const QCPAxis* axis = plot()->xAxis;
    const double halfWeek =
        std::abs(axis->coordToPixel(kSecondsPerWeek / 2.0) - axis->coordToPixel(0.0));
    const double reach = std::max(kHoverPixels, halfWeek);
    int nearest = -1;
    double nearestDistance = reach;
    for (size_t i = 0; i < m_values.size(); ++i) {
        const double distance =
            std::abs(axis->coordToPixel(weekKey(m_values[i].weekStart)) - pixel.x());
        if (distance <= nearestDistance) {
            nearest = int(i);
            nearestDistance = distance;
        }
    }
    return nearest;
}

QString TrendChart::toolTipAt(const QPointF& pixel) const
{
    const int index = pointAt(pixel);
    return index < 0 ? QString() : trendToolTip(m_values[size_t(index)], m_format);
}

void TrendChart::clickAt(const QPointF& pixel)
{
    const int index = pointAt(pixel);
    if (index >= 0)
        Q_EMIT weekClicked(m_values[size_t(index)].weekStart);
}

} // namespace paceline
