#include "SplitsChart.h"

#include "ChartTools.h"
#include "ZoneColors.h"

#include <QLabel>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

// Why speed, not pace, on the y axis: runners think "taller = faster", and a reversed
// pace axis would hang the bars from the top. So the bars are speeds (m/s) and the axis
// is labelled with the round paces those speeds correspond to; the axis starts just
// below the slowest rep, so a few seconds per km between reps are plainly visible.
//
// Recoveries are left out: their jog or standing "pace" would stretch the axis until
// the differences between work reps vanish, and what matters about them (done or cut
// short) is in the planned-versus-done list beside the chart.

namespace paceline {

namespace {

const QString kBandLayer = QStringLiteral("bands");
const QString kLineLayer = QStringLiteral("lines");
constexpr double kBarWidth = 0.6;
constexpr double kHoverHalfWidth = 0.45;
constexpr int kPlotMinimumHeight = 240;
constexpr int kEmptyStateHeight = 80;

/// Neutral, so a bar of any zone colour stands out against it.
QColor bandColor()
{
    return QColor(0x5a, 0x6b, 0x7d, 55);
}

const QColor kRpeColor(0x5b, 0x3f, 0x9e);
const QColor kHeartRateColor(0xb0, 0x1e, 0x4a);

} // namespace

SplitsChart::SplitsChart(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_empty(new QLabel), m_plot(new QCustomPlot)
{
    m_empty->setObjectName(QStringLiteral("splitsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No splits to chart. Log each work rep's distance and time to see "
                        "its pace against the plan here."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_plot);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_plot->setFocusPolicy(Qt::NoFocus);
    m_plot->setMouseTracking(true);
    charts::paintWithWindow(*m_plot);
    setUpPlot();
    setSplits({}, UnitSystem::Metric);
    connect(m_plot, &QCustomPlot::mouseMove, this, &SplitsChart::showToolTip);
}

void SplitsChart::setUpPlot()
{
    m_plot->setBackground(palette().base());
    m_plot->addLayer(kBandLayer, m_plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    // RPE and heart rate cross the bars: drawn above them so they never hide behind one.
    m_plot->addLayer(kLineLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);

    m_plot->xAxis->setLabel(tr("Work rep"));
    m_plot->xAxis->grid()->setVisible(false);
    auto repTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    repTicker->setTickStep(1.0);
    repTicker->setScaleStrategy(QCPAxisTickerFixed::ssNone); // every rep gets its number
    m_plot->xAxis->setTicker(repTicker);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 1, Qt::DotLine));
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setRange(0.0, 10.5);
    m_plot->yAxis2->setLabel(tr("RPE (0–10)"));
    auto rpeTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    rpeTicker->setTickStep(2.0);
    m_plot->yAxis2->setTicker(rpeTicker);
    m_heartRateAxis = m_plot->axisRect()->addAxis(QCPAxis::atRight);
    m_heartRateAxis->setLabel(tr("Avg HR (bpm)"));
    m_heartRateAxis->setLabelColor(kHeartRateColor);
    m_heartRateAxis->setTickLabelColor(kHeartRateColor);

    m_plot->setAutoAddPlottableToLegend(false); // rebuildLegend puts the bars first
    m_bandLegend = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bandLegend->setName(tr("Target pace band"));
    m_bandLegend->setBrush(bandColor());
    m_bandLegend->setPen(Qt::NoPen);

    m_rpe = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_rpe->setName(tr("RPE"));
    m_rpe->setLayer(kLineLayer);
    m_rpe->setPen(QPen(kRpeColor, 2));
    m_rpe->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kRpeColor, Qt::white, 8));
    m_heartRate = m_plot->addGraph(m_plot->xAxis, m_heartRateAxis);
    m_heartRate->setName(tr("Avg HR"));
    m_heartRate->setLayer(kLineLayer);
    m_heartRate->setPen(QPen(kHeartRateColor, 1.5, Qt::DashLine));
    m_heartRate->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssSquare, kHeartRateColor, kHeartRateColor, 6));

    // The legend goes under the plot, in one row, so it never covers a bar.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    legendRow->addElement(0, 0, m_plot->legend);
    legendRow->setMargins(QMargins(0, 0, 0, 4));
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(2); // two entries a row: the legend never sets a minimum width
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setVisible(true);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
}

