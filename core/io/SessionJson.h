#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QByteArray>
#include <QJsonObject>

namespace paceline {

/// A session template as JSON, for sharing sessions (docs/session-json.md): its
/// fields, the structured step tree, and its notation line for people to read.
QJsonObject sessionToJson(const SessionTemplate& session);

/// Reads a session written by sessionToJson (or by hand). Errors name the JSON path
/// and what was wrong there ("steps[2].target.distance_m: must be a positive number").
/// Store ids in the file are ignored: an imported session is a new one.
Result<SessionTemplate> sessionFromJson(const QJsonObject& json);

/// Parses bytes (a whole file) as sessionFromJson would; errors for malformed JSON
/// name the byte offset.
Result<SessionTemplate> sessionFromJsonBytes(const QByteArray& bytes);

} // namespace paceline
