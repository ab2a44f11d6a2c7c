#pragma once

#include "core/model/Units.h"

namespace paceline::load {

// The thresholds of sessionLoad's hard / moderate / easy classification and of the
// long-session flag. docs/planner.md ("Hard, moderate, easy") gives the reasoning;
// "Daniels" is J. Daniels, Daniels' Running Formula, 3rd ed., Human Kinetics, 2014.

// A "quality" (Q) session in Daniels' sense has substantial T, I or R work: his T
// sessions are typically 20 min or more at T (a steady tempo run, or cruise intervals
// adding up to that), his I and R sessions several minutes of work at those paces.
// We call a session hard from 15 min at T or 6 min at I/R (convention informed by
// Daniels, a little below his typical sessions so that a short one still counts):
//     fastTime / kHardFastTime + thresholdTime / kHardThresholdTime >= 1,
// so a mix adds up too (3 min at I + 7.5 min at T). The sum is our convention.
inline constexpr Duration kHardFastTime = Duration::fromMinutes(6);
inline constexpr Duration kHardThresholdTime = Duration::fromMinutes(15);
// M running counts half towards T: it is "steady", not "comfortably hard" (Daniels
// uses M runs as quality sessions when they are long).
inline constexpr double kMarathonWeight = 0.5;

// Legs of other sports (a bike or swim leg, cross-training) are judged by their
// estimated perceived exertion (CR-10), on the same anchors the session estimate
// uses for running: T 6.5 and I 8 (docs/formulas.md, "Session estimate").
inline constexpr double kOtherSportThresholdRpe = 6.5;
inline constexpr double kOtherSportFastRpe = 8.0;
// At RPE 5 (the estimate's M anchor) a leg is steady work: moderate, never hard by
// itself, because endurance rides sit there for hours.
inline constexpr double kOtherSportModerateRpe = 5.0;

// Long sessions (convention, common in running and triathlon coaching): a run of
// 90 min or more, a ride of 3 h or more, a swim of 90 min or more. A brick counts each
// leg as its share of its own limit: 2 h on the bike (2/3) and 30 min of running (1/3)
// make one long session.
inline constexpr Duration kLongRun = Duration::fromMinutes(90);
inline constexpr Duration kLongRide = Duration::fromHours(3);
inline constexpr Duration kLongSwim = Duration::fromMinutes(90);
inline constexpr Duration kLongOther = Duration::fromHours(3);

} // namespace paceline::load
