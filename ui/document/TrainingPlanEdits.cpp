// TrainingPlan's edits: each reads the days it touches into a PlanState, changes a
// copy, and pushes one ReplacePlanCommand (or a microcycle command) on the document's
// stack. Reads and the writes the commands make are in TrainingPlan.cpp.

#include "LogDocument.h"
#include "PlanCommands.h"
#include "PlanEditSupport.h"
#include "PlanState.h"
#include "TemplateLibrary.h"
#include "TrainingPlan.h"

#include <algorithm>
#include <set>

namespace paceline {

using namespace planedit;

bool TrainingPlan::pushPlanEdit(const PlanState& before, const PlanState& after,
                                const QString& text, int mergeKey, PlannedSessionId subject)
{
    if (before == after)
        return true; // nothing to write, nothing to undo
    return m_document.pushEdit(
        new ReplacePlanCommand(*this, before, after, text, mergeKey, subject));
}

std::vector<PlannedSessionId>
TrainingPlan::pushCreatingEdit(const PlanState& before, const PlanState& after, const QString& text)
{
    auto* command = new ReplacePlanCommand(*this, before, after, text);
    // On success the stack keeps the command, so it can still be asked for the ids.
    return m_document.pushEdit(command) ? command->createdIds() : std::vector<PlannedSessionId>{};
}

std::vector<PlannedSessionId> TrainingPlan::copiesOnDay(std::vector<PlannedSession> copies,
                                                        QDate date, int orderInDay,
                                                        const QString& text)
{
    if (copies.empty() || !date.isValid())
        return {};
    PlanState before;
    std::set<AthleteId> read;
    for (const PlannedSession& copy : copies) {
        if (read.insert(copy.athleteId).second && !readDays(copy.athleteId, date, date, before))
            return {};
    }
    PlanState after = before;
    for (std::size_t i = 0; i < copies.size(); ++i) {
        PlannedSession copy = asNew(std::move(copies[i]));
        copy.date = date;
        after.place(std::move(copy), orderInDay < 0 ? -1 : orderInDay + int(i));
    }
    return pushCreatingEdit(before, after, text);
}

PlannedSessionId TrainingPlan::planTemplate(AthleteId athlete, TemplateId templateId, QDate date,
                                            int orderInDay)
{
    const std::vector<PlannedSessionId> ids =
        planTemplates(athlete, {templateId}, date, orderInDay);
    return ids.empty() ? PlannedSessionId{} : ids.front();
}

std::vector<PlannedSessionId>
TrainingPlan::planTemplates(AthleteId athlete, const std::vector<TemplateId>& templateIds,
                            QDate date, int orderInDay)
{
    if (!m_document.athlete(athlete))
        return {};
    std::vector<PlannedSession> copies;
    for (TemplateId id : templateIds) {
        const SessionTemplate* source = m_document.library().sessionTemplate(id);
        if (!source)
            return {};
        PlannedSession copy;
        copy.athleteId = athlete;
        copy.templateId = source->id;
        copy.name = source->name;
        copy.sport = source->sport;
        copy.purpose = source->purpose;
        copy.notes = source->notes;
        copy.steps = source->steps;
        copies.push_back(std::move(copy));
    }
    if (copies.empty())
        return {};
    const QString text =
        copies.size() == 1
            ? translated("Plan %1 on %2").arg(sessionName(copies.front()), dayText(date))
            : translated("Plan %1 sessions on %2").arg(copies.size()).arg(dayText(date));
    return copiesOnDay(std::move(copies), date, orderInDay, text);
}

bool TrainingPlan::moveSession(PlannedSessionId id, QDate date, int orderInDay)
{
    return moveSessions({id}, date, orderInDay);
}

bool TrainingPlan::moveSessions(const std::vector<PlannedSessionId>& ids, QDate date,
                                int orderInDay)
{
    const std::vector<PlannedSessionId> moved = distinct(ids);
    if (moved.empty() || !date.isValid())
        return false;
    PlanState before;
    std::vector<PlannedSession> sessions;
    for (PlannedSessionId id : moved) {
        std::optional<PlannedSession> found = session(id);
        if (!found)
            return false;
        // Its own day and the day it goes to are both renumbered.
        for (QDate day : {found->date, date}) {
            if (!before.holds({found->athleteId, day}) &&
                !readDays(found->athleteId, day, day, before))
                return false;
        }
        sessions.push_back(std::move(*found));
    }
    PlanState after = before;
    for (const PlannedSession& session : sessions)
        after.take(session.id);
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        PlannedSession session = sessions[i];
        session.date = date;
        after.place(std::move(session), orderInDay < 0 ? -1 : orderInDay + int(i));
    }
    const QString text =
        sessions.size() == 1
            ? (sessions.front().date == date
                   ? translated("Reorder %1 on %2")
                         .arg(sessionName(sessions.front()), dayText(date))
                   : translated("Move %1 to %2").arg(sessionName(sessions.front()), dayText(date)))
            : translated("Move %1 sessions to %2").arg(sessions.size()).arg(dayText(date));
    return pushPlanEdit(before, after, text);
}

