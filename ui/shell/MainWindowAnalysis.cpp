// The main window's wiring of the Analysis screen: its preferences and range, today's
// date for screenshots, and the ways from a chart to the planner and the log.

#include "AppSettings.h"
#include "MainWindow.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/log/LogView.h"

namespace paceline {

AnalysisView* MainWindow::createAnalysis()
{
    m_analysis = new AnalysisView(*m_document);
    m_analysis->setFirstDayOfWeek(Qt::DayOfWeek(m_settings.firstDayOfWeek()));
    m_analysis->setLoadMeasure(m_settings.loadMeasure());
    m_analysis->setRange(m_settings.analysisRange());
    if (m_plannerToday.isValid())
        m_analysis->setToday(m_plannerToday);
    // An empty log's screen offers the way out of it.
    m_analysis->setEmptyStateActions(m_newAthlete, m_logWorkout);
    connect(m_analysis, &AnalysisView::rangeChosen, this,
            [this](AnalysisRange range) { m_settings.setAnalysisRange(range); });
    connect(m_analysis, &AnalysisView::openWeekRequested, this,
            [this](QDate weekStart) { showPlannerWeek(weekStart); });
    connect(m_analysis, &AnalysisView::openSessionRequested, this, &MainWindow::showLoggedSession);
    return m_analysis;
}

bool MainWindow::showLoggedSession(LoggedSessionId id)
{
    showView(QStringLiteral("log"));
    return m_logView && m_logView->selectSession(id);
}

bool MainWindow::showAnalysisTab(const QString& name)
{
    if (!AnalysisView::tabNames().contains(name))
        return false;
    showView(QStringLiteral("analysis"));
    return m_analysis && m_analysis->showTab(name);
}

bool MainWindow::setAnalysisRange(const QString& id)
{
    const auto range = enumFromId<AnalysisRange>(id);
    if (!range)
        return false;
    // The screen is built when first shown; it takes the range now even if not shown.
    ensureView(int(viewNames().indexOf(QStringLiteral("analysis"))));
    m_analysis->setRange(*range);
    return true;
}

} // namespace paceline
