#pragma once

#include <array>
#include <optional>

namespace paceline {

/// Daniels' five training zones as the analysis counts time in them (E, M, T, I, R);
/// the index into ZoneSeconds.
enum class LoadZone { Easy = 0, Marathon, Threshold, Interval, Repetition };
inline constexpr int kLoadZoneCount = 5;

/// Seconds spent in each LoadZone. Time nothing says anything about (no pace, no RPE)
/// is in no zone, so the sum may be less than the session's duration.
using ZoneSeconds = std::array<double, kLoadZoneCount>;

/// The load figures stored with each logged session besides its session-RPE load
/// (docs/formulas.md, "Training load"). The store computes them on every write from the
/// session and its athlete, so daily sums and charts never re-read reps.
struct SessionLoadFigures {
    /// Banister's TRIMP from heart rate; absent without the session's (or its reps')
    /// heart rate or the athlete's resting and maximum heart rate.
    std::optional<double> trimp;
    /// Running TSS from pace against threshold pace; absent for other sports, without
    /// a distance, or without the athlete's recent race.
    std::optional<double> runningTss;
    ZoneSeconds zoneSeconds{};

    friend bool operator==(const SessionLoadFigures&, const SessionLoadFigures&) = default;
};

} // namespace paceline
