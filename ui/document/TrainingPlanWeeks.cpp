// TrainingPlan's edits of whole weeks: microcycle templates saved, applied to several
// athletes, removed, and weeks copied between athletes, each one command.

#include "LogDocument.h"
#include "PlanCommands.h"
#include "PlanEditSupport.h"
#include "PlanState.h"
#include "TrainingPlan.h"
#include "core/store/LogStore.h"
#include "core/store/MicrocycleStore.h"

#include <set>

namespace paceline {

using namespace planedit;

bool TrainingPlan::applyMicrocycle(MicrocycleId id, const std::vector<AthleteId>& athletes,
                                   QDate start)
{
    auto found = m_document.store().microcycles().find(id);
    if (!found) {
        Q_EMIT m_document.storeError(found.errorMessage());
        return false;
    }
    const MicrocycleTemplate& microcycle = found.value();
    const std::vector<AthleteId> targets = distinct(athletes);
    if (targets.empty() || !start.isValid() || microcycle.weeks < 1 || microcycle.weeks > kMaxWeeks)
        return false;
    const QDate last = start.addDays(microcycle.dayCount() - 1);
    PlanState before;
    for (AthleteId athlete : targets) {
        if (!m_document.athlete(athlete) || !readDays(athlete, start, last, before))
            return false;
    }
    std::vector<MicrocycleSession> sessions = microcycle.sessions;
    std::stable_sort(sessions.begin(), sessions.end(), [](const auto& a, const auto& b) {
        return a.day != b.day ? a.day < b.day : a.orderInDay < b.orderInDay;
    });
    PlanState after = before;
    for (AthleteId athlete : targets) {
        for (const MicrocycleSession& planned : sessions) {
            PlannedSession copy;
            copy.athleteId = athlete;
            copy.date = start.addDays(planned.day);
            copy.name = planned.name;
            copy.sport = planned.sport;
            copy.purpose = planned.purpose;
            copy.notes = planned.notes;
            copy.steps = withoutIds(planned.steps);
            after.place(std::move(copy), -1); // a day outside the template is ignored
        }
        for (int day : microcycle.restDays)
            after.setRest({athlete, start.addDays(day)}, true);
    }
    const QString to = targets.size() == 1 ? m_document.athlete(targets.front())->name
                                           : translated("%1 athletes").arg(targets.size());
    return pushPlanEdit(before, after, translated("Apply '%1' to %2").arg(microcycle.name, to));
}

bool TrainingPlan::copyWeeks(AthleteId from, QDate fromStart, int weeks,
                             const std::vector<AthleteId>& to, QDate toStart)
{
    const std::vector<AthleteId> targets = distinct(to);
    if (weeks < 1 || weeks > kMaxWeeks || targets.empty() || !toStart.isValid())
        return false;
    const int dayCount = weeks * 7;
    PlanState source;
    if (!readDays(from, fromStart, fromStart.addDays(dayCount - 1), source))
        return false;
    PlanState before;
    for (AthleteId athlete : targets) {
        if (!m_document.athlete(athlete) ||
            !readDays(athlete, toStart, toStart.addDays(dayCount - 1), before))
            return false;
    }
    PlanState after = before;
    for (AthleteId athlete : targets) {
        for (const auto& [key, day] : source.days()) {
            const QDate date = toStart.addDays(fromStart.daysTo(key.date));
            for (PlannedSession copy : day.sessions) {
                copy = asNew(std::move(copy));
                copy.athleteId = athlete;
                copy.date = date;
                after.place(std::move(copy), -1);
            }
            if (day.rest)
                after.setRest({athlete, date}, true);
        }
    }
    const QString who = targets.size() == 1 ? m_document.athlete(targets.front())->name
                                            : translated("%1 athletes").arg(targets.size());
    const QString text =
        weeks == 1
            ? translated("Copy the week of %1 to %2").arg(dayText(fromStart), who)
            : translated("Copy %1 weeks from %2 to %3").arg(weeks).arg(dayText(fromStart), who);
    return pushPlanEdit(before, after, text);
}

MicrocycleId TrainingPlan::saveMicrocycle(const QString& name, AthleteId athlete, QDate start,
                                          int weeks)
{
    if (name.trimmed().isEmpty() || weeks < 1 || weeks > kMaxWeeks || !m_document.athlete(athlete))
        return {};
    PlanState source;
    if (!readDays(athlete, start, start.addDays(weeks * 7 - 1), source) || source.days().empty())
        return {};
    MicrocycleTemplate microcycle;
    microcycle.name = name.trimmed();
    microcycle.weeks = weeks;
    for (const auto& [key, day] : source.days()) {
        const int offset = int(start.daysTo(key.date));
        for (const PlannedSession& session : day.sessions) {
            microcycle.sessions.push_back(
                MicrocycleSession{offset, session.orderInDay, session.name, session.sport,
                                  session.purpose, session.notes, withoutIds(session.steps)});
        }
        if (day.rest)
            microcycle.restDays.push_back(offset);
    }
    auto* command = new AddMicrocyclesCommand(
        *this, {microcycle}, translated("Save microcycle '%1'").arg(microcycle.name));
    return m_document.pushEdit(command) ? command->microcycles().front().id : MicrocycleId{};
}

bool TrainingPlan::removeMicrocycle(MicrocycleId id)
{
    auto found = m_document.store().microcycles().find(id);
    if (!found) {
        Q_EMIT m_document.storeError(found.errorMessage());
        return false;
    }
    const QString text = translated("Delete microcycle '%1'").arg(found->name);
    return m_document.pushEdit(new RemoveMicrocyclesCommand(*this, {found.value()}, text));
}

int TrainingPlan::addExampleMicrocycles(const std::vector<MicrocycleTemplate>& examples)
{
    std::set<QString> taken;
    for (const MicrocycleTemplate& known : microcycles())
        taken.insert(nameKey(known.name));
    std::vector<MicrocycleTemplate> added;
    for (MicrocycleTemplate example : examples) {
        if (!taken.insert(nameKey(example.name)).second)
            continue;
        example.id = {};
        for (MicrocycleSession& session : example.sessions)
            session.steps = withoutIds(std::move(session.steps));
        added.push_back(std::move(example));
    }
    if (added.empty())
        return 0;
    const int count = int(added.size());
    const QString text = count == 1
                             ? translated("Add example microcycle '%1'").arg(added.front().name)
                             : translated("Add %1 example microcycles").arg(count);
    return m_document.pushEdit(new AddMicrocyclesCommand(*this, std::move(added), text)) ? count
                                                                                         : 0;
}

} // namespace paceline
