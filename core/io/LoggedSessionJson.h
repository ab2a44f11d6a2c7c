#pragma once

#include "core/model/LoggedSession.h"

#include <QJsonObject>

namespace paceline {

/// A logged session as JSON for the CLI and exports: SI units (metres, seconds),
/// paces in seconds per km, enum ids, ISO 8601 times with their UTC offset, null for
/// what is not known, and its stability figures. `withReps` adds the reps.
QJsonObject loggedSessionToJson(const LoggedSession& session, bool withReps = true);

} // namespace paceline
