#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <optional>

namespace paceline {
class LogStore;
}

namespace paceline::cli {

class CliContext;

/// Why a template was not found: an unknown name (bad input) or a log that could not
/// be read.
struct TemplateLookupError {
    QString message;
    bool readFailed = false;
};

/// The log's template called `name`: its exact name, else the one name that matches
/// ignoring case, spaces and "×" typed as "x" (the library's names use the sign, which
/// few keyboards have). The error names the log and the nearest names there are.
Result<SessionTemplate, TemplateLookupError> findTemplateByName(const LogStore& store,
                                                                const QString& name);

/// findTemplateByName for a command: on failure prints why and sets `exitStatus` (2 for
/// an unknown name, 1 when the log could not be read).
std::optional<SessionTemplate> templateByName(CliContext& context, const LogStore& store,
                                              const QString& name, int& exitStatus);

} // namespace paceline::cli
