#pragma once

#include "core/model/PlanDay.h"
#include "core/model/PlannedSession.h"
#include "core/model/Result.h"

#include <QDate>

#include <map>
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

    /// Stores a new plan and sets the ids of it and of its steps. A valid preset plan
    /// id (undoing a removal) is kept, and so are preset step ids that are free.
    Status insert(PlannedSession& session);
    /// Replaces the plan; steps keeping their id keep their row (and reps linked to it).
    Status update(PlannedSession& session);
    /// Logged sessions that were linked to it stay, unlinked, and their reps lose their
    /// step links (ON DELETE SET NULL). Inserting it again with its ids does not relink
    /// them: whoever restores the links saves those sessions again.
    Status remove(PlannedSessionId id);

    /// Days marked rest for `athlete` from `first` to `last` inclusive, by date.
    Result<std::vector<RestDay>> restDays(AthleteId athlete, QDate first, QDate last) const;
    /// Marks the day rest (replacing its note); planned sessions on it are kept.
    Status setRestDay(const RestDay& day);
    /// Unmarks it; nothing happens when it was not marked.
    Status clearRestDay(AthleteId athlete, QDate date);

    /// The logged session linked to each plan of `athlete` from `first` to `last`
    /// that has one (the first logged, when several are).
    Result<std::map<PlannedSessionId, LoggedSessionId>> completions(AthleteId athlete, QDate first,
                                                                    QDate last) const;

private:
    Database& m_database;
};

} // namespace paceline
