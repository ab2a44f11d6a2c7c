#include "TrainingPlan.h"

#include "LogDocument.h"

namespace paceline {

// STUB: the reads, commands and writes come with the planner (issue 5).
TrainingPlan::TrainingPlan(LogDocument& document) : m_document(document) {}

std::vector<PlanDay> TrainingPlan::days(AthleteId, QDate, QDate) const
{
    return {};
}

std::optional<PlannedSession> TrainingPlan::session(PlannedSessionId) const
{
    return std::nullopt;
}

std::map<PlannedSessionId, PlanStatus> TrainingPlan::statuses(AthleteId, QDate, QDate, QDate) const
{
    return {};
}

WeekAdviceInput TrainingPlan::adviceInput(AthleteId, QDate, QDate) const
{
    return {};
}

std::vector<MicrocycleTemplate> TrainingPlan::microcycles() const
{
    return {};
}

PlannedSessionId TrainingPlan::planTemplate(AthleteId, TemplateId, QDate, int)
{
    return {};
}

bool TrainingPlan::moveSession(PlannedSessionId, QDate, int)
{
    return false;
}

PlannedSessionId TrainingPlan::copySession(PlannedSessionId, QDate, int)
{
    return {};
}

bool TrainingPlan::removeSessions(const std::vector<PlannedSessionId>&)
{
    return false;
}

bool TrainingPlan::setRestDay(AthleteId, QDate, bool)
{
    return false;
}

bool TrainingPlan::editSessionSteps(PlannedSessionId, const StepTree&, const QString&, int)
{
    return false;
}

bool TrainingPlan::applyFix(const WeekFix&)
{
    return false;
}

bool TrainingPlan::applyMicrocycle(MicrocycleId, const std::vector<AthleteId>&, QDate)
{
    return false;
}

bool TrainingPlan::copyWeeks(AthleteId, QDate, int, const std::vector<AthleteId>&, QDate)
{
    return false;
}

MicrocycleId TrainingPlan::saveMicrocycle(const QString&, AthleteId, QDate, int)
{
    return {};
}

bool TrainingPlan::removeMicrocycle(MicrocycleId)
{
    return false;
}

int TrainingPlan::addExampleMicrocycles(const std::vector<MicrocycleTemplate>&)
{
    return 0;
}

} // namespace paceline
