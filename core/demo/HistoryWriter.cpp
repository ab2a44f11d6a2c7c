#include "HistoryWriter.h"

#include "Templates.h"
#include "core/science/Stability.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

namespace paceline::demo {

namespace {

/// Every id of a tree in one fixed order (depth first, a group before its children,
/// its recovery between sets after them), into a reused buffer.
void collectIds(const StepTree& tree, std::vector<qint64>& out)
{
    for (const StepNode& item : tree) {
        if (item.isStep()) {
            out.push_back(item.step().id.value);
            continue;
        }
        const RepeatGroup& group = item.group();
        out.push_back(group.id.value);
        collectIds(group.children, out);
        if (group.recoveryBetweenSets)
            out.push_back(group.recoveryBetweenSets->id.value);
    }
}

void clearIds(StepTree& tree)
{
    for (StepNode& item : tree) {
        if (item.isStep()) {
            item.step().id = {};
            continue;
        }
        RepeatGroup& group = item.group();
        group.id = {};
        clearIds(group.children);
        if (group.recoveryBetweenSets)
            group.recoveryBetweenSets->id = {};
    }
}

bool sameContent(SessionTemplate stored, SessionTemplate wanted)
{
    stored.id = wanted.id = {};
    clearIds(stored.steps);
    clearIds(wanted.steps);
    return stored == wanted;
}

} // namespace

Result<int> HistoryWriter::storeTemplates()
{
    Result<std::vector<SessionTemplate>> existing = m_store.templates().all();
    if (!existing)
        return existing.error();
    m_templateIds.clear();
    for (const SessionTemplate& wanted : templateLibrary()) {
        auto found = std::find_if(existing->begin(), existing->end(),
                                  [&](const auto& stored) { return sameContent(stored, wanted); });
        if (found != existing->end()) {
            m_templateIds.push_back(found->id);
            continue;
        }
        SessionTemplate copy = wanted;
        if (Status inserted = m_store.templates().insert(copy); !inserted)
            return inserted.error();
        m_templateIds.push_back(copy.id);
    }
    return int(m_templateIds.size());
}

Status HistoryWriter::write(AthleteHistory& history, DemoSummary& written)
{
    Athlete& athlete = history.profile.athlete;
    if (Status inserted = m_store.athletes().insert(athlete); !inserted)
        return inserted;
    if (Status plans = writePlans(history, athlete.id); !plans)
        return plans;
    if (Status sessions = writeSessions(history, athlete.id); !sessions)
        return sessions;
    written.athletes += 1;
    written.plannedSessions += int(history.plans.size());
    written.loggedSessions += int(history.sessions.size());
    for (const LoggedSession& session : history.sessions)
        written.reps += int(session.reps.size());
    return {};
}

Status HistoryWriter::writePlans(AthleteHistory& history, AthleteId athlete)
{
    m_planIds.assign(history.plans.size() + 1, 0);
    m_stepIds.assign(std::size_t(history.stepCount) + 1, 0);
    for (PlannedSession& plan : history.plans) {
        const qint64 provisional = plan.id.value;
        m_before.clear();
        collectIds(plan.steps, m_before);
        plan.id = {};
        plan.athleteId = athlete;
        if (plan.templateId)
            plan.templateId = m_templateIds.at(std::size_t(plan.templateId->value - 1));
        if (Status inserted = m_store.plans().insert(plan); !inserted)
            return inserted;
        m_planIds[std::size_t(provisional)] = plan.id.value;
        m_after.clear();
        collectIds(plan.steps, m_after);
        for (std::size_t i = 0; i < m_before.size() && i < m_after.size(); ++i)
            m_stepIds[std::size_t(m_before[i])] = m_after[i];
    }
    return {};
}

Status HistoryWriter::writeSessions(AthleteHistory& history, AthleteId athlete)
{
    // The figures are computed as the app computes them when a session is saved:
    // against the plan it came from, whose steps already carry the store's ids.
    const std::optional<TrainingPaces> paces = athletePaces(history.profile.athlete);
    const StepTree freeform;
    for (LoggedSession& session : history.sessions) {
        session.athleteId = athlete;
        const StepTree* plannedSteps = &freeform;
        if (session.plannedSessionId) {
            // Provisional plan ids are positions in history.plans + 1.
            const std::size_t provisional = std::size_t(session.plannedSessionId->value);
            plannedSteps = &history.plans.at(provisional - 1).steps;
            session.plannedSessionId = PlannedSessionId{m_planIds.at(provisional)};
        }
        for (Rep& rep : session.reps) {
            if (rep.plannedStepId)
                rep.plannedStepId = StepId{m_stepIds.at(std::size_t(rep.plannedStepId->value))};
        }
        session.stability = sessionStability(session, *plannedSteps, paces);
        if (Status inserted = m_store.sessions().insert(session); !inserted)
            return inserted;
    }
    return {};
}

} // namespace paceline::demo
