#pragma once

#include "core/model/Athlete.h"

#include <QJsonObject>

namespace paceline {

/// JSON for an athlete, as printed by the CLI and written by later exports:
/// SI units (metres, seconds), enum ids, null for what is not known.
QJsonObject athleteToJson(const Athlete& athlete);

} // namespace paceline