void SplitsChart::setSplits(std::vector<SplitPoint> splits, UnitSystem units)
{
    m_splits = std::move(splits);
    m_units = units;
    QToolTip::hideText();
    m_stack->setCurrentWidget(m_splits.empty() ? static_cast<QWidget*>(m_empty) : m_plot);
    // The empty state is one sentence: it should not take a chart's room from the
    // rest of the screen.
    setMinimumHeight(m_splits.empty() ? 0 : kPlotMinimumHeight);
    setMaximumHeight(m_splits.empty() ? kEmptyStateHeight : QWIDGETSIZE_MAX);
    drawBars();
    drawBands();
    drawRpe();
    drawHeartRate();
    setPaceAxis();
    rebuildLegend();
    m_plot->xAxis->setRange(0.4, std::max<double>(double(m_splits.size()), 1.0) + 0.6);
    // Drawn with the window's next paint: replotting at once painted the whole window
    // (the session list too) a second time at each selection.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool SplitsChart::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void SplitsChart::drawBars()
{
    for (QCPBars* series : m_barSeries)
        m_plot->removePlottable(series);
    m_barSeries.clear();
    std::vector<std::optional<PaceZone>> zones;
    for (const SplitPoint& split : m_splits) {
        if (std::find(zones.begin(), zones.end(), split.zone) == zones.end())
            zones.push_back(split.zone);
    }
    for (const std::optional<PaceZone>& zone : zones) {
        QVector<double> keys;
        QVector<double> speeds;
        for (const SplitPoint& split : m_splits) {
            if (split.zone == zone) {
                keys << split.number;
                speeds << split.speed.metresPerSecond;
            }
        }
        QCPBars* series = addBarSeries(zone, zones.size() == 1);
        series->setData(keys, speeds, true);
    }
}

QCPBars* SplitsChart::addBarSeries(std::optional<PaceZone> zone, bool onlySeries)
{
    // A rep with a zone takes the zone's colour, as its step has in the builder; reps
    // planned without one (or freeform) are a neutral slate.
    auto* series = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    const QColor color = zoneColor(zone);
    series->setBrush(color);
    series->setPen(QPen(color.darker(130)));
    series->setWidth(kBarWidth);
    if (onlySeries && !zone)
        series->setName(tr("Pace of each work rep"));
    else if (zone)
        series->setName(tr("Pace (%1)").arg(enumLabel(*zone)));
    else
        series->setName(tr("Pace (no zone planned)"));
    m_barSeries.push_back(series);
    return series;
}

void SplitsChart::rebuildLegend()
{
    m_plot->legend->clearItems();
    for (QCPBars* series : m_barSeries)
        series->addToLegend();
    for (QCPAbstractPlottable* other :
         std::initializer_list<QCPAbstractPlottable*>{m_bandLegend, m_rpe, m_heartRate}) {
        if (other->visible())
            other->addToLegend();
    }
}

void SplitsChart::drawBands()
{
    m_plot->clearItems();
    bool anyBand = false;
    // One rectangle per run of consecutive reps with the same band, so "8 x 400 m @I"
    // reads as one shaded strip rather than eight boxes.
    for (size_t first = 0; first < m_splits.size();) {
        size_t last = first;
        const std::optional<PaceRange> band = m_splits[first].band;
        while (last + 1 < m_splits.size() && m_splits[last + 1].band == band)
            ++last;
        if (band) {
            auto* rect = new QCPItemRect(m_plot);
            rect->setLayer(kBandLayer);
            rect->topLeft->setCoords(m_splits[first].number - 0.5, band->fastest.metresPerSecond);
            rect->bottomRight->setCoords(m_splits[last].number + 0.5,
                                         band->slowest.metresPerSecond);
            rect->setBrush(bandColor());
            rect->setPen(QPen(bandColor().darker(160), 1, Qt::DashLine));
            rect->setSelectable(false);
            anyBand = true;
        }
        first = last + 1;
    }
    m_bandLegend->setVisible(anyBand);
}

void SplitsChart::drawRpe()
{
    QVector<double> keys;
    QVector<double> values;
    for (const SplitPoint& split : m_splits) {
        if (split.rpe) {
            keys << split.number;
            values << *split.rpe;
        }
    }
    m_rpe->setData(keys, values, true);
    const bool any = !keys.isEmpty();
    m_rpe->setVisible(any);
}

void SplitsChart::drawHeartRate()
{
    QVector<double> keys;
    QVector<double> values;
    for (const SplitPoint& split : m_splits) {
        if (split.avgHeartRate) {
            keys << split.number;
            values << *split.avgHeartRate;
        }
    }
    m_heartRate->setData(keys, values, true);
    const bool any = !keys.isEmpty();
    m_heartRate->setVisible(any);
    m_heartRateAxis->setVisible(any);
    if (any) {
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        m_heartRateAxis->setRange(std::floor(*low / 10.0) * 10.0 - 10.0,
                                  std::ceil(*high / 10.0) * 10.0 + 10.0);
    }
}

void SplitsChart::setPaceAxis()
{
    if (m_splits.empty())
        return;
    double slowest = m_splits.front().speed.metresPerSecond;
    double fastest = slowest;
    for (const SplitPoint& split : m_splits) {
        slowest = std::min(slowest, split.speed.metresPerSecond);
        fastest = std::max(fastest, split.speed.metresPerSecond);
        if (split.band) {
            slowest = std::min(slowest, split.band->slowest.metresPerSecond);
            fastest = std::max(fastest, split.band->fastest.metresPerSecond);
        }
    }
    // Room below the slowest rep (so it still shows a bar) and above the fastest.
    const double margin = std::max((fastest - slowest) * 0.25, fastest * 0.02);
    // Never down to zero or below: a speed of 0 has no pace, so the axis would lose
    // every label when the reps are far apart (a walked rep, a brick's swim and bike).
    const Speed bottom{std::max(slowest - margin, slowest * 0.5)};
    const Speed top{fastest + margin * 0.6};
    m_plot->yAxis->setRange(bottom.metresPerSecond, top.metresPerSecond);
    auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ticker->clear();
    for (const PaceTick& tick : paceTicks(bottom, top, m_units))
        ticker->addTick(tick.metresPerSecond, tick.label);
    m_plot->yAxis->setLabel(m_units == UnitSystem::Imperial ? tr("Pace (min/mi)")
                                                            : tr("Pace (min/km)"));
}

int SplitsChart::splitAt(const QPointF& pixel) const
{
    if (!m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return -1;
    const double key = m_plot->xAxis->pixelToCoord(pixel.x());
    for (size_t i = 0; i < m_splits.size(); ++i) {
        if (std::abs(key - m_splits[i].number) <= kHoverHalfWidth)
            return int(i);
    }
    return -1;
}

QString SplitsChart::toolTipFor(int index) const
{
    if (index < 0 || index >= int(m_splits.size()))
        return {};
    return splitToolTip(m_splits[size_t(index)], m_units);
}

void SplitsChart::showToolTip(QMouseEvent* event)
{
    const int index = splitAt(event->position());
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(index), m_plot);
}

} // namespace paceline
