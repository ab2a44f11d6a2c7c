#pragma once

#include "core/model/Microcycle.h"
#include "core/model/Result.h"

#include <vector>

namespace paceline {

class Database;

/// Microcycle templates: named patterns of one or more weeks, shared by every athlete
/// of the log. Step ids inside a template are internal and read back as 0; a template
/// with an empty name, weeks < 1, or a session or rest day outside its days is refused
/// with nothing written.
class MicrocycleStore {
public:
    explicit MicrocycleStore(Database& database) : m_database(database) {}

    /// Every template with its sessions, ordered by name.
    Result<std::vector<MicrocycleTemplate>> all() const;
    Result<MicrocycleTemplate> find(MicrocycleId id) const;
    /// Stores a new template and sets its id; a valid preset id (undoing a removal) is kept.
    Status insert(MicrocycleTemplate& microcycle);
    /// Replaces the template with its sessions and rest days.
    Status update(const MicrocycleTemplate& microcycle);
    Status remove(MicrocycleId id);

private:
    Database& m_database;
};

} // namespace paceline
