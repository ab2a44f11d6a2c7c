#include "WeeklyLoadChart.h"

#include "ChartTools.h"
#include "ZoneColors.h"
#include "core/advice/FatigueThresholds.h"
#include "core/model/Intensity.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paceline {

namespace {

constexpr double kDay = 24.0 * 60.0 * 60.0;
/// Bars leave a gap between weeks, where the ratio band shows through.
constexpr double kBarWidth = 7.0 * kDay * 0.72;
const QString kBandLayer = QStringLiteral("bands");
const QString kLineLayer = QStringLiteral("lines");
/// Green, translucent: the "sweet spot" reads as a safe corridor in light and dark.
const QColor kBandColor(0x3f, 0xa3, 0x4d, 50);
const QColor kDangerColor(0xd0, 0x45, 0x4c);
/// The ratio axis shows at least 0-2, so 1.5 sits in the same place week after week.
constexpr double kLowestRatioTop = 2.0;

/// Bars are centred on the middle day of their week.
double weekKey(QDate weekStart)
{
    return charts::dayKey(weekStart.addDays(3));
}

QString zoneName(int loadZone)
{
    const PaceZone zone = charts::paceZoneOf(loadZone);
    return QStringLiteral("%1 (%2)").arg(enumId(zone), enumLabel(zone).toLower());
}

double nanIfAbsent(const std::optional<double>& value)
{
    return value ? *value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

WeeklyLoadChart::WeeklyLoadChart(QWidget* parent) : ChartFrame(parent)
{
    setObjectName(QStringLiteral("weeklyLoadChart"));
    setExportName(tr("Weekly load"));
    setEmptyText(tr("No weeks to show."));
    setUpPlot();
    setData({});
}

void WeeklyLoadChart::setUpPlot()
{
    QCustomPlot* plot = this->plot();
    plot->addLayer(kBandLayer, plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    // The ratio lines cross the bars: above them, so no bar hides a day.
    plot->addLayer(kLineLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->setAutoAddPlottableToLegend(false); // rebuildLegend lists the stack first
    // Daily lines over years zigzag: stroked as one polyline, their outline crosses
    // itself thousands of times and a replot takes a tenth of a second; as segments, ms.
    plot->setPlottingHint(QCP::phFastPolylines, true);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis2->setVisible(true);
    plot->yAxis2->setLabel(tr("acute:chronic (ratio)"));
    plot->yAxis2->grid()->setVisible(false);

    m_planned = new QCPBars(plot->xAxis, plot->yAxis);
    m_planned->setName(tr("Planned"));
    m_planned->setWidth(kBarWidth);
    charts::drawCrisp(*m_planned);
    m_ewma = plot->addGraph(plot->xAxis, plot->yAxis2);
    m_ewma->setName(tr("Acute:chronic (EWMA)"));
    m_ewma->setLayer(kLineLayer);
    m_ewmaPlanned = plot->addGraph(plot->xAxis, plot->yAxis2);
    m_ewmaPlanned->setName(tr("Acute:chronic as planned"));
    m_ewmaPlanned->setLayer(kLineLayer);
    m_rolling = plot->addGraph(plot->xAxis, plot->yAxis2);
    m_rolling->setName(tr("Acute:chronic (rolling)"));
    m_rolling->setLayer(kLineLayer);
    m_rolling->setVisible(false);

    // Named in the legend, not on the plot, where a label would cover some week.
    charts::addValueBand(*plot->yAxis2, kAcwrBandLow, kAcwrBandHigh, kBandColor, kBandLayer);
    const QPen dangerPen(kDangerColor, 1.5, Qt::DashLine);
    charts::addValueLine(*plot->yAxis2, advice::kAcuteChronicLimit, dangerPen);
    m_bandEntry = charts::addLegendEntry(*plot,
                                         tr("Sweet spot %1–%2")
                                             .arg(QLocale().toString(kAcwrBandLow, 'f', 1),
                                                  QLocale().toString(kAcwrBandHigh, 'f', 1)),
                                         QBrush(kBandColor), Qt::NoPen);
    m_dangerEntry = charts::addLegendEntry(
        *plot, tr("Danger above %1").arg(QLocale().toString(advice::kAcuteChronicLimit, 'f', 1)),
        Qt::NoBrush, dangerPen);
    charts::placeLegendBelow(*plot, 5);
    paletteChanged();
}

void WeeklyLoadChart::paletteChanged()
{
    const QColor text = palette().color(QPalette::WindowText);
    m_ewma->setPen(QPen(text, 2.0));
    m_ewmaPlanned->setPen(QPen(text, 2.0, Qt::DashLine));
    m_rolling->setPen(QPen(charts::seriesColor(6), 1.5));
    m_planned->setPen(QPen(text, 1.0, Qt::DashLine));
    m_planned->setBrush(QBrush(text, Qt::BDiagPattern));
}

void WeeklyLoadChart::setData(const LoadChartData& data)
{
    m_data = data;
    plot()->yAxis->setLabel(tr("weekly %1").arg(charts::loadAxisLabel(m_data.measure)));
    showPlot(!m_data.weeks.empty());
    if (!m_data.weeks.empty()) {
        setTimeSpan(m_data.first, m_data.lastShownDay());
        charts::useWeekAxis(*plot()->xAxis, m_data.weekStartsOn);
    }
    draw();
}

void WeeklyLoadChart::setStacking(LoadStacking stacking)
{
    m_stacking = stacking;
    draw();
}

bool WeeklyLoadChart::showsRollingRatio() const
{
    return m_rolling->visible();
}

void WeeklyLoadChart::setShowRollingRatio(bool show)
{
    m_rolling->setVisible(show);
    rebuildLegend();
    plot()->replot(QCustomPlot::rpQueuedReplot); // one replot for several changes
}

void WeeklyLoadChart::draw()
{
    drawStack();
    drawPlanned();
    drawRatios();
    setValueRanges();
    rebuildLegend();
    plot()->replot(QCustomPlot::rpQueuedReplot); // one replot for several changes
}

QCPBars* WeeklyLoadChart::addStackBar(const QString& name, const QColor& color)
{
    auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars->setName(name);
    bars->setBrush(color);
    bars->setPen(QPen(color.darker(125)));
    bars->setWidth(kBarWidth);
    bars->setStackingGap(0);
    charts::drawCrisp(*bars);
    if (!m_stack.empty())
        bars->moveAbove(m_stack.back());
    m_stack.push_back(bars);
    return bars;
}

void WeeklyLoadChart::drawStack()
{
    for (QCPBars* bars : m_stack)
        plot()->removePlottable(bars);
    m_stack.clear();
    QVector<double> keys;
    for (const WeekFigures& week : m_data.weeks)
        keys << weekKey(week.weekStart);
    // Bottom to top in the enums' order: run under bike, easy under hard.
    const auto addIfAny = [&](const QString& name, const QColor& color,
                              const QVector<double>& values) {
        if (std::any_of(values.begin(), values.end(), [](double v) { return v > 0.0; }))
            addStackBar(name, color)->setData(keys, values, true);
    };
    if (m_stacking == LoadStacking::BySport) {
        for (const auto& entry : enumEntries<Sport>()) {
            QVector<double> values;
            for (const WeekFigures& week : m_data.weeks) {
                const auto found = week.loadBySport.find(entry.value);
                values << (found != week.loadBySport.end() ? found->second : 0.0);
            }
            addIfAny(enumLabel(entry.value), charts::seriesColor(int(entry.value)), values);
        }
        return;
    }
    for (int zone = 0; zone < kLoadZoneCount; ++zone) {
        QVector<double> values;
        for (const WeekFigures& week : m_data.weeks)
            values << week.loadByZone[size_t(zone)];
        addIfAny(zoneName(zone), zoneColor(charts::paceZoneOf(zone)), values);
    }
}

void WeeklyLoadChart::drawPlanned()
{
    QVector<double> keys;
    QVector<double> values;
    for (const WeekLoad& week : m_data.plannedWeeks) {
        keys << weekKey(week.weekStart);
        values << week.load;
    }
    m_planned->setData(keys, values, true);
    // The week in progress: its planned rest sits on top of what is logged.
    m_planned->moveAbove(m_stack.empty() ? nullptr : m_stack.back());
    m_planned->setVisible(!keys.isEmpty());
}

void WeeklyLoadChart::drawRatios()
{
    QVector<double> keys;
    QVector<double> ewma;
    QVector<double> rolling;
    for (const DayFigures& day : m_data.days) {
        keys << charts::dayKey(day.day);
        ewma << nanIfAbsent(day.acwrEwma);
        rolling << nanIfAbsent(day.acwrRolling);
    }
    m_ewma->setData(keys, ewma, true);
    m_rolling->setData(keys, rolling, true);
    // The planned ratio only means something when the projection follows the plan;
    // it starts on the last logged day so the two lines join.
    QVector<double> plannedKeys;
    QVector<double> planned;
    if (m_data.projectionFromPlan && !m_data.days.empty()) {
        plannedKeys << keys.back();
        planned << ewma.back();
        for (const DayFigures& day : m_data.projection) {
            plannedKeys << charts::dayKey(day.day);
            planned << nanIfAbsent(day.acwrEwma);
        }
    }
    m_ewmaPlanned->setData(plannedKeys, planned, true);
    m_ewmaPlanned->setVisible(plannedKeys.size() > 1);
}

void WeeklyLoadChart::setValueRanges()
{
    double highestLoad = 0.0;
    for (const WeekFigures& week : m_data.weeks)
        highestLoad = std::max(highestLoad, week.load);
    for (const WeekLoad& week : m_data.plannedWeeks) {
        const WeekFigures* logged = weekHolding(m_data, week.weekStart);
        highestLoad = std::max(highestLoad, week.load + (logged ? logged->load : 0.0));
    }
    plot()->yAxis->setRange(0.0, highestLoad > 0.0 ? highestLoad * 1.12 : 100.0);
    double highestRatio = kLowestRatioTop;
    for (const QCPGraph* graph : {m_ewma, m_ewmaPlanned, m_rolling}) {
        for (auto point = graph->data()->constBegin(); point != graph->data()->constEnd();
             ++point) {
            if (!std::isnan(point->value))
                highestRatio = std::max(highestRatio, point->value * 1.08);
        }
    }
    plot()->yAxis2->setRange(0.0, highestRatio);
}

void WeeklyLoadChart::rebuildLegend()
{
    QCPLegend* legend = plot()->legend;
    legend->clearItems();
    for (QCPBars* bars : m_stack)
        bars->addToLegend();
    for (QCPAbstractPlottable* other : std::initializer_list<QCPAbstractPlottable*>{
             m_planned, m_ewma, m_ewmaPlanned, m_rolling, m_bandEntry, m_dangerEntry}) {
        if (other->visible())
            other->addToLegend();
    }
}

QDate WeeklyLoadChart::weekAt(const QPointF& pixel) const
{
    if (!isInPlotArea(pixel))
        return {};
    const QDate day = charts::dayFromKey(plot()->xAxis->pixelToCoord(pixel.x()));
    if (const WeekFigures* week = weekHolding(m_data, day))
        return week->weekStart;
    if (const WeekLoad* planned = plannedWeekHolding(m_data, day))
        return planned->weekStart;
    return {};
}

void WeeklyLoadChart::clickAt(const QPointF& pixel)
{
    const QDate weekStart = weekAt(pixel);
    if (weekStart.isValid())
        Q_EMIT weekRequested(weekStart);
}

} // namespace paceline
