#pragma once

namespace paceline {

/// How much the hardest part of a session weighs in the session RPE an athlete gives
/// it (Foster's CR-10 rating of the whole session, 30 minutes after). Athletes rate
/// interval sessions well above their time-averaged exertion (Foster et al. 2001, J
/// Strength Cond Res 15:109, found session RPE tracking the hard work, not the
/// warm-up and recoveries), so the rating blends the peak and the mean. The weight is
/// this project's convention (docs/planner.md, "Load"); the demo's athletes rate their
/// sessions with it, and planned loads are predicted with it, so the two compare.
inline constexpr double kPeakWeightInSessionRpe = 0.6;

/// The session RPE predicted from the session's time-weighted mean exertion and the
/// exertion of its hardest segment (both CR-10).
constexpr double predictedSessionRpe(double meanRpe, double peakRpe)
{
    return kPeakWeightInSessionRpe * peakRpe + (1.0 - kPeakWeightInSessionRpe) * meanRpe;
}

} // namespace paceline
