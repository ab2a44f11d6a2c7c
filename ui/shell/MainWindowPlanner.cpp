// The main window's wiring of the Planner screen: its Plan menu, the first day of the
// week, the week kept while the app runs, and the way to a done session's workout.

#include "AppSettings.h"
#include "MainWindow.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/planner/PlannerView.h"

#include <QListWidget>
#include <QMenu>
#include <QMenuBar>

namespace paceline {

PlannerView* MainWindow::createPlanner()
{
    m_planner = new PlannerView(*m_document);
    m_planner->setFirstDayOfWeek(Qt::DayOfWeek(m_settings.firstDayOfWeek()));
    if (m_plannerToday.isValid())
        m_planner->setToday(m_plannerToday);
    if (m_plannerWeek.isValid())
        m_planner->showWeek(m_plannerWeek);
    connect(m_planner, &PlannerView::weekChanged, this,
            [this](QDate weekStart) { m_plannerWeek = weekStart; });
    connect(m_planner, &PlannerView::loggedSessionRequested, this,
            [this](QDate day) { showWorkout(day); });

    // The previous screen's actions went with it; the menu shows the new screen's.
    m_planMenu->clear();
    for (QAction* action : m_planner->menuActions()) {
        if (action)
            m_planMenu->addAction(action);
        else
            m_planMenu->addSeparator();
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPlanMenuFor,
            Qt::UniqueConnection);
    showPlanMenuFor(m_navigation->currentRow());
    return m_planner;
}

void MainWindow::showPlanMenuFor(int viewRow)
{
    QMenuBar* bar = menuBar();
    const bool planner = viewNames().value(viewRow) == QLatin1String("planner");
    const bool present = bar->actions().contains(m_planMenu->menuAction());
    if (planner && !present) {
        // Before Help, which stays last.
        bar->insertMenu(bar->actions().isEmpty() ? nullptr : bar->actions().back(), m_planMenu);
    } else if (!planner && present) {
        bar->removeAction(m_planMenu->menuAction());
    }
}

void MainWindow::setPlannerToday(QDate today)
{
    m_plannerToday = today;
    if (m_planner)
        m_planner->setToday(today);
    if (m_analysis)
        m_analysis->setToday(today);
}

void MainWindow::showPlannerWeek(QDate day, bool overview)
{
    showView(QStringLiteral("planner"));
    if (!m_planner)
        return;
    m_planner->showWeek(day);
    m_planner->setOverview(overview);
}

} // namespace paceline
