#pragma once

#include "LogView.h"
#include "core/model/LoggedSession.h"
#include "core/model/Step.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace paceline {

class LogDocument;
class SplitsChart;

/// One logged session in detail, beside the Log screen's list: a compact header (when,
/// what, how hard, how the athlete felt, notes) with Edit and Delete, the pace-stability
/// figures, the splits chart and what became of each planned step. It reads the session
/// with its reps from the store and follows the document's signals for it.
class SessionDetailPanel : public QWidget {
    Q_OBJECT

public:
    SessionDetailPanel(LogDocument& document, const LogViewActions& actions,
                       QWidget* parent = nullptr);

    /// Shows this session, or the "select a session" placeholder for nullopt.
    void showSession(std::optional<LoggedSessionId> id);
    std::optional<LoggedSessionId> sessionId() const { return m_sessionId; }

    SplitsChart* splitsChart() const { return m_chart; }

private:
    QWidget* createHeader(const LogViewActions& actions);
    QWidget* createFigures();
    void refresh();
    void fillHeader(const LoggedSession& session, UnitSystem units);
    void fillFigures(const PaceStability& stability, UnitSystem units);
    void fillPlan(const LoggedSession& session, const std::optional<StepTree>& plannedSteps,
                  UnitSystem units);
    std::optional<StepTree> readPlannedSteps(const LoggedSession& session) const;

    LogDocument& m_document;
    std::optional<LoggedSessionId> m_sessionId;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLabel* m_when;
    QLabel* m_facts;
    QLabel* m_wellness;
    QLabel* m_notes;
    QWidget* m_figuresBox;
    std::vector<QLabel*> m_figureValues;
    std::vector<QLabel*> m_figureLabels;
    SplitsChart* m_chart;
    QLabel* m_planStatus;
    QListWidget* m_planList;
};

} // namespace paceline
