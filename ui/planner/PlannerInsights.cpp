#include "PlannerInsights.h"

#include <QDate>

namespace paceline {

// STUB: findings, fatigue proposal and load chart come with the planner (issue 5).
PlannerInsights::PlannerInsights(LogDocument& document, PlanWeekModel& model, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(model)
{}

} // namespace paceline
