#pragma once

#include "FitWorkoutWriter.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace paceline::fitworkout {

/// FIT profile values used by the workout export (Profile.xlsx: wkt_step_duration,
/// wkt_step_target, intensity, sport).
namespace duration {
inline constexpr std::uint8_t kTime = 0;
inline constexpr std::uint8_t kDistance = 1;
inline constexpr std::uint8_t kOpen = 5;
inline constexpr std::uint8_t kRepeatUntilStepsComplete = 6;
} // namespace duration

namespace target {
inline constexpr std::uint8_t kSpeed = 0;
inline constexpr std::uint8_t kHeartRate = 1;
inline constexpr std::uint8_t kOpen = 2;
} // namespace target

namespace intensity {
inline constexpr std::uint8_t kActive = 0;
inline constexpr std::uint8_t kRest = 1;
inline constexpr std::uint8_t kWarmUp = 2;
inline constexpr std::uint8_t kCoolDown = 3;
inline constexpr std::uint8_t kRecovery = 4;
} // namespace intensity

/// The most FIT steps (repeat steps included) a session may become. Watches differ;
/// this keeps files within what current Garmin watches load (docs/import.md).
inline constexpr int kMaxFitSteps = 100;

/// A point pace band (M, T, I, R) becomes a speed range this many seconds per km either
/// side of the pace: watches need a range to alert on.
inline constexpr double kPointPaceToleranceSecondsPerKm = 5.0;

/// One workout_step message before encoding; nullopt fields are written invalid.
struct FitStep {
    QString name;
    std::uint8_t durationType = duration::kOpen;
    std::optional<std::uint32_t> durationValue;
    std::optional<std::uint8_t> targetType;
    std::optional<std::uint32_t> targetValue;
    std::optional<std::uint32_t> customLow;
    std::optional<std::uint32_t> customHigh;
    std::optional<std::uint8_t> intensity;
    QString notes;
};

/// The session's steps in FIT order: a repeat group's steps, then a repeat step that
/// points back at the group's first step (message_index) with the count. A group with a
/// recovery between sets is unrolled so that the last set has no recovery after it:
/// (sets + recovery) repeated count - 1 times, then the sets once more. Fails when there
/// are no steps or more than kMaxFitSteps; `sessionName` goes into the messages.
Result<std::vector<FitStep>> flattenSteps(const StepTree& steps, const FitWorkoutOptions& options,
                                          const QString& sessionName);

} // namespace paceline::fitworkout
