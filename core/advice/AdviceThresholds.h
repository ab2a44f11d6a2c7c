#pragma once

#include "core/model/Units.h"

namespace paceline::advice {

// Every threshold the session rules use, with where it comes from. "Daniels" is
// J. Daniels, Daniels' Running Formula, 3rd ed., Human Kinetics, 2014 (chapter 4 on
// E, M, T, I and R training and its workout tables). "Convention" marks a value that
// is our reading of coaching practice rather than a published number; docs/advisor.md
// lists them all.

// --- Warm-up and cool-down ---------------------------------------------------------
// Daniels warms up and cools down with 10-30 min of E running around quality work;
// 10 min is the least that counts as a warm-up. "About" 10: a minute short passes, as
// warm-ups written as distances vary with pace (2 km at E is 9 min at VDOT 60).
inline constexpr Duration kMinWarmUp = Duration::fromMinutes(10);
inline constexpr Duration kWarmUpTolerance = Duration::fromMinutes(1);
inline constexpr Duration kFixWarmUp = Duration::fromMinutes(15); // convention
// Convention: under 5 min of easy running after the last hard effort is no cool-down;
// the fix adds Daniels' usual 10 min.
inline constexpr Duration kMinCoolDown = Duration::fromMinutes(5);
inline constexpr Duration kFixCoolDown = Duration::fromMinutes(10);

// --- Recoveries between reps -------------------------------------------------------
// I: Daniels' recovery jogs are "equal to or a little less than" the work bout, never
// longer; his own workout tables pair 800 m reps with 2 min jogs even for runners of
// 30 miles a week (VDOT ~33: 800 m in 4:22, a 0.46 x recovery). So under 0.4 x the rep
// is too short (convention), and the fix restores equal time.
inline constexpr double kIntervalRecoveryMin = 0.4;
inline constexpr double kIntervalRecoveryGuide = 1.0;
inline constexpr double kIntervalRecoveryGuideLow = 0.9; // lower end quoted in messages
// Never longer than the rep, says Daniels; we allow twice before calling it so long
// that the heart rate falls back (convention).
inline constexpr double kIntervalRecoveryMax = 2.0;
// Standing or walking for longer than this lets the heart rate fall right back
// (convention).
inline constexpr Duration kPassiveRecoveryMax = Duration::fromMinutes(3);

// R: Daniels gives R reps full recoveries, 2-3 times the rep, typically a jog as far
// as the rep (200 m R + 200 m jog). An equal-distance jog at the slow end of E takes
// about 1.5 x the rep, so that is the floor; the fix gives 2 x.
inline constexpr double kRepetitionRecoveryMin = 1.5;
inline constexpr double kRepetitionRecoveryGuide = 2.0;
inline constexpr double kRepetitionRecoveryGuideHigh = 3.0;

// T: Daniels' cruise intervals rest about 1 min per 5 min of T running.
inline constexpr double kThresholdRecoveryPerRep = 0.2;
// Convention: under three quarters of that is too short; over three times it (and
// over 2 min) and the reps stop adding up to a threshold session.
inline constexpr double kThresholdRecoveryMinShare = 0.75;
inline constexpr double kThresholdRecoveryMaxShare = 3.0;
inline constexpr Duration kThresholdRecoveryMaxFloor = Duration::fromMinutes(2);

// Fixed recoveries are rounded up to a quarter minute, as people set watches.
inline constexpr Duration kRecoveryRounding{15.0};

// --- Rep length --------------------------------------------------------------------
// Daniels: I reps of 3-5 min, not over 5 (more adds lactate, not VO2max time); R reps
// not over about 2 min. Table 5.2 prints no I time over 5:00 nor R time over 2:00.
inline constexpr Duration kIntervalRepMax = Duration::fromMinutes(5);
inline constexpr Duration kRepetitionRepMax = Duration::fromMinutes(2);
// Rounding in the pace table: a rep a few seconds over still counts as within.
inline constexpr Duration kRepLengthTolerance{10.0};

// --- Volume per zone in one session (Daniels) ----------------------------------------
inline constexpr double kThresholdWeeklyShare = 0.10;
inline constexpr double kIntervalWeeklyShare = 0.08;
inline constexpr Distance kIntervalSessionMax{10000.0};
inline constexpr double kRepetitionWeeklyShare = 0.05;
inline constexpr Distance kRepetitionSessionMax{8000.0};

// --- Taper after the main set (convention) ------------------------------------------
// At least this much relaxed jogging, or some easy strides, between the last hard
// effort and the cool-down.
inline constexpr Duration kMinTaperJog = Duration::fromMinutes(4);
inline constexpr Duration kFixTaperJog = Duration::fromMinutes(5);

// --- Three-zone rotation (convention) ------------------------------------------------
// The final block is "strong and even": at race pace (not a surge), continuous, at
// least 3 min and at least half as long as the longest race-pace block before it.
inline constexpr Duration kMinFinalPush = Duration::fromMinutes(3);
inline constexpr double kFinalPushShareOfLongest = 0.5;
// The fix's final block: three quarters of the longest race block, whole minutes.
inline constexpr double kFixFinalPushShare = 0.75;
inline constexpr Duration kFixFloat = Duration::fromMinutes(2);

// --- Purpose (convention) -----------------------------------------------------------
// Turnover work is R-type: reps within Daniels' 2 min R limit.
inline constexpr Duration kTurnoverRepMax = kRepetitionRepMax;
// Neuromuscular work is sprint-like: reps of up to about 30 s.
inline constexpr Duration kNeuromuscularRepMax{30.0};
// Aerobic endurance: at most a fifth of the time at I, R or surge pace, and at most
// half at T or faster.
inline constexpr double kAerobicFastShareMax = 0.2;
inline constexpr double kAerobicHardShareMax = 0.5;

} // namespace paceline::advice