PlannedSessionId TrainingPlan::copySession(PlannedSessionId id, QDate date, int orderInDay)
{
    const std::vector<PlannedSessionId> ids = copySessions({id}, date, orderInDay);
    return ids.empty() ? PlannedSessionId{} : ids.front();
}

std::vector<PlannedSessionId> TrainingPlan::copySessions(const std::vector<PlannedSessionId>& ids,
                                                         QDate date, int orderInDay)
{
    std::vector<PlannedSession> copies;
    for (PlannedSessionId id : ids) {
        std::optional<PlannedSession> found = session(id);
        if (!found)
            return {};
        copies.push_back(std::move(*found));
    }
    if (copies.empty())
        return {};
    const QString text =
        copies.size() == 1
            ? translated("Copy %1 to %2").arg(sessionName(copies.front()), dayText(date))
            : translated("Copy %1 sessions to %2").arg(copies.size()).arg(dayText(date));
    return copiesOnDay(std::move(copies), date, orderInDay, text);
}

bool TrainingPlan::removeSessions(const std::vector<PlannedSessionId>& ids)
{
    PlanState before;
    std::vector<PlannedSession> removed;
    for (PlannedSessionId id : distinct(ids)) {
        std::optional<PlannedSession> found = session(id);
        if (!found)
            return false;
        if (!before.holds({found->athleteId, found->date}) &&
            !readDays(found->athleteId, found->date, found->date, before))
            return false;
        removed.push_back(std::move(*found));
    }
    if (removed.empty())
        return false;
    PlanState after = before;
    for (const PlannedSession& session : removed)
        after.take(session.id);
    const QString text = removed.size() == 1
                             ? translated("Delete %1 on %2")
                                   .arg(sessionName(removed.front()), dayText(removed.front().date))
                             : translated("Delete %1 planned sessions").arg(removed.size());
    return pushPlanEdit(before, after, text);
}

bool TrainingPlan::setRestDay(AthleteId athlete, QDate date, bool rest)
{
    if (!m_document.athlete(athlete) || !date.isValid())
        return false;
    PlanState before;
    if (!readDays(athlete, date, date, before))
        return false;
    PlanState after = before;
    after.setRest({athlete, date}, rest);
    const QString text = rest ? translated("Mark %1 as rest").arg(dayText(date))
                              : translated("Clear rest on %1").arg(dayText(date));
    return pushPlanEdit(before, after, text);
}

bool TrainingPlan::editSessionSteps(PlannedSessionId id, const StepTree& steps,
                                    const QString& description, int mergeKey)
{
    const std::optional<PlannedSession> found = session(id);
    PlanState before;
    if (!found || !readDays(found->athleteId, found->date, found->date, before))
        return false;
    PlanState after = before;
    std::optional<PlannedSession> edited = after.take(id);
    if (!edited)
        return false;
    const int order = edited->orderInDay;
    edited->steps = steps;
    after.place(std::move(*edited), order);
    return pushPlanEdit(before, after, description, mergeKey, id);
}

bool TrainingPlan::applyFix(const WeekFix& fix)
{
    PlanState before;
    for (const PlanChange& change : fix.changes) {
        const std::optional<PlannedSession> found = session(change.session);
        if (!found)
            return false;
        for (QDate day : {found->date, change.moveTo.value_or(found->date)}) {
            if (!day.isValid())
                return false;
            if (!before.holds({found->athleteId, day}) &&
                !readDays(found->athleteId, day, day, before))
                return false;
        }
    }
    PlanState after = before;
    for (const PlanChange& change : fix.changes) {
        std::optional<PlannedSession> changed = after.take(change.session);
        if (!changed)
            return false;
        int order = changed->orderInDay;
        if (const std::optional<PlannedSession>& content = change.replacement) {
            changed->templateId = content->templateId;
            changed->name = content->name;
            changed->sport = content->sport;
            changed->purpose = content->purpose;
            changed->notes = content->notes;
            changed->steps = content->steps;
        }
        if (change.moveTo) {
            changed->date = *change.moveTo;
            order = change.orderInDay.value_or(-1);
        }
        after.place(std::move(*changed), order);
    }
    const QString text = fix.label.trimmed().isEmpty() ? translated("Apply fix") : fix.label;
    return pushPlanEdit(before, after, text);
}

} // namespace paceline
