#pragma once

#include <QWidget>

namespace paceline {

class LogDocument;
class PlanWeekModel;

/// Under the planner's grid: the week rules' findings with their one-click fixes, the
/// fatigue proposal when the log shows fatigue, and the load chart (planned load per
/// day and week against the previous four weeks' actual load, with the week-on-week
/// change). It follows the model's range and the document's changes, so moving a card
/// updates it at once.
class PlannerInsights : public QWidget {
    Q_OBJECT

public:
    PlannerInsights(LogDocument& document, PlanWeekModel& model, QWidget* parent = nullptr);

Q_SIGNALS:
    /// A finding was selected: the grid highlights its days.
    void daysHighlighted(const QList<QDate>& days);

private:
    LogDocument& m_document;
    PlanWeekModel& m_model;
};

} // namespace paceline
