#pragma once

#include "core/model/Intensity.h"

#include <QColor>

#include <optional>

namespace paceline {

/// One colour per zone, shared by every chart and the builder, so I pace looks the
/// same everywhere. Easy is blue-green, threshold amber, interval and repetition red;
/// the rotation zones are violet shades. Recoveries are drawn paler.
QColor zoneColor(std::optional<PaceZone> zone, bool recovery = false);

} // namespace paceline
