#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <vector>

namespace paceline {

class Database;

/// The log's library of session templates (shared by all its athletes).
class TemplateStore {
public:
    explicit TemplateStore(Database& database) : m_database(database) {}

    Result<std::vector<SessionTemplate>> all() const; ///< ordered by name, with steps
    Result<SessionTemplate> find(TemplateId id) const;

    /// Stores a new template and sets the ids of it and of every step and group. A
    /// template that already has an id (removed earlier, being restored by undo) gets
    /// that id back; its steps always get new ids. Fails, changing nothing, when the
    /// id is taken.
    Status insert(SessionTemplate& sessionTemplate);
    /// Replaces the template's fields and step tree; steps keeping their id keep
    /// their row, new steps get ids.
    Status update(SessionTemplate& sessionTemplate);
    /// Plans made from it keep their copy of the steps.
    Status remove(TemplateId id);

private:
    Database& m_database;
};

} // namespace paceline
