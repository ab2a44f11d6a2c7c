#pragma once

#include "core/model/Step.h"

#include <QString>

#include <vector>

namespace paceline {

// Short texts for steps in lists and menus. Units only change how distances and paces
// read: reps shorter than a mile stay in metres in both systems, as on a track.

/// "400 m", "1.5 km", "3 mi", "15 min", "90 s", "7:30"; empty when the step is open.
QString displayAmount(const Target& target, UnitSystem units);

/// "@I", "3:55/km", "3:55–4:05/km", "HR 150–160", "RPE 7"; empty when open.
QString displayIntensity(const Intensity& intensity, UnitSystem units);

/// "Warm-up", or "Work (Bike)" for a leg of a multisport session.
QString stepKindText(const Step& step);

/// "8 ×"
QString repeatText(const RepeatGroup& group);

/// For Edit menu texts: "warm-up", "8 × 400 m", "3 blocks".
QString blocksText(const std::vector<StepNode>& nodes, UnitSystem units = UnitSystem::Metric);

} // namespace paceline
