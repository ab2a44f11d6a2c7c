#include "MonotonyChart.h"

#include "ChartTools.h"
#include "core/advice/FatigueThresholds.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <limits>

namespace paceline {

namespace {

constexpr double kDay = 24.0 * 60.0 * 60.0;
constexpr double kBarWidth = 7.0 * kDay * 0.72;
const QString kLineLayer = QStringLiteral("lines");
const QColor kStrainColor = charts::seriesColor(9);
const QColor kMonotonyColor = charts::seriesColor(4);
const QColor kLimitColor(0xd0, 0x45, 0x4c);
/// The monotony axis shows at least 0-3, so Foster's 2.0 sits in the same place.
constexpr double kLowestMonotonyTop = 3.0;

double weekKey(QDate weekStart)
{
    return charts::dayKey(weekStart.addDays(3));
}

} // namespace

MonotonyChart::MonotonyChart(QWidget* parent) : ChartFrame(parent)
{
    setObjectName(QStringLiteral("monotonyChart"));
    setExportName(tr("Monotony and strain"));
    setEmptyText(tr("No weeks to show."));
    setUpPlot();
    setData({});
}

void MonotonyChart::setUpPlot()
{
    QCustomPlot* plot = this->plot();
    plot->addLayer(kLineLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->xAxis->grid()->setVisible(false);
    // Daily lines over years zigzag: stroked as one polyline, their outline crosses
    // itself thousands of times and a replot takes a tenth of a second; as segments, ms.
    plot->setPlottingHint(QCP::phFastPolylines, true);
    plot->yAxis2->setVisible(true);
    plot->yAxis2->setLabel(tr("monotony (ratio)"));
    plot->yAxis2->grid()->setVisible(false);
    m_strain = new QCPBars(plot->xAxis, plot->yAxis);
    m_strain->setName(tr("Strain (weekly load × monotony)"));
    m_strain->setWidth(kBarWidth);
    charts::drawCrisp(*m_strain);
    m_monotony = plot->addGraph(plot->xAxis, plot->yAxis2);
    m_monotony->setName(tr("Monotony (mean daily load ÷ its SD)"));
    m_monotony->setLayer(kLineLayer);
    const QPen limitPen(kLimitColor, 1.5, Qt::DashLine);
    charts::addValueLine(*plot->yAxis2, advice::kMonotonyLimit, limitPen);
    charts::addLegendEntry(
        *plot,
        tr("Monotonous above %1 (Foster)").arg(QLocale().toString(advice::kMonotonyLimit, 'f', 1)),
        Qt::NoBrush, limitPen)
        ->addToLegend();
    charts::placeLegendBelow(*plot, 3);
    paletteChanged();
}

void MonotonyChart::paletteChanged()
{
    QColor fill = kStrainColor;
    fill.setAlpha(150);
    m_strain->setBrush(fill);
    m_strain->setPen(QPen(kStrainColor.darker(120)));
    m_monotony->setPen(QPen(kMonotonyColor, 2.0));
    m_monotony->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kMonotonyColor,
                                                palette().color(QPalette::Base), 6));
}

void MonotonyChart::setData(const LoadChartData& data)
{
    m_data = data;
    plot()->yAxis->setLabel(tr("strain (%1)").arg(charts::loadUnit(m_data.measure)));
    showPlot(!m_data.weeks.empty());
    // The same days as the other load charts, so their weeks line up when stacked.
    if (!m_data.weeks.empty()) {
        setTimeSpan(m_data.first, m_data.lastShownDay());
        charts::useWeekAxis(*plot()->xAxis, m_data.weekStartsOn);
    }
    draw();
}

void MonotonyChart::draw()
{
    QVector<double> keys;
    QVector<double> strains;
    QVector<double> monotonies;
    double highestStrain = 0.0;
    double highestMonotony = kLowestMonotonyTop;
    for (const WeekFigures& week : m_data.weeks) {
        keys << weekKey(week.weekStart);
        strains << week.strain.value_or(0.0);
        // A week with no variation has no monotony: a gap, not a zero.
        monotonies << week.monotony.value_or(std::numeric_limits<double>::quiet_NaN());
        highestStrain = std::max(highestStrain, week.strain.value_or(0.0));
        highestMonotony = std::max(highestMonotony, week.monotony.value_or(0.0) * 1.1);
    }
    m_strain->setData(keys, strains, true);
    m_monotony->setData(keys, monotonies, true);
    plot()->yAxis->setRange(0.0, highestStrain > 0.0 ? highestStrain * 1.12 : 100.0);
    plot()->yAxis2->setRange(0.0, highestMonotony);
    plot()->replot(QCustomPlot::rpQueuedReplot); // one replot for several changes
}

QDate MonotonyChart::weekAt(const QPointF& pixel) const
{
    if (!isInPlotArea(pixel))
        return {};
    const QDate day = charts::dayFromKey(plot()->xAxis->pixelToCoord(pixel.x()));
    const WeekFigures* week = weekHolding(m_data, day);
    return week ? week->weekStart : QDate();
}

QString MonotonyChart::toolTipAt(const QPointF& pixel) const
{
    const WeekFigures* week = weekHolding(m_data, weekAt(pixel));
    if (!week)
        return {};
    const LoadMeasure measure = m_data.measure;
    QStringList lines{tr("Week of %1").arg(charts::longDayText(week->weekStart))};
    if (week->monotony && week->strain) {
        lines << tr("Monotony %1 (ratio)").arg(charts::ratioText(*week->monotony));
        lines << tr("Strain %1").arg(charts::loadWithUnit(*week->strain, measure));
    } else {
        lines << tr("No monotony: every day had the same load");
    }
    lines << tr("Load %1").arg(charts::loadWithUnit(week->load, measure));
    lines << tr("Click to open this week in the planner.");
    return lines.join(QLatin1Char('\n'));
}

void MonotonyChart::clickAt(const QPointF& pixel)
{
    const QDate weekStart = weekAt(pixel);
    if (weekStart.isValid())
        Q_EMIT weekRequested(weekStart);
}

} // namespace paceline
