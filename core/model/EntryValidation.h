#pragma once

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
};

/// One impossible value: where it is (the field, and the 0-based rep for rep fields)
/// and why, in words that name both ("Rep 3 time: 0:00.0 must be more than zero").
struct EntryProblem {
    EntryField field = EntryField::Start;
    int rep = -1;
    QString message;

    friend bool operator==(const EntryProblem&, const EntryProblem&) = default;
};

// The bounds, shared by the form, the CLI and the tests (docs/logging.md).
inline constexpr double kFastestPlausiblePaceSecondsPerKm = 120.0; ///< 2:00/km
inline constexpr double kMinRpe = 0.0;
inline constexpr double kMaxRpe = 10.0;
inline constexpr int kMinWellness = 1;
inline constexpr int kMaxWellness = 5;

/// Every impossible value in a session, in field order then rep order: zero or
/// negative times, paces faster than 2:00/km (running only), RPE outside 0-10, heart
/// rates outside 25-250 bpm (or a maximum below the average), wellness outside 1-5, negative
/// distances or cadences, no start time. Empty when the session can be saved.
std::vector<EntryProblem> validateLoggedSession(const LoggedSession& session);

} // namespace paceline
