#pragma once

#include "core/model/PlannedSession.h"
#include "core/model/Result.h"

#include <QDate>

#include <vector>

namespace paceline {

class Database;

/// Planned sessions on athletes' calendars.
class PlanStore {
public:
    explicit PlanStore(Database& database) : m_database(database) {}

    /// Sessions planned for `athlete` from `first` to `last` inclusive, ordered by date
    /// and order within the day, with their steps.
    Result<std::vector<PlannedSession>> inRange(AthleteId athlete, QDate first, QDate last) const;
    Result<PlannedSession> find(PlannedSessionId id) const;

    /// Stores a new plan and sets the ids of it and of its steps.
    Status insert(PlannedSession& session);
    /// Replaces the plan; steps keeping their id keep their row (and reps linked to it).
    Status update(PlannedSession& session);
    /// Logged sessions that were linked to it stay, unlinked.
    Status remove(PlannedSessionId id);

private:
    Database& m_database;
};

} // namespace paceline
