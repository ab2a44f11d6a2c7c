#pragma once

#include "PlanState.h"
#include "core/model/Microcycle.h"

#include <QUndoCommand>

#include <vector>

namespace paceline {

class TrainingPlan;

// Each command writes through TrainingPlan (*Now), which writes through the store in
// one transaction. A failed write makes the command obsolete, so the stack drops it
// instead of offering to undo something that never happened.

/// Every plan edit: the touched days before and after. Redo writes the difference
/// from before to after, undo the way back, so planned sessions keep their ids both
/// ways (new ones keep the id their first write gave them). With a non-negative merge
/// key, consecutive edits of one session with that key become one undo step.
class ReplacePlanCommand : public QUndoCommand {
public:
    ReplacePlanCommand(TrainingPlan& plan, PlanState before, PlanState after, const QString& text,
                       int mergeKey = -1, PlannedSessionId subject = {});
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

    /// Sessions the edit created (a planned template, copies), with their ids once
    /// redo() succeeded.
    std::vector<PlannedSessionId> createdIds() const;

private:
    TrainingPlan& m_plan;
    PlanState m_before;
    PlanState m_after;
    int m_mergeKey;
    PlannedSessionId m_subject;
};

/// Adds microcycle templates all or none; undo removes them, redo keeps their ids.
class AddMicrocyclesCommand : public QUndoCommand {
public:
    AddMicrocyclesCommand(TrainingPlan& plan, std::vector<MicrocycleTemplate> microcycles,
                          const QString& text);
    void redo() override;
    void undo() override;
    const std::vector<MicrocycleTemplate>& microcycles() const { return m_microcycles; }

private:
    TrainingPlan& m_plan;
    std::vector<MicrocycleTemplate> m_microcycles;
};

/// Removes microcycle templates; undo puts them back with the same ids.
class RemoveMicrocyclesCommand : public QUndoCommand {
public:
    RemoveMicrocyclesCommand(TrainingPlan& plan, std::vector<MicrocycleTemplate> microcycles,
                             const QString& text);
    void redo() override;
    void undo() override;

private:
    TrainingPlan& m_plan;
    std::vector<MicrocycleTemplate> m_microcycles;
};

} // namespace paceline
