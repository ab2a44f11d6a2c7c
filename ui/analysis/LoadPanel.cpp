#include "LoadPanel.h"

#include "ChartSection.h"
#include "core/advice/FatigueThresholds.h"
#include "ui/charts/ChartTools.h"
#include "ui/charts/FitnessChart.h"
#include "ui/charts/MonotonyChart.h"
#include "ui/charts/WeeklyLoadChart.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace paceline {

LoadPanel::LoadPanel(QWidget* parent)
    : QWidget(parent), m_weekly(new WeeklyLoadChart), m_fitness(new FitnessChart),
      m_monotony(new MonotonyChart)
{
    auto* chartColumn = new QWidget;
    auto* column = new QVBoxLayout(chartColumn);
    column->setContentsMargins(0, 0, 4, 0);
    column->setSpacing(10);
    // Load and fitness are what coaches look at first; monotony is a check beside them.
    column->addWidget(weeklySection(), 3);
    column->addWidget(fitnessSection(), 3);
    column->addWidget(monotonySection(), 2);
    // A small window scrolls rather than squashing the plots flat.
    auto* scroll = new QScrollArea;
    scroll->setWidget(chartColumn);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_weekly, &WeeklyLoadChart::weekRequested, this, &LoadPanel::weekRequested);
    connect(m_fitness, &FitnessChart::weekRequested, this, &LoadPanel::weekRequested);
    connect(m_fitness, &FitnessChart::dayRequested, this, &LoadPanel::dayRequested);
    connect(m_monotony, &MonotonyChart::weekRequested, this, &LoadPanel::weekRequested);
    syncTimeZoom();
    addShowAllDates();
}

ChartSection* LoadPanel::weeklySection()
{
    auto* section = new ChartSection(tr("Weekly load and acute:chronic ratio"), m_weekly);
    m_stacking = new QComboBox;
    m_stacking->setObjectName(QStringLiteral("stackingCombo"));
    m_stacking->addItem(tr("By sport"), int(LoadStacking::BySport));
    m_stacking->addItem(tr("By intensity"), int(LoadStacking::ByIntensity));
    m_stacking->setToolTip(tr("Split each week's load by sport, or by the time spent in each "
                              "training zone (E, M, T, I, R)"));
    connect(m_stacking, &QComboBox::activated, this,
            [this] { setStacking(static_cast<LoadStacking>(m_stacking->currentData().toInt())); });
    m_rolling = new QCheckBox(tr("Rolling ratio too"));
    m_rolling->setObjectName(QStringLiteral("rollingCheck"));
    m_rolling->setToolTip(tr("The solid line weights recent days more (EWMA, Williams et al. "
                             "2017); this adds the plain ratio of the last 7 days to the mean "
                             "week of the last 28 (Hulin et al. 2016)"));
    connect(m_rolling, &QCheckBox::toggled, m_weekly, &WeeklyLoadChart::setShowRollingRatio);
    section->addControl(m_stacking);
    section->addControl(m_rolling);
    return section;
}

ChartSection* LoadPanel::fitnessSection()
{
    m_fitnessSection = new ChartSection(tr("Fitness, fatigue and form"), m_fitness);
    return m_fitnessSection;
}

ChartSection* LoadPanel::monotonySection()
{
    m_monotonySection = new ChartSection(tr("Monotony and strain"), m_monotony);
    return m_monotonySection;
}

void LoadPanel::setData(const LoadChartData& data)
{
    m_firstDay = data.first;
    m_lastDay = data.lastShownDay();
    m_weekly->setData(data);
    m_fitness->setData(data);
    m_monotony->setData(data);
    m_fitnessSection->setReading(m_fitness->projectionNote());
    m_monotonySection->setReading(monotonyReading(data));
    alignPlotAreas();
}

void LoadPanel::setStacking(LoadStacking stacking)
{
    m_stacking->setCurrentIndex(m_stacking->findData(int(stacking)));
    m_weekly->setStacking(stacking);
}

std::vector<ChartFrame*> LoadPanel::charts() const
{
    return {m_weekly, m_fitness, m_monotony};
}

void LoadPanel::alignPlotAreas()
{
    // The plots share their dates: with the same left and right margins, each week sits
    // in the same column in all three, whatever width their axis labels take.
    int left = 0;
    int right = 0;
    for (ChartFrame* chart : charts()) {
        QCPAxisRect* rect = chart->plot()->axisRect();
        rect->setMinimumMargins(QMargins());
        // Lays the automatic margins out without drawing (replot's first two phases).
        chart->plot()->plotLayout()->update(QCPLayoutElement::upPreparation);
        chart->plot()->plotLayout()->update(QCPLayoutElement::upMargins);
        left = std::max(left, rect->margins().left());
        right = std::max(right, rect->margins().right());
    }
    for (ChartFrame* chart : charts()) {
        chart->plot()->axisRect()->setMinimumMargins(QMargins(left, 0, right, 0));
        chart->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
}

QString LoadPanel::monotonyReading(const LoadChartData& data) const
{
    // The last whole week: the one in progress has rest days still to come.
    const WeekFigures* week = weekHolding(data, data.last.addDays(1).addDays(-7));
    if (!week || !week->monotony || !week->strain)
        return {};
    const QString figures =
        tr("Week of %1: monotony %2, strain %3")
            .arg(charts::shortDayText(week->weekStart), charts::ratioText(*week->monotony),
                 charts::loadWithUnit(*week->strain, data.measure));
    if (*week->monotony > advice::kMonotonyLimit)
        return tr("%1. Above %2: the days were much alike; Foster found most illnesses after "
                  "such weeks. Make the easy days easier.")
            .arg(figures, QLocale().toString(advice::kMonotonyLimit, 'f', 1));
    return tr("%1: hard and easy days varied enough.").arg(figures);
}

void LoadPanel::addShowAllDates()
{
    // Beside each chart's Export action on its context menu: the way back from a zoom.
    for (ChartFrame* chart : charts()) {
        auto* action = new QAction(tr("Show All Dates"), chart->plot());
        connect(action, &QAction::triggered, this, &LoadPanel::showAllDates);
        chart->plot()->insertAction(chart->exportAction(), action);
    }
}

void LoadPanel::showAllDates()
{
    if (!m_firstDay.isValid())
        return;
    // Half a day either side of the first and last days' noon keys, as ChartFrame spans.
    constexpr double kHalfDay = 12.0 * 60.0 * 60.0;
    // One chart is enough: the others follow it (syncTimeZoom).
    QCustomPlot* plot = m_weekly->plot();
    plot->xAxis->setRange(charts::dayKey(m_firstDay) - kHalfDay,
                          charts::dayKey(m_lastDay) + kHalfDay);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void LoadPanel::syncTimeZoom()
{
    const std::vector<ChartFrame*> charts = this->charts();
    for (ChartFrame* source : charts) {
        connect(source->plot()->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                [this, source, charts](const QCPRange& range) {
                    if (m_syncingZoom)
                        return;
                    m_syncingZoom = true;
                    for (ChartFrame* other : charts) {
                        if (other != source && other->plot()->xAxis->range() != range) {
                            other->plot()->xAxis->setRange(range);
                            other->plot()->replot(QCustomPlot::rpQueuedReplot);
                        }
                    }
                    m_syncingZoom = false;
                });
    }
}

} // namespace paceline
