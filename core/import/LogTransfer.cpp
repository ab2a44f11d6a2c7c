#include "LogTransfer.h"

#include "core/io/LogJsonFields.h"
#include "core/model/StepPath.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/MicrocycleStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

#include <algorithm>
#include <unordered_map>

namespace paceline {

namespace {

// Plans have no "first and last day" query; these bounds take every date the store
// can hold as ISO text.
const QDate kFirstPlanDay(1, 1, 1);
const QDate kLastPlanDay(9999, 12, 31);

template <typename T> Status appendAll(std::vector<T>& into, Result<std::vector<T>> read)
{
    if (!read)
        return read.error();
    for (T& item : *read)
        into.push_back(std::move(item));
    return {};
}

Status snapshotAthlete(const LogStore& store, AthleteId athlete, LogSnapshot& snapshot)
{
    if (Status plans = appendAll(snapshot.planned,
                                 store.plans().inRange(athlete, kFirstPlanDay, kLastPlanDay));
        !plans)
        return plans;
    if (Status rest = appendAll(snapshot.restDays,
                                store.plans().restDays(athlete, kFirstPlanDay, kLastPlanDay));
        !rest)
        return rest;
    auto range = store.sessions().dayRange(athlete);
    if (!range)
        return range.error();
    if (!*range)
        return {};
    return appendAll(snapshot.sessions, store.sessions().inRange(athlete, (*range)->first,
                                                                 (*range)->second, WithReps::Yes));
}

/// Old ids (in the snapshot) to new ids (in the target log), one map per kind.
struct IdMaps {
    std::unordered_map<AthleteId, AthleteId> athletes;
    std::unordered_map<TemplateId, TemplateId> templates;
    std::unordered_map<PlannedSessionId, PlannedSessionId> plans;
    std::unordered_map<StepId, StepId> steps;
};

template <typename Key> std::optional<Key> mapped(const std::unordered_map<Key, Key>& map, Key old)
{
    const auto found = map.find(old);
    return found == map.end() ? std::nullopt : std::optional<Key>(found->second);
}

/// The old plan's steps to the stored plan's, by their position in the tree (both
/// trees have the same shape: the store keeps the tree and only assigns ids).
void mapSteps(const StepTree& old, const StepTree& stored, IdMaps& maps)
{
    const std::vector<StepId> oldIds = logjson::stepIdsOf(old);
    const std::vector<StepId> newIds = logjson::stepIdsOf(stored);
    for (size_t index = 0; index < oldIds.size() && index < newIds.size(); ++index) {
        if (oldIds[index].isValid())
            maps.steps[oldIds[index]] = newIds[index];
    }
}

/// Runs the restore inside the caller's transaction, counting as it goes.
class Restore {
public:
    Restore(LogStore& store, const LogSnapshot& snapshot, RestoreCounts& counts)
        : m_store(store), m_snapshot(snapshot), m_counts(counts)
    {}

    Status run()
    {
        for (const auto& step : {&Restore::athletes, &Restore::templates, &Restore::microcycles,
                                 &Restore::plans, &Restore::restDays, &Restore::sessions}) {
            if (Status status = (this->*step)(); !status)
                return status;
        }
        return {};
    }

private:
    Status athletes()
    {
        for (const Athlete& athlete : m_snapshot.athletes) {
            auto existing = m_store.athletes().findByName(athlete.name);
            if (!existing)
                return existing.error();
            if (*existing) {
                m_maps.athletes[athlete.id] = (*existing)->id;
                ++m_counts.athletesMatched;
                continue;
            }
            Athlete added = athlete;
            added.id = AthleteId{};
            if (Status inserted = m_store.athletes().insert(added); !inserted)
                return inserted;
            m_maps.athletes[athlete.id] = added.id;
            ++m_counts.athletesAdded;
        }
        return {};
    }

    Status templates()
    {
        auto existing = m_store.templates().all();
        if (!existing)
            return existing.error();
        for (const SessionTemplate& sessionTemplate : m_snapshot.templates) {
            const auto same = std::find_if(existing->begin(), existing->end(), [&](const auto& t) {
                return t.name == sessionTemplate.name;
            });
            if (same != existing->end()) {
                m_maps.templates[sessionTemplate.id] = same->id;
                continue;
            }
            SessionTemplate added = sessionTemplate;
            added.id = TemplateId{};
            logjson::clearTreeIds(added.steps);
            if (Status inserted = m_store.templates().insert(added); !inserted)
                return inserted;
            m_maps.templates[sessionTemplate.id] = added.id;
            existing->push_back(added);
            ++m_counts.templatesAdded;
        }
        return {};
    }

    Status microcycles()
    {
        auto existing = m_store.microcycles().all();
        if (!existing)
            return existing.error();
        for (const MicrocycleTemplate& microcycle : m_snapshot.microcycles) {
            if (std::any_of(existing->begin(), existing->end(),
                            [&](const auto& m) { return m.name == microcycle.name; }))
                continue;
            MicrocycleTemplate added = microcycle;
            added.id = MicrocycleId{};
            for (MicrocycleSession& session : added.sessions)
                logjson::clearTreeIds(session.steps);
            if (Status inserted = m_store.microcycles().insert(added); !inserted)
                return inserted;
            existing->push_back(added);
            ++m_counts.microcyclesAdded;
        }
        return {};
    }

