#pragma once

#include "Database.h"
#include "LogStore.h"
#include "Migrations.h"

#include <memory>
#include <vector>

namespace paceline {

/// The whole of LogStore::open(): inspect the file without writing, decide whether it
/// opens read-only, then create or upgrade it with `migrations` (LogStore passes
/// Migrations::all(); tests pass lists that fail on purpose).
Result<std::unique_ptr<Database>, OpenError>
openDatabase(const QString& path, const OpenOptions& options,
             const std::vector<Migration>& migrations = Migrations::all());

/// The settings of every read-write connection: foreign keys on (an error if that
/// fails), a large page cache, and WAL with NORMAL sync when the switch to WAL works.
/// Public for tests, which block the switch to WAL on purpose.
Status configureWritableConnection(QSqlDatabase& database);

} // namespace paceline
