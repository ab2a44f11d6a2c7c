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
    Result<std::optional<Athlete>> findByName(const QString& name) const;

    /// Stores a new athlete and sets `athlete.id`. An athlete that already has an id
    /// (removed earlier, being restored by undo) gets that id back.
    Status insert(Athlete& athlete);
    Status update(const Athlete& athlete);
    /// Removes the athlete with all their plans and logged sessions.
    Status remove(AthleteId id);

private:
    Database& m_database;
};

} // namespace paceline
