#pragma once

#include "core/advice/WeekAdvisor.h"
#include "core/model/Microcycle.h"
#include "core/model/PlanDay.h"
#include "core/model/Result.h"
#include "core/science/SessionEstimate.h"

#include <QDate>
#include <QObject>

#include <map>
#include <optional>
#include <vector>

namespace paceline {

class LogDocument;
class PlanState;

/// The athletes' planned calendars and the microcycle templates, part of the open
/// LogDocument: reads for the planner, its edits as undoable commands on the
/// document's stack, and the writes those commands make. Every edit, however many
/// sessions it touches (a drag, a fix, a microcycle applied to three athletes), is
/// one command, all or nothing.
class TrainingPlan : public QObject {
    Q_OBJECT

public:
    explicit TrainingPlan(LogDocument& document);

    // Reads (from the store; a failed read emits storeError and gives nothing).
    /// Every day from `first` to `last`, with its rest mark and sessions in order.
    std::vector<PlanDay> days(AthleteId athlete, QDate first, QDate last) const;
    std::optional<PlannedSession> session(PlannedSessionId id) const;
    /// Done, missed or still planned, as of `today`.
    std::map<PlannedSessionId, PlanStatus> statuses(AthleteId athlete, QDate first, QDate last,
                                                    QDate today) const;
    /// What the week rules need for the days from `first` to `last`: those days, up to
    /// 7 days around them, the logged load of the 28 days before, the athlete's paces.
    WeekAdviceInput adviceInput(AthleteId athlete, QDate first, QDate last) const;
    /// Ordered by name.
    std::vector<MicrocycleTemplate> microcycles() const;
    /// How the athlete's planned sessions are estimated (paces, heart rates); set the
    /// sport per session.
    EstimateContext estimateContext(AthleteId athlete) const;

    // Edits: each pushes one undoable command and returns whether it was made; a
    // failed write emits the document's storeError and leaves nothing to undo.
    /// A copy of the library template on the day, at `orderInDay` (end when -1).
    PlannedSessionId planTemplate(AthleteId athlete, TemplateId templateId, QDate date,
                                  int orderInDay = -1);
    /// Another day, or another place in the same day (the others shift).
    bool moveSession(PlannedSessionId id, QDate date, int orderInDay = -1);
    PlannedSessionId copySession(PlannedSessionId id, QDate date, int orderInDay = -1);
    /// Several sessions (a multi-selection dropped on a day) as one command, kept in
    /// the given order from `orderInDay` on among the day's other sessions.
    bool moveSessions(const std::vector<PlannedSessionId>& ids, QDate date, int orderInDay = -1);
    /// Copies of several sessions as one command; returns their ids (empty on failure).
    std::vector<PlannedSessionId> copySessions(const std::vector<PlannedSessionId>& ids, QDate date,
                                               int orderInDay = -1);
    /// Copies of library templates on the day as one command; returns their ids.
    std::vector<PlannedSessionId> planTemplates(AthleteId athlete,
                                                const std::vector<TemplateId>& templateIds,
                                                QDate date, int orderInDay = -1);
    /// Undo restores them with the same ids and steps.
    bool removeSessions(const std::vector<PlannedSessionId>& ids);
    bool setRestDay(AthleteId athlete, QDate date, bool rest);
    /// Replaces the planned copy's steps (the builder editing a planned session).
    bool editSessionSteps(PlannedSessionId id, const StepTree& steps, const QString& description,
                          int mergeKey = -1);
    /// A week finding's fix or a fatigue proposal's option.
    bool applyFix(const WeekFix& fix);
    /// Its sessions and rest days from `start` on, for each athlete; sessions already
    /// planned stay (the new ones go after them in the day).
    bool applyMicrocycle(MicrocycleId id, const std::vector<AthleteId>& athletes, QDate start);
    /// The `weeks` weeks from `fromStart` of one athlete onto others from `toStart`.
    bool copyWeeks(AthleteId from, QDate fromStart, int weeks, const std::vector<AthleteId>& to,
                   QDate toStart);
    /// Saves the athlete's weeks from `start` as a named template; returns its id.
    MicrocycleId saveMicrocycle(const QString& name, AthleteId athlete, QDate start, int weeks);
    bool removeMicrocycle(MicrocycleId id);
    /// Adds the shipped templates whose names are not taken (one command); how many.
    int addExampleMicrocycles(const std::vector<MicrocycleTemplate>& examples);

    // Used by the commands only: write through the store and announce the change.
    /// Writes the difference between two snapshots of the same days in one
    /// transaction; `to` gets the ids the write gave on success and is kept on failure.
    Status replacePlanNow(const PlanState& from, PlanState& to);
    /// All or none; preset ids (undoing a removal) are kept.
    Status insertMicrocyclesNow(std::vector<MicrocycleTemplate>& microcycles);
    Status removeMicrocyclesNow(const std::vector<MicrocycleId>& ids);

Q_SIGNALS:
    /// Plans or rest days of this athlete changed somewhere from `first` to `last`.
    void planChanged(paceline::AthleteId athlete, QDate first, QDate last);
    void microcyclesChanged();

private:
    /// Reads the days of one athlete into `state`; false (and storeError) on failure.
    bool readDays(AthleteId athlete, QDate first, QDate last, PlanState& state) const;
    bool pushPlanEdit(const PlanState& before, const PlanState& after, const QString& text,
                      int mergeKey = -1, PlannedSessionId subject = {});
    std::vector<PlannedSessionId> pushCreatingEdit(const PlanState& before, const PlanState& after,
                                                   const QString& text);
    std::vector<PlannedSessionId> copiesOnDay(std::vector<PlannedSession> copies, QDate date,
                                              int orderInDay, const QString& text);
    void announce(const PlanState& from, const PlanState& to);
    /// Removes the plan, keeping in `after` the sessions logged against it.
    Status detachAndRemove(PlannedSessionId id, PlanState& after);
    /// Links the sessions `before` kept for this plan back to it.
    Status relinkLogs(PlannedSessionId id, const PlanState& before);

    LogDocument& m_document;
    /// Logged sessions linked back during the write in progress, announced after it.
    std::vector<std::pair<AthleteId, LoggedSessionId>> m_relinked;
};

} // namespace paceline
