#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace paceline {

/// Reads a logged session as loggedSessionToJson (LoggedSessionJson.h) writes it, with
/// its reps, its store ids ("id", "athlete_id", "planned_session_id", the reps'
/// "planned_step_id") and its stability figures. Derived values ("local_date",
/// "pace_s_per_km") are ignored; the load figures are not read (the store computes
/// them). Errors name the JSON path under `path`:
/// "sessions[12].reps[3].rpe: 11 is not between 0 and 10".
Result<LoggedSession> loggedSessionFromJson(const QJsonValue& json, const QString& path);

/// The stability figures unrounded (loggedSessionToJson rounds them for people), so a
/// backup restores exactly what was stored; null without figures.
QJsonValue stabilityToExactJson(const std::optional<PaceStability>& stability);

} // namespace paceline
