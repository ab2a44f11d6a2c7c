#include "RepeatsOverlayChart.h"

#include "ChartTools.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

/// A point counts as hovered within this many pixels of the pointer.
constexpr double kHoverPixels = 10.0;
constexpr int kMostNumberedReps = 16;

} // namespace

RepeatsOverlayChart::RepeatsOverlayChart(QWidget* parent) : ChartFrame(parent)
{
    setUpAxes();
    placeLegendBelow();
    // Dates of up to a dozen repeats: a few a row, not one long line.
    plot()->legend->setWrap(4);
}

void RepeatsOverlayChart::setUpAxes()
{
    QCustomPlot* chart = plot();
    chart->setAutoAddPlottableToLegend(false); // fillLegend puts the newest first
    chart->xAxis->setLabel(tr("Work rep"));
    chart->xAxis->grid()->setVisible(false);
    auto repTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    repTicker->setTickStep(1.0);
    chart->xAxis->setTicker(repTicker);
    auto paceTicker = QSharedPointer<QCPAxisTickerTime>::create();
    paceTicker->setTimeFormat(QStringLiteral("%m:%s"));
    paceTicker->setFieldWidth(QCPAxisTickerTime::tuMinutes, 1);
    chart->yAxis->setTicker(paceTicker);
    // Faster is smaller: reversed, so a faster rep sits higher.
    chart->yAxis->setRangeReversed(true);
}

void RepeatsOverlayChart::setRepeats(const std::vector<TemplateRepeat>& repeats, UnitSystem units)
{
    m_lines = repeatLines(repeats);
    m_units = units;
    drawLines();
    fillLegend();
    setPaceAxis();
    showPlot(!m_lines.empty());
    plot()->replot();
}

double RepeatsOverlayChart::paceOf(const SplitPoint& rep) const
{
    return rep.speed.paceFor(paceUnit(m_units)).seconds;
}

void RepeatsOverlayChart::drawLines()
{
    for (QCPGraph* graph : m_graphs)
        plot()->removeGraph(graph);
    m_graphs.clear();
    // Oldest first, so the newest is drawn last, on top.
    for (const RepeatLine& line : m_lines) {
        QCPGraph* graph = plot()->addGraph();
        graph->setName(QLocale().toString(line.day, QStringLiteral("d MMM yyyy")));
        for (const SplitPoint& rep : line.reps)
            graph->addData(rep.number, paceOf(rep));
        m_graphs.push_back(graph);
    }
    styleLines();
}

void RepeatsOverlayChart::styleLines()
{
    const int count = int(m_graphs.size());
    for (int index = 0; index < count; ++index) {
        const QColor color = repeatColor(charts::seriesColor(0), index, count);
        QCPGraph* graph = m_graphs[size_t(index)];
        graph->setPen(QPen(color, repeatPenWidth(index, count)));
        graph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, index == count - 1 ? 7.0 : 5.0));
    }
}

void RepeatsOverlayChart::paletteChanged()
{
    styleLines();
}

void RepeatsOverlayChart::fillLegend()
{
    QCPLegend* legend = plot()->legend;
    legend->clearItems();
    for (auto graph = m_graphs.rbegin(); graph != m_graphs.rend(); ++graph) {
        auto* item = new QCPPlottableLegendItem(legend, *graph);
        legend->addItem(item);
        if (graph == m_graphs.rbegin()) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
}

void RepeatsOverlayChart::setPaceAxis()
{
    if (m_lines.empty())
        return;
    int reps = 1;
    double fastest = paceOf(m_lines.front().reps.front());
    double slowest = fastest;
    for (const RepeatLine& line : m_lines) {
        reps = std::max(reps, int(line.reps.size()));
        for (const SplitPoint& rep : line.reps) {
            fastest = std::min(fastest, paceOf(rep));
            slowest = std::max(slowest, paceOf(rep));
        }
    }
    plot()->xAxis->setRange(0.5, reps + 0.5);
    // Every rep its number, until so many reps that the numbers would collide.
    auto ticker = plot()->xAxis->ticker().staticCast<QCPAxisTickerFixed>();
    ticker->setScaleStrategy(reps <= kMostNumberedReps ? QCPAxisTickerFixed::ssNone
                                                       : QCPAxisTickerFixed::ssMultiples);
    // At least 10 s of room: a few seconds between reps should look like a few seconds.
    const double margin = std::max((slowest - fastest) * 0.15, 5.0);
    plot()->yAxis->setRange(fastest - margin, slowest + margin);
    plot()->yAxis->setLabel(m_units == UnitSystem::Imperial ? tr("Pace (min/mi)")
                                                            : tr("Pace (min/km)"));
}

std::optional<RepeatsOverlayChart::PointIndex>
RepeatsOverlayChart::pointAt(const QPointF& pixel) const
{
    if (!isInPlotArea(pixel))
        return std::nullopt;
    std::optional<PointIndex> nearest;
    double nearestDistance = kHoverPixels;
    // Newest first: where lines cross, the one drawn on top wins.
    for (int line = int(m_lines.size()) - 1; line >= 0; --line) {
        const std::vector<SplitPoint>& reps = m_lines[size_t(line)].reps;
        for (int rep = 0; rep < int(reps.size()); ++rep) {
            const SplitPoint& point = reps[size_t(rep)];
            const QPointF at(plot()->xAxis->coordToPixel(point.number),
                             plot()->yAxis->coordToPixel(paceOf(point)));
            const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
            if (distance < nearestDistance) {
                nearest = PointIndex{line, rep};
                nearestDistance = distance;
            }
        }
    }
    return nearest;
}

QString RepeatsOverlayChart::toolTipAt(const QPointF& pixel) const
{
    const std::optional<PointIndex> point = pointAt(pixel);
    if (!point)
        return {};
    const RepeatLine& line = m_lines[size_t(point->line)];
    return repeatToolTip(line, line.reps[size_t(point->rep)], m_units);
}

void RepeatsOverlayChart::clickAt(const QPointF& pixel)
{
    if (const std::optional<PointIndex> point = pointAt(pixel))
        Q_EMIT sessionClicked(m_lines[size_t(point->line)].session);
}

} // namespace paceline
