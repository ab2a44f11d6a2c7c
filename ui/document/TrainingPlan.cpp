#include "TrainingPlan.h"

#include "LogDocument.h"
#include "LoggedSessions.h"
#include "PlanState.h"
#include "core/science/Stability.h"
#include "core/store/LogStore.h"
#include "core/store/MicrocycleStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

#include <algorithm>

namespace paceline {

namespace {

/// Bad input (a null date, a range backwards) reads as nothing rather than failing.
bool validRange(QDate first, QDate last)
{
    return first.isValid() && last.isValid() && first <= last;
}

} // namespace

TrainingPlan::TrainingPlan(LogDocument& document) : m_document(document) {}

bool TrainingPlan::readDays(AthleteId athlete, QDate first, QDate last, PlanState& state) const
{
    if (!validRange(first, last))
        return true;
    const PlanStore& plans = m_document.store().plans();
    auto sessions = plans.inRange(athlete, first, last);
    if (!sessions) {
        Q_EMIT m_document.storeError(sessions.errorMessage());
        return false;
    }
    auto rests = plans.restDays(athlete, first, last);
    if (!rests) {
        Q_EMIT m_document.storeError(rests.errorMessage());
        return false;
    }
    for (QDate date = first; date <= last; date = date.addDays(1))
        state.setDay({athlete, date}, {});
    for (PlannedSession& session : sessions.value())
        state.day({athlete, session.date})->sessions.push_back(std::move(session));
    for (RestDay& rest : rests.value())
        state.day({athlete, rest.date})->rest = std::move(rest);
    return true;
}

std::vector<PlanDay> TrainingPlan::days(AthleteId athlete, QDate first, QDate last) const
{
    PlanState state;
    if (!readDays(athlete, first, last, state))
        return {};
    std::vector<PlanDay> days;
    for (const auto& [key, day] : state.days())
        days.push_back(PlanDay{key.date, day.rest.has_value(), day.sessions});
    return days;
}

std::optional<PlannedSession> TrainingPlan::session(PlannedSessionId id) const
{
    auto found = m_document.store().plans().find(id);
    if (!found) {
        Q_EMIT m_document.storeError(found.errorMessage());
        return std::nullopt;
    }
    return std::move(found).value();
}

std::map<PlannedSessionId, PlanStatus> TrainingPlan::statuses(AthleteId athlete, QDate first,
                                                              QDate last, QDate today) const
{
    if (!validRange(first, last))
        return {};
    const PlanStore& plans = m_document.store().plans();
    auto sessions = plans.inRange(athlete, first, last);
    auto done = plans.completions(athlete, first, last);
    if (!sessions || !done) {
        Q_EMIT m_document.storeError(!sessions ? sessions.errorMessage() : done.errorMessage());
        return {};
    }
    std::map<PlannedSessionId, PlanStatus> statuses;
    for (const PlannedSession& session : sessions.value()) {
        if (done->count(session.id))
            statuses[session.id] = PlanStatus::Done;
        else if (today.isValid() && session.date < today)
            statuses[session.id] = PlanStatus::Missed;
        else
            statuses[session.id] = PlanStatus::Planned;
    }
    return statuses;
}

EstimateContext TrainingPlan::estimateContext(AthleteId athlete) const
{
    EstimateContext context;
    if (const std::optional<Athlete> found = m_document.athlete(athlete)) {
        context.paces = athletePaces(*found);
        context.maxHeartRate = found->maxHeartRate;
        context.restingHeartRate = found->restingHeartRate;
    }
    return context;
}

WeekAdviceInput TrainingPlan::adviceInput(AthleteId athlete, QDate first, QDate last) const
{
    WeekAdviceInput input;
    if (!validRange(first, last))
        return input;
    input.first = first;
    input.last = last;
    input.days = days(athlete, first.addDays(-7), last.addDays(7));
    input.estimate = estimateContext(athlete);

    const SessionStore& sessions = m_document.store().sessions();
    auto logged = sessions.dayRange(athlete);
    if (!logged) {
        Q_EMIT m_document.storeError(logged.errorMessage());
        return input;
    }
    if (!logged.value())
        return input; // nothing logged: no history to compare with
    // A log younger than 28 days gives fewer entries, so the ratios know how much
    // history there is rather than reading the days before it as rest.
    const QDate start = std::max(first.addDays(-28), logged.value()->first);
    const QDate end = first.addDays(-1);
    if (start > end)
        return input;
    auto loads = sessions.dailyLoads(athlete, start, end);
    if (!loads) {
        Q_EMIT m_document.storeError(loads.errorMessage());
        return input;
    }
    input.actualDailyLoad.assign(std::size_t(start.daysTo(end) + 1), 0.0);
    for (const DailyLoad& load : loads.value()) {
        const qint64 offset = start.daysTo(load.day);
        if (offset >= 0 && offset < qint64(input.actualDailyLoad.size()))
            input.actualDailyLoad[std::size_t(offset)] += load.sessionRpeLoad; // all sports
    }
    return input;
}

std::vector<MicrocycleTemplate> TrainingPlan::microcycles() const
{
    auto all = m_document.store().microcycles().all();
    if (!all) {
        Q_EMIT m_document.storeError(all.errorMessage());
        return {};
    }
    return std::move(all).value();
}

Status TrainingPlan::replacePlanNow(const PlanState& from, PlanState& to)
{
    LogStore& store = m_document.store();
    // Written into a copy: a failure part-way must not leave ids of rolled-back rows.
    PlanState written = to;
    Status status = store.transaction([&]() -> Status {
        // Removals first, so a session restored with its old id finds it free.
        for (const PlannedSession& old : from.sessions()) {
            if (!written.find(old.id)) {
                if (Status removed = detachAndRemove(old.id, written); !removed)
                    return removed;
            }
        }
        for (auto& [key, day] : written.days()) {
            for (PlannedSession& session : day.sessions) {
                const PlannedSession* old = session.id.isValid() ? from.find(session.id) : nullptr;
                Status saved = !old              ? store.plans().insert(session)
                               : *old != session ? store.plans().update(session)
                                                 : Status{};
                if (!saved)
                    return saved;
                if (!old) {
                    if (Status relinked = relinkLogs(session.id, from); !relinked)
                        return relinked;
                }
            }
            const PlanDayState* oldDay = from.day(key);
            const std::optional<RestDay> oldRest = oldDay ? oldDay->rest : std::nullopt;
            if (day.rest && day.rest != oldRest) {
                if (Status marked = store.plans().setRestDay(*day.rest); !marked)
                    return marked;
            } else if (!day.rest && oldRest) {
                if (Status cleared = store.plans().clearRestDay(key.athlete, key.date); !cleared)
                    return cleared;
            }
        }
        return {};
    });
    std::vector<std::pair<AthleteId, LoggedSessionId>> relinked;
    relinked.swap(m_relinked);
    if (!status)
        return m_document.reportFailure(status);
    to = std::move(written);
    announce(from, to);
    for (const auto& [athlete, logged] : relinked)
        Q_EMIT m_document.loggedSessions().sessionChanged(athlete, logged);
    return {};
}

Status TrainingPlan::detachAndRemove(PlannedSessionId id, PlanState& after)
{
    LogStore& store = m_document.store();
    Result<std::vector<LoggedSession>> linked = store.sessions().linkedTo(id);
    if (!linked)
        return linked.error();
    after.detachedLogs.erase(id);
    if (!linked->empty())
        after.detachedLogs.emplace(id, std::move(linked).value());
    return store.plans().remove(id);
}

Status TrainingPlan::relinkLogs(PlannedSessionId id, const PlanState& before)
{
    const auto found = before.detachedLogs.find(id);
    if (found == before.detachedLogs.end())
        return {};
    for (LoggedSession logged : found->second) {
        // The plan came back with its old step ids, so the reps' links are valid again.
        if (Status saved = m_document.store().sessions().update(logged); !saved)
            return saved;
        m_relinked.push_back({logged.athleteId, logged.id});
    }
    return {};
}

void TrainingPlan::announce(const PlanState& from, const PlanState& to)
{
    std::map<AthleteId, std::pair<QDate, QDate>> spans;
    for (const PlanDayKey& key : PlanState::changedDays(from, to)) {
        auto [span, added] = spans.try_emplace(key.athlete, key.date, key.date);
        span->second.first = std::min(span->second.first, key.date);
        span->second.second = std::max(span->second.second, key.date);
    }
    for (const auto& [athlete, span] : spans)
        Q_EMIT planChanged(athlete, span.first, span.second);
}

Status TrainingPlan::insertMicrocyclesNow(std::vector<MicrocycleTemplate>& microcycles)
{
    LogStore& store = m_document.store();
    std::vector<MicrocycleTemplate> written = microcycles;
    Status status = store.transaction([&]() -> Status {
        for (MicrocycleTemplate& microcycle : written) {
            if (Status inserted = store.microcycles().insert(microcycle); !inserted)
                return inserted;
        }
        return {};
    });
    if (!status)
        return m_document.reportFailure(status);
    microcycles = std::move(written);
    Q_EMIT microcyclesChanged();
    return {};
}

Status TrainingPlan::removeMicrocyclesNow(const std::vector<MicrocycleId>& ids)
{
    LogStore& store = m_document.store();
    Status status = store.transaction([&]() -> Status {
        for (MicrocycleId id : ids) {
            if (Status removed = store.microcycles().remove(id); !removed)
                return removed;
        }
        return {};
    });
    if (!status)
        return m_document.reportFailure(status);
    Q_EMIT microcyclesChanged();
    return {};
}

} // namespace paceline
