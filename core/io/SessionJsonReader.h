#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QJsonObject>

namespace paceline::sessionjson {

inline constexpr char kFormatId[] = "paceline-session";
inline constexpr int kVersion = 1;

/// Validates and reads a session object (docs/session-json.md); errors name the JSON
/// path. Behind sessionFromJson.
Result<SessionTemplate> readSession(const QJsonObject& json);

/// Seconds per kilometre for `speed`, to the millisecond when that reads back exactly
/// (the notation's paces per km), otherwise unrounded.
double secondsPerKilometreFor(Speed speed);

} // namespace paceline::sessionjson
