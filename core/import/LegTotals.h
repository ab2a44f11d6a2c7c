#pragma once

#include "core/io/activity/Recording.h"
#include "core/model/LoggedSession.h"

#include <QDateTime>

#include <vector>

namespace paceline {

// The figures of one recorded leg as a logged session and reps: what the file says,
// else what its laps add up to, else what its samples give. Values that are not finite
// or negative or beyond what the CSV and JSON readers take back (a damaged file the
// reader let through: heart rates outside 25-250, cadence over 400, over a month or
// 10,000 km) count as missing, so every imported session survives an export.

/// The leg's start, else its first lap's, else its first sample's (UTC); invalid when
/// the file has none of them.
QDateTime legStartUtc(const RecordedSession& leg);

/// A session with the leg's duration (timer, else elapsed, else the laps' sum, else the
/// samples' span), distance and heart rates; no start, sport, title or reps yet.
LoggedSession totalsOfLeg(const RecordedSession& leg);

/// The laps that hold something: a lap with neither time nor distance (a double press
/// of the lap button) becomes no rep.
std::vector<RecordedLap> usableLaps(const std::vector<RecordedLap>& laps);

/// A rep from a lap: distance, time (timer, else elapsed), heart rates, cadence, and
/// the RPE and notes Paceline's CSV carries.
Rep repFromLap(const RecordedLap& lap, RepKind kind);

/// The one rep of a leg without laps: the session's totals, cadence from the samples.
Rep repFromTotals(const RecordedSession& leg, const LoggedSession& totals);

} // namespace paceline
