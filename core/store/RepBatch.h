#pragma once

#include "Database.h"
#include "core/model/LoggedSession.h"

namespace paceline {

/// Inserts all reps of a newly stored session, up to 16 rows per INSERT, with ids
/// chosen up front and written back into the reps. A rep keeps a preset id that no
/// other row has (undoing a removal restores the reps as they were); the others get
/// ids past the highest rep id in the table and among the preset ones.
///
/// Why: each QSqlQuery::exec() costs about as much as SQLite's own work for a row,
/// and logs hold about eleven reps per session; one statement per session keeps the
/// demo's million reps fast. Choosing ids is safe because a write transaction
/// (BEGIN IMMEDIATE) holds SQLite's write lock, so no other writer can take them.
Status insertNewReps(Database& database, LoggedSession& session);

} // namespace paceline
