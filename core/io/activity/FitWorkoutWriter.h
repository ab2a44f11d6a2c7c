#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"
#include "core/science/TrainingPaces.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace paceline {

struct FitWorkoutOptions {
    /// Resolves zone targets (@T, @I, ...) to speed ranges; without them a zone step is
    /// written open (no target) with the zone in its name.
    std::optional<TrainingPaces> paces;
    QDateTime created; ///< file_id.time_created; the current time when invalid
};

/// A FIT workout file (file_id type workout, one workout message, workout_step
/// messages) for a watch: repeat groups become repeat_until_steps_cmplt steps (nested
/// ones too), distances and durations their duration types, open steps "open" (lap
/// button), pace ranges and resolved zones custom speed targets, heart-rate ranges
/// custom heart-rate targets (bpm + 100), RPE a note. Fails with a message when the
/// session has no steps or more than the watch's step limit (docs/import.md).
Result<QByteArray> fitWorkout(const SessionTemplate& session, const FitWorkoutOptions& options);

} // namespace paceline
