#pragma once

#include "ActivityReader.h"
#include "Recording.h"

#include <optional>
#include <vector>

namespace paceline::gpx {

/// A timed track point for splitting: time, cumulative haversine distance, heart rate.
struct TimedPoint {
    double seconds = 0.0;  ///< since 1970 UTC, millisecond precision
    double distance = 0.0; ///< metres from the first point, within segments only
    std::optional<int> heartRate;
};

/// Laps cut from a track (time never decreasing), as `split` asks; empty for Mode::None
/// or fewer than two points. Each lap has start, elapsed time, distance, average and
/// maximum heart rate of its points and average speed (distance / elapsed).
/// - EveryDistance: a lap every split.everyMetres (at least 10 m) of distance, the last
///   lap shorter; the boundary time is interpolated between the two points around it.
///   At most 100,000 laps: the last one holds the rest of a track with impossible jumps.
/// - PaceChange: see paceChangeBoundaries().
std::vector<RecordedLap> splitIntoLaps(const std::vector<TimedPoint>& track, const GpxSplit& split);

/// Where the pace changes. The rolling speed at a point is the time-weighted median of
/// the point-to-point speeds from 15 s before it to 15 s after it (a median, so that a
/// GPS jump is not a surge). It is compared with the rolling speed of the 30 s just
/// before that window, once the lap has 15 s before the window. When the pace (s/m)
/// differs by more than `share`, in the same direction, for at least 20 s, a new lap
/// starts where the rolling speed first passed halfway between the two speeds, which,
/// with a centred window, is where a step change happened. Slow drifts (tiring, a long
/// hill) do not start laps. A lap lasts at least 20 s.
std::vector<double> paceChangeBoundaries(const std::vector<TimedPoint>& track, double share);

} // namespace paceline::gpx
