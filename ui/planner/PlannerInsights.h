#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QWidget>

namespace paceline {

class FatigueProposalBox;
class LogDocument;
class PlanLoadChart;
class PlanWeekModel;
class PlannerCalibration;
class WeekFindingsPanel;

/// Under the planner's grid: the week rules' findings with their one-click fixes, the
/// fatigue proposal when the log shows fatigue, and the load chart (planned load per
/// day and week against the previous four weeks' actual load, with the week-on-week
/// change). It follows the model's range and the document's changes, so moving a card
/// updates it at once.
/// The selected session's calibration (PlannerCalibration) sits under the findings.
///
/// With the multi-week overview, the findings cover every shown day and the chart the
/// first shown week (the one the grid's week navigation names). Changes are gathered
/// and shown once control returns to the event loop.
class PlannerInsights : public QWidget {
    Q_OBJECT

public:
    PlannerInsights(LogDocument& document, PlanWeekModel& model, QWidget* parent = nullptr);

    /// The day the fatigue signals are read up to (tests set it; default the clock's).
    void setToday(QDate today);
    QSize sizeHint() const override;

    WeekFindingsPanel* findingsPanel() const { return m_findings; }
    FatigueProposalBox* fatigueBox() const { return m_fatigue; }
    PlanLoadChart* loadChart() const { return m_chart; }
    PlannerCalibration* calibration() const { return m_calibration; }

Q_SIGNALS:
    /// A finding was selected: the grid highlights its days.
    void daysHighlighted(const QList<QDate>& days);

private:
    void followPlanChange(AthleteId athlete, QDate first, QDate last);
    void scheduleRefresh();
    void refresh();
    void refreshFindings();
    void refreshFatigue();
    void refreshChart();

    LogDocument& m_document;
    PlanWeekModel& m_model;
    QDate m_today;
    bool m_refreshPending = false;
    WeekFindingsPanel* m_findings;
    FatigueProposalBox* m_fatigue;
    PlanLoadChart* m_chart;
    PlannerCalibration* m_calibration;
};

} // namespace paceline
