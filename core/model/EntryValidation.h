#pragma once

#include "InputLimits.h"
#include "LoggedSession.h"

#include <QString>

#include <vector>

namespace paceline {

/// The fields of a logged session a person types.
enum class EntryField {
    Start,
    Duration,
    Distance,
    SessionRpe,
    AvgHeartRate,
    MaxHeartRate,
    Wellness,
    RepDistance,
    RepTime,
    RepRpe,
    RepAvgHeartRate,
    RepMaxHeartRate,
    RepCadence,
    RepCount, ///< the session as a whole holds too many reps
};

/// One impossible value: where it is (the field, and the 0-based rep for rep fields)
/// and why, in words that name both ("Rep 3 time: 0:00.0 must be more than zero").
struct EntryProblem {
    EntryField field = EntryField::Start;
    int rep = -1;
    QString message;

    friend bool operator==(const EntryProblem&, const EntryProblem&) = default;
};

// The bounds, shared by the form, the CLI and the tests (docs/logging.md); the values
// live in InputLimits.h.
inline constexpr double kFastestPlausiblePaceSecondsPerKm =
    limits::kFastestPlausiblePaceSecondsPerKm; ///< 2:00/km
inline constexpr double kMinRpe = limits::kMinRpe;
inline constexpr double kMaxRpe = limits::kMaxRpe;
inline constexpr int kMinWellness = limits::kMinWellness;
inline constexpr int kMaxWellness = limits::kMaxWellness;

/// Every impossible value in a session, in field order then rep order: no start time
/// or a year outside 1900-2100, times of zero or less or over 48 h, distances below zero
/// or over 1000 km, paces faster than 2:00/km (running only) or, for a rep, slower than
/// 60:00/km, RPE outside 0-10, heart rates outside 25-250 bpm (or a maximum below the
/// average), wellness outside 1-5, cadences outside 0-400, more than 1000 reps. The
/// bounds are InputLimits.h's. Empty when the session can be saved.
std::vector<EntryProblem> validateLoggedSession(const LoggedSession& session);

} // namespace paceline
