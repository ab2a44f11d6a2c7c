#pragma once

#include "core/io/activity/Recording.h"
#include "core/model/LoggedSession.h"
#include "core/science/TrainingPaces.h"

#include <optional>
#include <vector>

namespace paceline {

/// A lap's speed in m/s as the log will show it: its distance over its time (timer,
/// else elapsed), else the recorded average speed; nullopt when neither is known. A lap
/// recorded with no distance (a rest in the pool) has speed 0.
std::optional<double> lapSpeed(const RecordedLap& lap);

/// Work or recovery for each lap of one leg (docs/import.md, "From laps to reps"), in
/// this order of evidence:
/// 1. a kind the lap carries (Paceline's own CSV) is kept;
/// 2. when the watch marked any lap rest, recovery, warm-up or cool-down, those laps are
///    recovery and the others work;
/// 3. a single lap, or auto-laps (all laps but the last, or but the first and the last,
///    of the same distance: every kilometre or mile) are all work: they do not mark
///    efforts;
/// 4. runs, when the athlete has paces: laps at or faster than the slow end of marathon
///    pace (M pace + 2 %) are work and slower ones recovery, if the laps fall on both
///    sides of it;
/// 5. otherwise, when the fastest lap is more than 25 % faster than the slowest, the laps
///    split at the widest gap between neighbouring lap speeds, if the faster side of it
///    is at least 15 % faster (work above, recovery below); all work when not.
/// Laps under 15 s (a stray lap press at the end) do not set the speeds of rules 4 and
/// 5; they are classified with the others.
std::vector<RepKind> classifyLaps(const std::vector<RecordedLap>& laps, Sport sport,
                                  const std::optional<TrainingPaces>& paces);

} // namespace paceline
