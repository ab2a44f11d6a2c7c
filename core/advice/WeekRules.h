#pragma once

#include "WeekAnalysis.h"

#include <initializer_list>
#include <map>
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

/// The rule id as a finding holds it. Made once per id: trying fixes builds findings by
/// the hundred.
QString ruleId(const char* id);

// One function per rule or family. Each appends its findings earliest day first and
// builds fixes and messages only when week.withFixes is set.
void checkHardSpacing(const WeekAnalysis& week, WeekFindings& out); // back-to-back, after-long
void checkEasyBefore(const WeekAnalysis& week, WeekFindings& out);
void checkRestOrLightDay(const WeekAnalysis& week, WeekFindings& out);
void checkHardCount(const WeekAnalysis& week, WeekFindings& out);
void checkTriathlonInterference(const WeekAnalysis& week, WeekFindings& out);
void checkLoadRamp(const WeekAnalysis& week, WeekFindings& out);
void checkAcuteChronic(const WeekAnalysis& week, WeekFindings& out);

// The rules above that judge a day by itself and the day before it: what they find
// about `day` alone. Trying a fix changes a day or two, and only these findings (and
// the span rules') can change with it.
void checkSpacingOn(const WeekAnalysis& week, const WeekDay& day, WeekFindings& out);
void checkTriathlonOn(const WeekAnalysis& week, const WeekDay& day, WeekFindings& out);
// The rules that judge a span of days, about the spans holding `date` only: whether
// week.no-rest-or-light-day and week.too-many-hard fire there.
bool noRestOrLightDayThrough(const WeekAnalysis& week, const QDate& date);
bool tooManyHardAround(const WeekAnalysis& week, const QDate& date);

/// The findings of the rules a move can change (all but the load rules), no fixes.
WeekFindings placementFindings(const WeekAnalysis& week);

/// What makes two placement findings "the same problem" before and after a fix is
/// tried: the rule and the sessions concerned (sorted; the days change with a move).
struct FindingKey {
    QString rule;
    std::vector<PlannedSessionId> sessions;

    friend bool operator==(const FindingKey&, const FindingKey&) = default;
};

/// What the fixes of one analysis share, so that trying many candidates stays cheap:
/// the keys of the week's placement findings (without fixes), one copy of the week to
/// try changes on (every trial leaves it as it was), and what each move tried brought.
struct FixTrials {
    explicit FixTrials(const WeekAnalysis& week);

    std::vector<FindingKey> old;
    bool oldNoRestOrLightDay = false; ///< whether `old` holds each span rule's key
    bool oldTooManyHard = false;
    WeekAnalysis trial;
    /// keysAround for a session moved to a day, by session id and Julian day.
    std::map<std::pair<qint64, qint64>, std::vector<FindingKey>> moves;
};

/// The analysis' FixTrials, made on first use.
FixTrials& fixTrials(const WeekAnalysis& week);

/// "Move Wednesday's “3 × 2 km @ T” to Thursday": the nearest day in the checked range
/// (later first on a tie) that is empty or easy, not marked rest, where `finding` no
/// longer fires and nothing new does. Nothing when no day qualifies.
std::optional<WeekFix> moveFix(const WeekAnalysis& week, const WeekFinding& finding,
                               PlannedSessionId session);

/// Whether fixTrials(week).trial, with the sessions of the days `changed` moved or
/// changed, has no placement finding that `week` lacks: the same rule about the same
/// sessions (a rule judging a span of days counts as the same while it fires). Only
/// the findings the change can bring are worked out (keysAround in WeekMoveFix.cpp);
/// both are checked without fixes.
bool addsNoFinding(const WeekAnalysis& week, std::initializer_list<QDate> changed);

/// "Shorten Sunday's “Long run” from 100 to 80 min": the easy running of the checked
/// range's biggest session that is not hard, cut in steps of 10 % (to half at most)
/// until `fires` no longer does, without a new placement finding. Nothing otherwise.
std::optional<WeekFix> shortenFix(const WeekAnalysis& week, bool (*fires)(const WeekAnalysis&));

} // namespace paceline::advice
