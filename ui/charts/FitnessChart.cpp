#include "FitnessChart.h"

#include "ChartTools.h"

#include <qcustomplot.h>

#include <algorithm>
#include <array>

namespace paceline {

namespace {

constexpr double kHalfDay = 12.0 * 60.0 * 60.0;
const QString kLineLayer = QStringLiteral("lines");
// TrainingPeaks' colours for the same three lines, which many coaches know:
// fitness blue, fatigue pink, form orange.
const QColor kFitnessColor = charts::seriesColor(0);
const QColor kFatigueColor = charts::seriesColor(6);
const QColor kFormColor = charts::seriesColor(1);

/// Sets the three lines to the days' fitness, fatigue and form (each day's key, a
/// local-time conversion, worked out once for the three).
void setLines(const std::array<QCPGraph*, 3>& lines, const std::vector<const DayFigures*>& days)
{
    QVector<double> keys;
    std::array<QVector<double>, 3> values;
    keys.reserve(qsizetype(days.size()));
    for (QVector<double>& line : values)
        line.reserve(qsizetype(days.size()));
    for (const DayFigures* day : days) {
        keys << charts::dayKey(day->day);
        values[0] << day->fitness;
        values[1] << day->fatigue;
        values[2] << day->form;
    }
    for (size_t i = 0; i < lines.size(); ++i)
        lines[i]->setData(keys, values[i], /*alreadySorted=*/true);
}

} // namespace

FitnessChart::FitnessChart(QWidget* parent) : ChartFrame(parent)
{
    setObjectName(QStringLiteral("fitnessChart"));
    setExportName(tr("Fitness, fatigue and form"));
    setEmptyText(tr("No days to show."));
    setUpPlot();
    setData({});
}

QCPGraph* FitnessChart::addLine(const QString& name)
{
    QCPGraph* graph = plot()->addGraph();
    graph->setName(name);
    graph->setLayer(kLineLayer);
    return graph;
}

void FitnessChart::setUpPlot()
{
    QCustomPlot* plot = this->plot();
    plot->addLayer(kLineLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot->setAutoAddPlottableToLegend(false);
    // Daily lines over years zigzag: stroked as one polyline, their outline crosses
    // itself thousands of times and a replot takes a tenth of a second; as segments, ms.
    plot->setPlottingHint(QCP::phFastPolylines, true);
    m_fitness = addLine(tr("Fitness (42-day)"));
    m_fatigue = addLine(tr("Fatigue (7-day)"));
    m_form = addLine(tr("Form (fitness − fatigue)"));
    m_fitnessAhead = addLine(QString());
    m_fatigueAhead = addLine(QString());
    m_formAhead = addLine(QString());
    m_aheadLegend = addLine(QString());
    for (QCPGraph* graph : {m_fitness, m_fatigue, m_form, m_aheadLegend})
        graph->addToLegend();

    m_now = new QCPItemStraightLine(plot);
    m_now->setSelectable(false);
    m_nowLabel = new QCPItemText(plot);
    m_nowLabel->setSelectable(false);
    m_nowLabel->setClipToAxisRect(true);
    m_nowLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_nowLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // Left of the line, so it is never cut off at the right edge, pointing across it.
    m_nowLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_nowLabel->setPadding(QMargins(4, 2, 4, 2));
    charts::placeLegendBelow(*plot, 4);
    paletteChanged();
}

void FitnessChart::paletteChanged()
{
    const QColor text = palette().color(QPalette::WindowText);
    m_fitness->setPen(QPen(kFitnessColor, 2.5));
    m_fatigue->setPen(QPen(kFatigueColor, 1.5));
    m_form->setPen(QPen(kFormColor, 2.0));
    m_fitnessAhead->setPen(QPen(kFitnessColor, 2.5, Qt::DashLine));
    m_fatigueAhead->setPen(QPen(kFatigueColor, 1.5, Qt::DashLine));
    m_formAhead->setPen(QPen(kFormColor, 2.0, Qt::DashLine));
    m_aheadLegend->setPen(QPen(text, 1.5, Qt::DashLine));
    m_now->setPen(QPen(text, 1.0, Qt::DotLine));
    m_nowLabel->setColor(text);
}

void FitnessChart::setData(const LoadChartData& data)
{
    m_data = data;
    plot()->yAxis->setLabel(tr("daily load (%1)").arg(charts::loadUnit(m_data.measure)));
    m_aheadLegend->setName(m_data.projectionFromPlan ? tr("Dashed: as planned")
                                                     : tr("Dashed: if resting"));
    showPlot(!m_data.days.empty());
    if (!m_data.days.empty()) {
        setTimeSpan(m_data.first, m_data.lastShownDay());
        charts::useWeekAxis(*plot()->xAxis, m_data.weekStartsOn);
    }
    draw();
}

QString FitnessChart::projectionNote() const
{
    if (m_data.projection.empty() || m_data.projectionFromPlan)
        return {};
    return m_data.measure == LoadMeasure::SessionRpe
               ? tr("Nothing is planned for the coming weeks: the dashed lines show how "
                    "fitness and fatigue would fall with rest.")
               : tr("Plans estimate session-RPE load only, so with this load measure the "
                    "dashed lines show rest (how fitness and fatigue would fall), not the "
                    "plan. Choose Session RPE in Preferences to project the plan.");
}

void FitnessChart::draw()
{
    std::vector<const DayFigures*> logged;
    for (const DayFigures& day : m_data.days)
        logged.push_back(&day);
    std::vector<const DayFigures*> ahead;
    // The dashed lines start on the last logged day, so each joins its solid line.
    if (!m_data.days.empty() && !m_data.projection.empty())
        ahead.push_back(&m_data.days.back());
    for (const DayFigures& day : m_data.projection)
        ahead.push_back(&day);
    setLines({m_fitness, m_fatigue, m_form}, logged);
    setLines({m_fitnessAhead, m_fatigueAhead, m_formAhead}, ahead);
    m_aheadLegend->setVisible(!m_data.projection.empty());
    if (!m_data.projection.empty())
        m_aheadLegend->addToLegend();
    else
        m_aheadLegend->removeFromLegend();
    setValueRange();
    placeNowMarker();
    plot()->replot(QCustomPlot::rpQueuedReplot); // one replot for several changes
}

void FitnessChart::setValueRange()
{
    double lowest = 0.0;
    double highest = 0.0;
    for (const std::vector<DayFigures>* run : {&m_data.days, &m_data.projection}) {
        for (const DayFigures& day : *run) {
            lowest = std::min(lowest, day.form);
            highest = std::max({highest, day.fitness, day.fatigue, day.form});
        }
    }
    const double margin = std::max((highest - lowest) * 0.08, 1.0);
    plot()->yAxis->setRange(lowest < 0.0 ? lowest - margin : 0.0,
                            highest > 0.0 ? highest + margin : 10.0);
}

void FitnessChart::placeNowMarker()
{
    const bool ahead = !m_data.projection.empty();
    m_now->setVisible(ahead);
    m_nowLabel->setVisible(ahead);
    if (!ahead)
        return;
    // Between the last logged day and the first projected one.
    const double key = charts::dayKey(m_data.last) + kHalfDay;
    m_now->point1->setCoords(key, 0.0);
    m_now->point2->setCoords(key, 1.0);
    m_nowLabel->position->setCoords(key, 0.0);
    m_nowLabel->setText(m_data.projectionFromPlan ? tr("plan →") : tr("rest →"));
}

int FitnessChart::sessionsOn(QDate day) const
{
    const auto found = m_data.sessionsPerDay.find(day);
    return found != m_data.sessionsPerDay.end() ? found->second : 0;
}

QDate FitnessChart::dayAt(const QPointF& pixel) const
{
    if (!isInPlotArea(pixel))
        return {};
    const QDate day = charts::dayFromKey(plot()->xAxis->pixelToCoord(pixel.x()));
    return figuresOn(m_data, day) ? day : QDate();
}

QString FitnessChart::toolTipAt(const QPointF& pixel) const
{
    const QDate day = dayAt(pixel);
    const DayFigures* figures = day.isValid() ? figuresOn(m_data, day) : nullptr;
    if (!figures)
        return {};
    const LoadMeasure measure = m_data.measure;
    const QString unit = tr("%1/day").arg(charts::loadUnit(measure));
    QStringList lines;
    lines << (figures->projected ? tr("%1 (projected)") : QStringLiteral("%1"))
                 .arg(charts::longDayText(day));
    lines << tr("Fitness %1, fatigue %2, form %3 (%4)")
                 .arg(charts::wholeNumberText(figures->fitness),
                      charts::wholeNumberText(figures->fatigue),
                      charts::wholeNumberText(figures->form), unit);
    const int sessions = sessionsOn(day);
    if (figures->projected && !m_data.projectionFromPlan)
        lines << tr("As if resting from the last logged day");
    else if (figures->projected)
        lines << tr("Planned load: %1").arg(charts::loadWithUnit(figures->load, measure));
    else if (sessions == 0)
        lines << tr("Rest day");
    else if (sessions == 1)
        lines << tr("Load: %1 (1 session)").arg(charts::loadWithUnit(figures->load, measure));
    else
        lines << tr("Load: %1 (%2 sessions)")
                     .arg(charts::loadWithUnit(figures->load, measure))
                     .arg(sessions);
    lines << (sessions == 1 && !figures->projected ? tr("Click to open this workout in the log.")
                                                   : tr("Click to open this week in the planner."));
    return lines.join(QLatin1Char('\n'));
}

void FitnessChart::clickAt(const QPointF& pixel)
{
    const QDate day = dayAt(pixel);
    if (!day.isValid())
        return;
    // One session: that workout is what the point is about. None or several: the
    // week around it says more than one of them would.
    if (sessionsOn(day) == 1)
        Q_EMIT dayRequested(day);
    else
        Q_EMIT weekRequested(weekStartOf(day, m_data.weekStartsOn));
}

} // namespace paceline
