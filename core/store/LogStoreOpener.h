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

} // namespace paceline
