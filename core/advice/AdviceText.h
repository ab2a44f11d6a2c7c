#pragma once

#include "SessionAnalysis.h"

#include <QString>

#include <vector>

namespace paceline::advice {

// Plain-language pieces for the findings' messages. Built only for findings that
// fire; English for now (the strings go through tr() once the advisor is translated).

/// "45 s", "90 s", "3 min", "3:55" (whole seconds).
QString durationText(Duration duration);
/// "1,000 m" below 10 km, "12.5 km" above; for rep lengths, which stay metric.
QString metresText(Distance distance);
/// "6.2 km" or "3.9 mi".
QString volumeText(Distance distance, UnitSystem units);
/// "4:15/km".
QString paceText(Speed speed, UnitSystem units);
/// "4:57–5:34/km": a band, faster pace first.
QString paceRangeText(const PaceRange& band, UnitSystem units);
/// "1,000 m", "1 mi" (a rep set in miles) or "3 min"; "an open amount" for a step
/// without one.
QString targetText(const Target& target);
/// "I pace", "race pace", "surge pace", ...
QString zoneText(PaceZone zone);
/// "jog", "walk", "standing", or all of them that occur: "jog and walk".
QString recoveryText(const std::vector<RecoveryMode>& modes);
/// "step 3" or "steps 3.1, 3.r".
QString stepsText(const std::vector<StepPath>& paths);
/// "the 6 × 1,000 m at I pace" for a repeated rep, "the 1,200 m at I pace" for one.
QString repText(const SessionAnalysis& session, int segment);

/// The text with its first letter in upper case, to start a sentence.
QString capitalized(QString text);

/// The duration rounded up (or to the nearest) multiple of `unit`.
Duration roundUp(Duration duration, Duration unit);
Duration roundNearest(Duration duration, Duration unit);

/// Adds `path` unless already there, keeping the list in tree order.
void addPath(std::vector<StepPath>& paths, const StepPath& path);

} // namespace paceline::advice
