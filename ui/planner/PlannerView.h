#pragma once

#include "PlannerActions.h"
#include "core/model/Id.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QDateEdit;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace paceline {

class EmptyState;
class LogDocument;
class PlanWeekModel;
class PlannerInsights;
class PlannerLibrary;
class WeekGrid;

/// The Planner screen: the session library to drag from, the week grid (or a
/// four-week overview) of the current athlete's plan, and under it the week rules'
/// findings and the load chart. Every change goes through the document's plan as one
/// undoable edit; the grid's model follows.
class PlannerView : public QWidget {
    Q_OBJECT

public:
    explicit PlannerView(LogDocument& document, QWidget* parent = nullptr);

    /// Weeks start on this day (AppSettings::firstDayOfWeek()).
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    /// What "today" is for the Today button, the header mark and done or missed.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    /// Shows the week (or the four weeks) starting on the week that holds `day`.
    void showWeek(QDate day);
    QDate weekStart() const { return m_weekStart; }
    void setOverview(bool fourWeeks);
    bool isOverview() const { return m_overview; }

    PlanWeekModel& model() { return *m_model; }
    WeekGrid* grid() const { return m_grid; }
    PlannerLibrary* library() const { return m_library; }
    PlannerInsights* insights() const { return m_insights; }
    /// The Plan menu, in order (a null entry is a separator).
    QList<QAction*> menuActions() const;
    const PlannerActions& plannerActions() const { return m_actions; }

    // What the actions do (public for tests and the main window).
    void previousWeek();
    void nextWeek();
    void goToToday();
    void deleteSelectedSessions();
    void toggleRestDay(QDate date);
    void copySelectedSessionTo(QDate date);
    void moveSelectedSessionTo(QDate date);
    void editCurrentSession();

Q_SIGNALS:
    /// The shown week changed (the main window remembers it while the app runs).
    void weekChanged(QDate weekStart);
    /// "Open logged session" on a done card: show the Log screen on that day.
    void loggedSessionRequested(QDate day);

protected:
    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createPlanner();
    QToolBar* createToolBar();
    void createActions();
    void applyRange();
    void refreshWeekLabel();
    void refreshActions();
    void refreshEmptyState();
    void showCardMenu(QDate date, const QPoint& globalPos);
    void showDayMenu(QDate date, const QPoint& globalPos);
    void addDayActions(QMenu& menu, QDate date);
    /// The day the keyboard is on: the current card's day, else the first shown day.
    QDate currentDay() const;
    std::optional<QDate> askDate(const QString& title, const QString& label);
    void copyOrMoveSelected(bool move);

    LogDocument& m_document;
    PlanWeekModel* m_model;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
    QDate m_today;
    QDate m_weekStart;
    bool m_overview = false;

    QStackedWidget* m_pages = nullptr;
    EmptyState* m_noAthlete = nullptr;
    PlannerLibrary* m_library = nullptr;
    WeekGrid* m_grid = nullptr;
    PlannerInsights* m_insights = nullptr;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_emptyWeekHint = nullptr;
    QDateEdit* m_dateEdit = nullptr;

    PlannerActions m_actions;
};

} // namespace paceline
