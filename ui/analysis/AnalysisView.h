#pragma once

#include "AnalysisRange.h"
#include "core/model/Id.h"
#include "core/science/LoadMeasures.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace paceline {

class EmptyState;
class LoadPanel;
class LogDocument;
class TrendsPanel;

/// The Analysis screen: a range selector above two tabs, the load charts (LoadPanel,
/// under a plain-words summary of the week's load and the load measure) and the pace
/// trends (TrendsPanel), or an empty state saying what to do when the athlete has
/// nothing logged. It re-reads the store when sessions, plans or the athlete change, at
/// once while shown and otherwise on the next show.
///
/// Clicks on the charts: a week's bar or point asks for that week in the planner; a
/// day on the fitness chart with exactly one workout asks for that workout in the log
/// (with none or several, its week: the planner shows them side by side).
class AnalysisView : public QWidget {
    Q_OBJECT

public:
    explicit AnalysisView(LogDocument& document, QWidget* parent = nullptr);

    /// The tabs, by the names used on the command line.
    static QStringList tabNames();
    /// Shows a tab by name ("load", "trends"); false if unknown.
    bool showTab(const QString& name);

    AnalysisRange range() const { return m_range; }
    void setRange(AnalysisRange range);
    LoadMeasure loadMeasure() const { return m_measure; }
    void setLoadMeasure(LoadMeasure measure);
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    /// The date taken as today (reproducible screenshots); the system date otherwise.
    void setToday(QDate today);
    /// The buttons of the empty states: New Athlete when the log has none, Log Workout
    /// when the athlete has nothing logged (the main window's actions).
    void setEmptyStateActions(QAction* newAthlete, QAction* logWorkout);

    bool isShowingEmptyState() const;
    QString summaryText() const;
    /// True while a change waits for the next show to be read.
    bool isRefreshPending() const { return m_refreshPending; }

    // The parts, for tests and screenshots.
    QComboBox* rangeCombo() const { return m_rangeCombo; }
    LoadPanel* loadPanel() const { return m_load; }
    TrendsPanel* trendsPanel() const { return m_trends; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void openSessionRequested(paceline::LoggedSessionId id);
    void openWeekRequested(QDate weekStart);
    /// The user chose another range (the main window remembers it).
    void rangeChosen(paceline::AnalysisRange range);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createContent();
    QWidget* createTopRow();
    QWidget* createLoadPage();
    void connectDocument();
    void followAthlete(AthleteId athlete);
    /// Re-reads now when shown, else on the next show.
    void invalidate();
    void refresh();
    void showNoWorkouts(const QString& athleteName);
    void openDay(QDate day);
    QDate today() const;
    QString measureText() const;

    LogDocument& m_document;
    QStackedWidget* m_stack;
    EmptyState* m_noAthlete;
    EmptyState* m_noWorkouts;
    QComboBox* m_rangeCombo = nullptr;
    QLabel* m_measureLabel = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    LoadPanel* m_load = nullptr;
    TrendsPanel* m_trends = nullptr;
    AnalysisRange m_range = kDefaultAnalysisRange;
    LoadMeasure m_measure = LoadMeasure::SessionRpe;
    Qt::DayOfWeek m_weekStartsOn = Qt::Monday;
    std::optional<QDate> m_today;
    bool m_refreshPending = true;
};

} // namespace paceline
