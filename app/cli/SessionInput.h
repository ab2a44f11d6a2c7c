#pragma once

#include "CliContext.h"
#include "core/model/SessionTemplate.h"

namespace paceline::cli {

/// FILE.json or --text NOTATION, plus --name, --sport and --purpose.
void addSessionInputOptions(CliContext& context);

/// The session from the command line. Errors name the option, the file with its byte
/// offset or JSON path, or the notation column.
Result<SessionTemplate> sessionFromInput(const CliContext& context);

} // namespace paceline::cli
