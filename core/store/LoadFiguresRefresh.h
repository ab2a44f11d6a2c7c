#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <QSqlDatabase>

#include <optional>
#include <unordered_map>

namespace paceline {

class Database;

using AthletesById = std::unordered_map<qint64, Athlete>;

/// Recomputes with sessionLoadFigures the stored load figures (TRIMP, running TSS, zone
/// times) of the logged sessions of `onlyAthlete`, or of every athlete when it is
/// absent, a batch of sessions with their reps at a time. Each session's athlete comes
/// from `athletes`; one missing there counts as an athlete of whom nothing is known.
/// Runs in the caller's transaction; daily_load follows through its triggers, if any.
Status recomputeLoadFigures(QSqlDatabase& database, const AthletesById& athletes,
                            std::optional<AthleteId> onlyAthlete);

/// Recomputes the figures of all of `athlete`'s sessions for the athlete as given, in
/// one transaction (a savepoint when called inside another one).
Status refreshAthleteLoadFigures(Database& database, const Athlete& athlete);

} // namespace paceline
