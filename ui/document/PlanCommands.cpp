#include "PlanCommands.h"

#include "TrainingPlan.h"

namespace paceline {

namespace {

std::vector<MicrocycleId> idsOf(const std::vector<MicrocycleTemplate>& microcycles)
{
    std::vector<MicrocycleId> ids;
    for (const MicrocycleTemplate& microcycle : microcycles)
        ids.push_back(microcycle.id);
    return ids;
}

} // namespace

ReplacePlanCommand::ReplacePlanCommand(TrainingPlan& plan, PlanState before, PlanState after,
                                       const QString& text, int mergeKey, PlannedSessionId subject)
    : m_plan(plan), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey < 0 ? -1 : mergeKey), m_subject(subject)
{
    setText(text);
}

void ReplacePlanCommand::redo()
{
    // The write gives new sessions and steps their ids; the snapshot keeps them, so
    // undo removes exactly those rows and a later redo restores the same ids.
    if (!m_plan.replacePlanNow(m_before, m_after))
        setObsolete(true);
}

void ReplacePlanCommand::undo()
{
    if (!m_plan.replacePlanNow(m_after, m_before))
        setObsolete(true);
}

bool ReplacePlanCommand::mergeWith(const QUndoCommand* other)
{
    // QUndoStack offers even a command whose write failed; that one must not merge.
    const auto* next = dynamic_cast<const ReplacePlanCommand*>(other);
    if (!next || next->isObsolete() || !m_subject.isValid() || next->m_subject != m_subject)
        return false;
    m_after = next->m_after;
    setText(next->text());
    // Typed and then typed back: nothing is left to undo, and the stack drops it.
    setObsolete(m_after == m_before);
    return true;
}

std::vector<PlannedSessionId> ReplacePlanCommand::createdIds() const
{
    std::vector<PlannedSessionId> created;
    for (const PlannedSession& session : m_after.sessions()) {
        if (session.id.isValid() && !m_before.find(session.id))
            created.push_back(session.id);
    }
    return created;
}

AddMicrocyclesCommand::AddMicrocyclesCommand(TrainingPlan& plan,
                                             std::vector<MicrocycleTemplate> microcycles,
                                             const QString& text)
    : m_plan(plan), m_microcycles(std::move(microcycles))
{
    setText(text);
}

void AddMicrocyclesCommand::redo()
{
    if (!m_plan.insertMicrocyclesNow(m_microcycles))
        setObsolete(true);
}

void AddMicrocyclesCommand::undo()
{
    if (!m_plan.removeMicrocyclesNow(idsOf(m_microcycles)))
        setObsolete(true);
}

RemoveMicrocyclesCommand::RemoveMicrocyclesCommand(TrainingPlan& plan,
                                                   std::vector<MicrocycleTemplate> microcycles,
                                                   const QString& text)
    : m_plan(plan), m_microcycles(std::move(microcycles))
{
    setText(text);
}

void RemoveMicrocyclesCommand::redo()
{
    if (!m_plan.removeMicrocyclesNow(idsOf(m_microcycles)))
        setObsolete(true);
}

void RemoveMicrocyclesCommand::undo()
{
    if (!m_plan.insertMicrocyclesNow(m_microcycles))
        setObsolete(true);
}

} // namespace paceline
