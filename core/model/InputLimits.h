#pragma once

#include "Units.h"

#include <QDate>

namespace paceline::limits {

// The one place for what Paceline accepts from a person: the log form, the athlete
// form, the builder, the trends panel, paceline-cli and the session notation and JSON
// readers all check against these. They catch typos (a heart rate of 1600, a rep of
// 9.2 s for 92 s, 0206 for 2026) rather than describe the limits of the possible.
// docs/reliability.md lists each input with its bounds. A namespace of their own, so
// the older names (kMaxRpe in EntryValidation.h, ...) can stay as aliases of these
// without clashing with file-local constants of the same name.

/// Heart rates anywhere (bpm): the athlete's, a session's, a rep's, a trends band.
inline constexpr int kMinHeartRate = 25;
inline constexpr int kMaxHeartRate = 250;

/// Rating of perceived exertion (CR-10 scale).
inline constexpr double kMinRpe = 0.0;
inline constexpr double kMaxRpe = 10.0;

/// Wellness scores of a logged session.
inline constexpr int kMinWellness = 1;
inline constexpr int kMaxWellness = 5;

/// A logged run faster than 2:00/km is a typo in the distance or the time.
inline constexpr double kFastestPlausiblePaceSecondsPerKm = 120.0;

/// Paces of any sport, as targets and bands: 120 km/h down to a slow walk (1:00:00/km).
/// A logged run slower than the slow end is a typo too (8000 for 80.00).
inline constexpr double kFastestPaceSecondsPerKm = 30.0;
inline constexpr double kSlowestPaceSecondsPerKm = 3600.0;

/// A race slower than 20:00/km is a walk, and the VDOT model gives no training paces for
/// it (the fitted oxygen cost turns negative below about 25 m/min).
inline constexpr double kSlowestRacePaceSecondsPerKm = 1200.0;

/// The most one step of a session, one logged rep or one logged session may be.
inline constexpr Distance kMaxStepDistance{1'000'000.0}; // 1000 km
inline constexpr Duration kMaxStepDuration{48 * 3600.0}; // 48 h

/// Repeat counts of the notation and the builder, and how deeply repeats nest (1 for a
/// group of steps, 2 for a group holding a group, ...).
inline constexpr int kMaxRepeatCount = 100;
inline constexpr int kMaxRepeatNesting = 8;

/// Reps of one logged session (work and recoveries): 100 x 400 m with jogs is 200.
inline constexpr int kMaxLoggedReps = 1000;

/// Cadence of a rep, steps or revolutions per minute (the activity readers allow as much).
inline constexpr double kMaxCadence = 400.0;

/// Names of athletes: longer is a paste gone wrong, and no list shows it.
inline constexpr int kMaxNameLength = 100;

/// Dates a person types (session days, race days, ranges): a year outside these is a
/// typo (0206 or 20266 for 2026).
inline constexpr int kEarliestYear = 1900;
inline constexpr int kLatestYear = 2100;

inline bool isPlausibleDate(QDate date)
{
    return date.isValid() && date.year() >= kEarliestYear && date.year() <= kLatestYear;
}

} // namespace paceline::limits
