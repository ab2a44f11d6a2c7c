#pragma once

#include "CliContext.h"
#include "core/model/LoggedSession.h"

namespace paceline::cli {

/// --date, --time, --text, --splits, --rpe, --hr, --session-rpe, --title, --sport and
/// --notes: a workout as the `log` command takes it.
void addLogInputOptions(CliContext& context);

/// The session the options describe for `athlete`: its reps from --text with the
/// times of --splits, its totals and its stability figures. The reps carry no links
/// to planned steps, because the steps of --text are not stored. Errors name the
/// option and value; impossible values (a zero time, RPE 11) are left for
/// validateLoggedSession, so they are reported the same way as in the log form.
Result<LoggedSession> loggedSessionFromOptions(const CliContext& context, const Athlete& athlete);

} // namespace paceline::cli
