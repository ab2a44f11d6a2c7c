#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QString>

namespace paceline {

/// Writes a session as JSON (SessionJson.h) to `path`, atomically: the file is either
/// the whole new session or what it was before. The error names the file.
Status writeSessionFile(const SessionTemplate& session, const QString& path);

/// Reads a session JSON file; errors name the file and the byte offset or JSON path.
Result<SessionTemplate> readSessionFile(const QString& path);

} // namespace paceline
