#pragma once

#include "CliContext.h"
#include "core/model/SessionTemplate.h"

namespace paceline::cli {

/// FILE.json or --text NOTATION, plus --name, --sport and --purpose.
void addSessionInputOptions(CliContext& context);

/// The sport a session in notation is done in: a brick when it has bike and run legs
/// (wherever they are, "3x(bike 10min; run 5min)" too), a ride when all its legs are
/// bike legs, a run otherwise.
Sport sportOfSteps(const StepTree& steps);

/// The session from the command line. Errors name the option, the file with its byte
/// offset or JSON path, or the notation column.
Result<SessionTemplate> sessionFromInput(const CliContext& context);

} // namespace paceline::cli
