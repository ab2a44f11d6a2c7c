#pragma once

#include "core/model/Microcycle.h"
#include "core/model/Result.h"

#include <vector>

namespace paceline {

class Database;

/// Microcycle templates: named patterns of one or more weeks, shared by every athlete
/// of the log.
class MicrocycleStore {
public:
    explicit MicrocycleStore(Database& database) : m_database(database) {}

    /// Every template with its sessions, ordered by name.
    Result<std::vector<MicrocycleTemplate>> all() const;
    Result<MicrocycleTemplate> find(MicrocycleId id) const;
    /// Stores a new template and sets its id; a valid preset id (undoing a removal) is kept.
    Status insert(MicrocycleTemplate& microcycle);
    Status update(const MicrocycleTemplate& microcycle);
    Status remove(MicrocycleId id);

private:
    Database& m_database;
};

} // namespace paceline
