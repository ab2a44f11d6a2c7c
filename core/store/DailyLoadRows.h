#pragma once

#include "core/model/DailyLoad.h"
#include "core/model/Id.h"
#include "core/model/Result.h"

#include <QDate>

#include <vector>

namespace paceline {

class Database;

/// The athlete's daily_load rows from `first` to `last` inclusive, by day and then sport
/// in its declared order. Read through SQLite's own API (NativeStatement): the Analysis
/// screen may read the whole history, ten years being ~2,700 rows of 14 values. Where
/// that API cannot be used on the store's connection, through QtSql, with the same
/// result. A row this build cannot read (an unknown sport, a malformed day) makes the
/// result a Damaged error naming it, as selectAll does.
Result<std::vector<DailyLoad>> readDailyLoads(Database& database, AthleteId athlete, QDate first,
                                              QDate last);

} // namespace paceline
