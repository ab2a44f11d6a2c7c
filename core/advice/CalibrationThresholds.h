#pragma once

#include "core/model/Units.h"

namespace paceline::advice {

// Every threshold "calibrate the next session" uses (docs/advisor.md, "Calibrating the
// next session"). All are conventions: our reading of coaching practice, not published
// numbers, kept here so they can be argued with and changed in one place.

// --- Which history counts ------------------------------------------------------------
// The last three repeats: enough to see a pattern rather than one good or bad day, few
// enough that they describe the athlete as they are now (a template repeated weekly
// covers three weeks, about one training block).
inline constexpr int kCalibrationRepeats = 3;

// --- Shorter: the last repeat showed strain -------------------------------------------
// The reps slowed by more than 4 % from the first third to the last (about 9 s/km at
// 3:50/km): more than pacing noise, the sign of grinding on with failing form. "Better
// to shorten a rep than grind on with broken form."
inline constexpr double kShorterFadePercent = 4.0;
// A work rep rated 9.5 or more on the CR-10 scale was all-out: the session took more
// than quality work should, and recovery will not keep up if every repeat does.
inline constexpr double kShorterPeakRpe = 9.5;
// Fewer than half of the reps with a pace target reached it: the target is out of
// reach for the reps as long as they are now.
inline constexpr double kShorterOnTargetShare = 0.5;
// Cut each work rep by a tenth and keep its intensity: "when fatigue accumulates,
// shorten hard blocks while keeping their intensity". A tenth is felt in the last
// reps but keeps the session recognisably the same.
inline constexpr double kShortenFactor = 0.9;
// Round the cut amounts to what a track or a watch shows: 50 m below 1 km (a 400 m rep
// becomes 350 m, not 360 m), 100 m from 1 km; 5 s below 2 min, 15 s from 2 min.
inline constexpr Distance kShortDistanceRounding{50.0};
inline constexpr Distance kLongDistanceRounding{100.0};
inline constexpr Distance kLongDistanceFrom{1000.0};
inline constexpr Duration kShortDurationRounding{5.0};
inline constexpr Duration kLongDurationRounding{15.0};
inline constexpr Duration kLongDurationFrom{120.0};
// A rounded cut that takes off more than a fifth is not "a tenth shorter" (a 70 m rep
// would become 50 m, a 7 s one 5 s): such a rep counts as too short to cut.
inline constexpr double kShortenMinKept = 0.8;

// --- Faster: every recent repeat went well --------------------------------------------
// "Keep intensity high while recovery stays adequate": a faster target only after two
// repeats in a row that were on target, steady, unfaded and not too hard. One good day
// can be the weather.
inline constexpr int kFasterMinRepeats = 2;
// At least 4 reps in 5 on target or faster: the target is met, not just touched.
inline constexpr double kFasterOnTargetShare = 0.8;
// A pace CV of 3 % or less is steady running (the stability figures of docs/logging.md:
// about +-7 s/km at 3:50/km for one standard deviation).
inline constexpr double kFasterMaxCvPercent = 3.0;
// Slowing by 2 % or less from the first reps to the last is holding the pace.
inline constexpr double kFasterMaxFadePercent = 2.0;
// A mean work-rep RPE up to 7.5 ("very hard" is 7 on CR-10) leaves room: the same pace
// is starting to feel easier, not at the limit.
inline constexpr double kFasterMaxMeanRpe = 7.5;
// Work paces 1 % faster (about 2 s/km at 3:50/km): a step small enough to hold at the
// same effort, so the log can show faster splits without a jump in strain.
inline constexpr double kFasterSpeedFactor = 1.01;

} // namespace paceline::advice