    Result<AthleteId> athleteFor(AthleteId old, const QString& what) const
    {
        if (auto id = mapped(m_maps.athletes, old))
            return *id;
        return Error{QStringLiteral("%1 belongs to athlete id %2, who is not in the backup")
                         .arg(what)
                         .arg(old.value)};
    }

    /// The plan already in the log for that athlete, day, order, name and sport, if any.
    Result<std::optional<PlannedSession>> samePlan(const PlannedSession& plan) const
    {
        auto day = m_store.plans().inRange(plan.athleteId, plan.date, plan.date);
        if (!day)
            return day.error();
        for (PlannedSession& stored : *day) {
            if (stored.orderInDay == plan.orderInDay && stored.name == plan.name &&
                stored.sport == plan.sport)
                return std::optional<PlannedSession>(std::move(stored));
        }
        return std::optional<PlannedSession>();
    }

    Status plans()
    {
        for (const PlannedSession& plan : m_snapshot.planned) {
            PlannedSession added = plan;
            auto athlete =
                athleteFor(plan.athleteId, QStringLiteral("The planned session '%1' on %2")
                                               .arg(plan.name, plan.date.toString(Qt::ISODate)));
            if (!athlete)
                return athlete.error();
            added.athleteId = *athlete;
            auto existing = samePlan(added);
            if (!existing)
                return existing.error();
            if (*existing) {
                m_maps.plans[plan.id] = (*existing)->id;
                mapSteps(plan.steps, (*existing)->steps, m_maps);
                ++m_counts.plannedSkipped;
                continue;
            }
            added.id = PlannedSessionId{};
            added.templateId =
                plan.templateId ? mapped(m_maps.templates, *plan.templateId) : std::nullopt;
            logjson::clearTreeIds(added.steps);
            if (Status inserted = m_store.plans().insert(added); !inserted)
                return inserted;
            m_maps.plans[plan.id] = added.id;
            mapSteps(plan.steps, added.steps, m_maps);
            ++m_counts.plannedAdded;
        }
        return {};
    }

    Status restDays()
    {
        for (const RestDay& day : m_snapshot.restDays) {
            RestDay marked = day;
            auto athlete =
                athleteFor(day.athleteId,
                           QStringLiteral("The rest day %1").arg(day.date.toString(Qt::ISODate)));
            if (!athlete)
                return athlete.error();
            marked.athleteId = *athlete;
            if (Status set = m_store.plans().setRestDay(marked); !set)
                return set;
        }
        return {};
    }

    Status sessions()
    {
        for (const LoggedSession& session : m_snapshot.sessions) {
            auto athlete = athleteFor(session.athleteId,
                                      QStringLiteral("The session '%1' of %2")
                                          .arg(session.title, session.start.toString(Qt::ISODate)));
            if (!athlete)
                return athlete.error();
            auto existing = m_store.sessions().findByStart(*athlete, session.start, session.sport);
            if (!existing)
                return existing.error();
            if (*existing) {
                ++m_counts.sessionsSkipped;
                continue;
            }
            LoggedSession added = remapped(session, *athlete);
            if (Status inserted = m_store.sessions().insert(added); !inserted)
                return inserted;
            ++m_counts.sessionsAdded;
        }
        return {};
    }

    LoggedSession remapped(const LoggedSession& session, AthleteId athlete) const
    {
        LoggedSession added = session;
        added.id = LoggedSessionId{};
        added.athleteId = athlete;
        added.plannedSessionId = session.plannedSessionId
                                     ? mapped(m_maps.plans, *session.plannedSessionId)
                                     : std::nullopt;
        for (Rep& rep : added.reps) {
            rep.id = RepId{};
            rep.plannedStepId = rep.plannedStepId && added.plannedSessionId
                                    ? mapped(m_maps.steps, *rep.plannedStepId)
                                    : std::nullopt;
        }
        return added;
    }

    LogStore& m_store;
    const LogSnapshot& m_snapshot;
    RestoreCounts& m_counts;
    IdMaps m_maps;
};

} // namespace

Result<LogSnapshot> snapshotOf(const LogStore& store)
{
    LogSnapshot snapshot;
    auto athletes = store.athletes().all();
    if (!athletes)
        return athletes.error();
    snapshot.athletes = *athletes;
    auto templates = store.templates().all();
    if (!templates)
        return templates.error();
    snapshot.templates = std::move(templates).value();
    auto microcycles = store.microcycles().all();
    if (!microcycles)
        return microcycles.error();
    snapshot.microcycles = std::move(microcycles).value();
    for (const Athlete& athlete : snapshot.athletes) {
        if (Status read = snapshotAthlete(store, athlete.id, snapshot); !read)
            return read.error();
    }
    return snapshot;
}

Result<RestoreCounts> restoreSnapshot(LogStore& store, const LogSnapshot& snapshot)
{
    RestoreCounts counts;
    const Status status = store.transaction([&]() -> Status {
        counts = RestoreCounts{};
        return Restore(store, snapshot, counts).run();
    });
    if (!status)
        return Error{QStringLiteral("Nothing was restored: %1").arg(status.errorMessage())};
    return counts;
}

} // namespace paceline
