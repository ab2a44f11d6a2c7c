#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <optional>
#include <vector>

namespace paceline {

class Database;

/// Athletes of the log. Names are unique, ignoring letter case.
class AthleteStore {
public:
    explicit AthleteStore(Database& database) : m_database(database) {}

    Result<std::vector<Athlete>> all() const; ///< ordered by name
    Result<int> count() const;
    Result<Athlete> find(AthleteId id) const;
    /// Like find(), but an athlete that is not in the log is nullopt, not an error.
    Result<std::optional<Athlete>> findIfPresent(AthleteId id) const;
    Result<std::optional<Athlete>> findByName(const QString& name) const;

    /// Stores a new athlete and sets `athlete.id`. An athlete that already has an id
    /// (removed earlier, being restored by undo) gets that id back.
    Status insert(Athlete& athlete);
    /// Saves the athlete. When their sex, heart rates or recent race change, the stored
    /// load figures of all their sessions are recomputed in the same transaction.
    Status update(const Athlete& athlete);
    /// Removes the athlete with all their plans and logged sessions.
    Status remove(AthleteId id);

private:
    Database& m_database;
};

} // namespace paceline
