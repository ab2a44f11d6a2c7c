#pragma once

#include "core/io/LogJson.h"
#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <QString>

namespace paceline {

class LogStore;

// The file side of File → Export Sessions as CSV, Back Up and Restore: what the menu
// items write and read, without their dialogs. Files are written whole or not at all
// (QSaveFile); errors name the file and say why.

/// Writes every session of `athlete` (with reps, oldest first) as sessions.csv and
/// reps.csv into `folder`, replacing what is there (both files or, on an error, neither);
/// returns how many sessions.
Result<int> writeSessionsCsv(const LogStore& store, const Athlete& athlete, const QString& folder);

/// Writes the whole log as one JSON backup at `path`; returns what it holds.
Result<LogSnapshot> writeLogBackup(const LogStore& store, const QString& path);

/// Reads a JSON backup (at most 1 GiB) without writing anything.
Result<LogSnapshot> readLogBackup(const QString& path);

/// "2 athletes, 412 logged sessions, 96 planned sessions and 14 library sessions".
QString backupContentsText(const LogSnapshot& snapshot);

} // namespace paceline
