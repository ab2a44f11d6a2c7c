#pragma once

#include "core/model/LoggedSession.h"
#include "core/store/Database.h"

#include <QString>

#include <memory>

namespace paceline::test {

/// Writes a log of an older schema version the way that build did, for migration
/// tests. The athlete, template and plan stores write the same columns as then and
/// work on database(); sessions need insertSession(), because the current
/// SessionStore writes columns that files before version 5 do not have.
class OldLogWriter {
public:
    /// Creates `path` at schema `version` (1 to 4).
    OldLogWriter(const QString& path, int version);
    ~OldLogWriter();
    OldLogWriter(const OldLogWriter&) = delete;
    OldLogWriter& operator=(const OldLogWriter&) = delete;

    Database& database() { return *m_database; }
    /// Saves the session and its reps with the columns of version 1, so without
    /// stability (version 3) or load figures (version 5); sets their ids.
    void insertSession(LoggedSession& session);

private:
    QString m_connectionName;
    std::unique_ptr<Database> m_database;
};

} // namespace paceline::test
