#pragma once

#include "WeekAnalysis.h"

#include <optional>
#include <vector>

namespace paceline::advice {

// Stable rule ids: stored with dismissed findings and named on the command line, so
// never rename one once shipped. docs/planner.md ("Week rules") describes each.
inline constexpr const char* kHardBackToBack = "week.hard-back-to-back";
inline constexpr const char* kHardWithoutEasyBefore = "week.hard-without-easy-before";
inline constexpr const char* kHardAfterLong = "week.hard-after-long";
inline constexpr const char* kNoRestOrLightDay = "week.no-rest-or-light-day";
inline constexpr const char* kTooManyHard = "week.too-many-hard";
inline constexpr const char* kTriRunAfterHardBike = "week.tri-run-after-hard-bike";
inline constexpr const char* kLoadRamp = "week.load-ramp";
inline constexpr const char* kAcwrHigh = "week.acwr-high";

using WeekFindings = std::vector<WeekFinding>;

// One function per rule or family. Each appends its findings earliest day first and
// builds fixes only when week.withFixes is set.
void checkHardSpacing(const WeekAnalysis& week, WeekFindings& out); // back-to-back, after-long
void checkEasyBefore(const WeekAnalysis& week, WeekFindings& out);
void checkRestOrLightDay(const WeekAnalysis& week, WeekFindings& out);
void checkHardCount(const WeekAnalysis& week, WeekFindings& out);
void checkTriathlonInterference(const WeekAnalysis& week, WeekFindings& out);
void checkLoadRamp(const WeekAnalysis& week, WeekFindings& out);
void checkAcuteChronic(const WeekAnalysis& week, WeekFindings& out);

/// The findings of the rules a move can change (all but the load rules), no fixes.
WeekFindings placementFindings(const WeekAnalysis& week);

/// "Move Wednesday's “3 × 2 km @ T” to Thursday": the nearest day in the checked range
/// (later first on a tie) that is empty or easy, not marked rest, where `finding` no
/// longer fires and nothing new does. Nothing when no day qualifies.
std::optional<WeekFix> moveFix(const WeekAnalysis& week, const WeekFinding& finding,
                               PlannedSessionId session);

/// Whether `after` (a trial with a session moved or changed) has no placement finding
/// that `before` lacks: the same rule about the same sessions (a rule judging a span of
/// days counts as the same while it fires). Both are checked without fixes.
bool addsNoFinding(const WeekAnalysis& before, const WeekAnalysis& after);

/// "Shorten Sunday's “Long run” from 100 to 80 min": the easy running of the checked
/// range's biggest session that is not hard, cut in steps of 10 % (to half at most)
/// until `fires` no longer does, without a new placement finding. Nothing otherwise.
std::optional<WeekFix> shortenFix(const WeekAnalysis& week, bool (*fires)(const WeekAnalysis&));

} // namespace paceline::advice
