#pragma once

#include "core/model/Units.h"

namespace paceline::advice {

// Every threshold the fatigue signals use, with where it comes from; docs/planner.md
// ("Fatigue") explains each one for coaches. "Convention" marks our reading of
// coaching practice rather than a published number.

// --- Acute:chronic load ------------------------------------------------------------
// Gabbett (2016), "The training-injury prevention paradox", Br J Sports Med 50:273-280:
// an acute:chronic workload ratio above 1.5 is the "danger zone" where injury risk
// climbs steeply. The ratio needs four weeks (28 days) of logged load.
inline constexpr double kAcuteChronicLimit = 1.5;
inline constexpr int kAcuteChronicDays = 28;

// --- Monotony ----------------------------------------------------------------------
// Foster (1998), "Monitoring training in athletes with reference to overtraining
// syndrome", Med Sci Sports Exerc 30:1164-1168: a week whose monotony (mean daily load
// over its standard deviation) is above 2.0 went with most of the illnesses seen.
inline constexpr double kMonotonyLimit = 2.0;
inline constexpr int kMonotonyDays = 7;

// --- RPE rising at the same pace ---------------------------------------------------
// Convention, after the within-session RPE drift of docs/logging.md: reps count as the
// same pace within 3 % of each other; the last 7 days are compared with the 21 before;
// a rise of a whole point on the CR-10 scale over at least 3 matched reps is more than
// day-to-day noise (ratings are given in halves at best).
inline constexpr double kSamePaceTolerance = 0.03;
inline constexpr int kRecentDays = 7;
inline constexpr int kBaselineDays = 21;
inline constexpr double kRpeRiseLimit = 1.0;
inline constexpr int kMinMatchedReps = 3;

// --- Wellness ----------------------------------------------------------------------
// McLean et al. (2010), Int J Sports Physiol Perform 5:367-383, score fatigue, sleep,
// soreness, stress and mood from 1 to 5 with 3 as "normal" (after the questionnaire
// of Hooper & Mackinnon 1995, Sports Med 20:321-327). A mean of 2.5 or less over the
// last sessions is below normal on most items. Poor sleep (2 or less) on 3 of the last
// 4 rated sessions counts on its own: sleep is the item that falls first (convention).
inline constexpr int kWellnessSessions = 4;
inline constexpr int kMinRatedSessions = 3;
inline constexpr double kPoorWellnessLimit = 2.5;
inline constexpr int kPoorSleepScore = 2;
inline constexpr int kPoorSleepNights = 3;

// --- Shortening hard blocks ---------------------------------------------------------
// Continuous blocks are cut to watch-friendly amounts (convention).
inline constexpr Duration kShortenTimeRounding{30.0};
inline constexpr Distance kShortenDistanceRounding{100.0};
// CR-10 7 is "very hard": a work step set by effort at or above it counts as hard.
inline constexpr double kHardRpe = 7.0;

} // namespace paceline::advice
