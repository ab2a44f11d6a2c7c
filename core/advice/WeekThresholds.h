#pragma once

#include "core/model/Units.h"

namespace paceline::advice {

// Every threshold of the week rules, with where it comes from; docs/planner.md ("Week
// rules") explains each. "Convention" marks our reading of coaching practice.

// A light day: easy sessions only, an hour or less in all (convention: an easy run
// or a short, easy swim or spin; over an hour is ordinary aerobic volume).
inline constexpr Duration kLightDayMax = Duration::fromMinutes(60);

// Seven days without a rest or light day (Daniels: at least one easy or rest day a
// week; Seiler's polarised weeks are mostly easy days).
inline constexpr int kDaysWithoutLightDay = 7;

// The load ramp: planned week load over the mean weekly actual load of the previous
// four weeks by more than 10 %. Folklore with weak evidence (Buist et al. 2008 found no
// fewer injuries in novices who kept to it); kept as a gentle warning.
inline constexpr double kRampAllowed = 0.10;
// Compared with the previous four weeks; fewer than 14 days of history give no
// reliable base.
inline constexpr int kRampHistoryDays = 28;
inline constexpr int kRampMinHistoryDays = 14;

// Acute:chronic workload ratio over 1.5: Gabbett 2016 ("The training-injury prevention
// paradox", Br J Sports Med 50:273) puts the "danger zone" above 1.5, the "sweet spot"
// at 0.8-1.3 (Hulin et al. 2016, Br J Sports Med 50:231).
inline constexpr double kAcwrLimit = 1.5;

// The fixes for the load rules shorten one easy or steady session by up to half, in
// steps of 10 % (convention: more than that is a different week, the coach's call).
inline constexpr double kShortenStep = 0.10;
inline constexpr double kShortenLeast = 0.5;

} // namespace paceline::advice
