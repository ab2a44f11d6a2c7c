#include "PlanState.h"

#include <algorithm>
#include <set>

namespace paceline {

void PlanState::setDay(const PlanDayKey& key, PlanDayState day)
{
    m_days[key] = std::move(day);
}

PlanDayState* PlanState::day(const PlanDayKey& key)
{
    const auto found = m_days.find(key);
    return found == m_days.end() ? nullptr : &found->second;
}

const PlanDayState* PlanState::day(const PlanDayKey& key) const
{
    const auto found = m_days.find(key);
    return found == m_days.end() ? nullptr : &found->second;
}

const PlannedSession* PlanState::find(PlannedSessionId id) const
{
    for (const auto& [key, day] : m_days) {
        for (const PlannedSession& session : day.sessions) {
            if (session.id == id)
                return &session;
        }
    }
    return nullptr;
}

std::vector<PlannedSession> PlanState::sessions() const
{
    std::vector<PlannedSession> all;
    for (const auto& [key, day] : m_days)
        all.insert(all.end(), day.sessions.begin(), day.sessions.end());
    return all;
}

std::optional<PlannedSession> PlanState::take(PlannedSessionId id)
{
    for (auto& [key, day] : m_days) {
        const auto found = std::find_if(day.sessions.begin(), day.sessions.end(),
                                        [id](const PlannedSession& s) { return s.id == id; });
        if (found == day.sessions.end())
            continue;
        PlannedSession taken = std::move(*found);
        day.sessions.erase(found);
        renumber(day);
        return taken;
    }
    return std::nullopt;
}

bool PlanState::place(PlannedSession session, int orderInDay)
{
    PlanDayState* target = day({session.athleteId, session.date});
    if (!target)
        return false;
    const int size = int(target->sessions.size());
    const int at = orderInDay < 0 || orderInDay > size ? size : orderInDay;
    target->sessions.insert(target->sessions.begin() + at, std::move(session));
    renumber(*target);
    return true;
}

bool PlanState::setRest(const PlanDayKey& key, bool rest)
{
    PlanDayState* target = day(key);
    if (!target)
        return false;
    if (!rest)
        target->rest.reset();
    else if (!target->rest)
        target->rest = RestDay{key.athlete, key.date, {}};
    return true;
}

std::vector<PlanDayKey> PlanState::changedDays(const PlanState& a, const PlanState& b)
{
    std::set<PlanDayKey> keys;
    for (const auto& [key, day] : a.m_days)
        keys.insert(key);
    for (const auto& [key, day] : b.m_days)
        keys.insert(key);
    std::vector<PlanDayKey> changed;
    for (const PlanDayKey& key : keys) {
        const auto inA = a.m_days.find(key);
        const auto inB = b.m_days.find(key);
        if (inA == a.m_days.end() || inB == b.m_days.end() || inA->second != inB->second)
            changed.push_back(key);
    }
    return changed;
}

void PlanState::renumber(PlanDayState& day)
{
    // The planner shows a day's sessions by this number, so it must stay 0..n-1.
    for (std::size_t i = 0; i < day.sessions.size(); ++i)
        day.sessions[i].orderInDay = int(i);
}

} // namespace paceline
