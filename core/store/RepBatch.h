#pragma once

#include "Database.h"
#include "core/model/LoggedSession.h"

namespace paceline {

/// Inserts all reps of a newly stored session, up to 16 rows per INSERT, with ids
/// chosen up front (one past the highest rep id) and written back into the reps.
///
/// Why: each QSqlQuery::exec() costs about as much as SQLite's own work for a row,
/// and logs hold about eleven reps per session; one statement per session keeps the
/// demo's million reps fast. Choosing ids is safe because a write transaction
/// (BEGIN IMMEDIATE) holds SQLite's write lock, so no other writer can take them.
Status insertNewReps(Database& database, LoggedSession& session);

} // namespace paceline
