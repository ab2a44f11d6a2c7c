// The "move this session" fix shared by the spacing rules: try the nearest days and
// keep the first where the finding is gone and nothing new appears.

#include "WeekRules.h"

#include <algorithm>
#include <cstdlib>

namespace paceline::advice {

namespace {

/// What makes two findings "the same problem" before and after a move: the rule and
/// the sessions concerned (the days change with the move).
struct FindingKey {
    QString rule;
    std::vector<PlannedSessionId> sessions;

    friend bool operator==(const FindingKey&, const FindingKey&) = default;
};

FindingKey keyOf(const WeekFinding& finding)
{
    // The rules that judge a span of days are "the same problem" while they fire,
    // whichever sessions fall in their busiest span.
    if (finding.rule == QLatin1String(kNoRestOrLightDay) ||
        finding.rule == QLatin1String(kTooManyHard))
        return {finding.rule, {}};
    FindingKey key{finding.rule, finding.sessions};
    std::sort(key.sessions.begin(), key.sessions.end());
    return key;
}

std::vector<FindingKey> keysOf(const WeekFindings& findings)
{
    std::vector<FindingKey> keys;
    keys.reserve(findings.size());
    for (const WeekFinding& finding : findings)
        keys.push_back(keyOf(finding));
    return keys;
}

bool contains(const std::vector<FindingKey>& keys, const FindingKey& key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

/// Empty, or only easy short-or-long-free sessions, and not marked rest: a day that can
/// take one more session without becoming a second hard day by itself.
bool canTakeSession(const WeekDay& day)
{
    if (day.markedRest)
        return false;
    return std::all_of(day.sessions.begin(), day.sessions.end(), [](const WeekSession& session) {
        return session.load.hardness == Hardness::Easy && !session.load.longSession;
    });
}

/// Days of the checked range, nearest to `from` first, the later one first on a tie
/// (moving a session on in the week is the usual way round).
std::vector<QDate> candidateDays(const WeekAnalysis& week, const QDate& from)
{
    std::vector<QDate> candidates;
    for (const WeekDay& day : week.days) {
        if (day.date != from && week.inRange(day.date) && canTakeSession(day))
            candidates.push_back(day.date);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const QDate& a, const QDate& b) {
        const qint64 da = std::abs(from.daysTo(a));
        const qint64 db = std::abs(from.daysTo(b));
        return da != db ? da < db : a > b;
    });
    return candidates;
}

} // namespace

WeekFindings placementFindings(const WeekAnalysis& week)
{
    WeekFindings findings;
    checkHardSpacing(week, findings);
    checkEasyBefore(week, findings);
    checkRestOrLightDay(week, findings);
    checkHardCount(week, findings);
    checkTriathlonInterference(week, findings);
    return findings;
}

bool addsNoFinding(const WeekAnalysis& before, const WeekAnalysis& after)
{
    const std::vector<FindingKey> old = keysOf(placementFindings(before));
    const std::vector<FindingKey> now = keysOf(placementFindings(after));
    return std::all_of(now.begin(), now.end(),
                       [&](const FindingKey& key) { return contains(old, key); });
}

std::optional<WeekFix> moveFix(const WeekAnalysis& week, const WeekFinding& finding,
                               PlannedSessionId session)
{
    const WeekDay* from = nullptr;
    const WeekSession* moving = week.session(session, &from);
    if (!moving || !from || !week.inRange(from->date) || !week.hasUniqueId(session))
        return std::nullopt;
    const FindingKey trigger = keyOf(finding);
    WeekAnalysis before = week;
    before.withFixes = false;
    const std::vector<FindingKey> old = keysOf(placementFindings(before));
    for (const QDate& to : candidateDays(week, from->date)) {
        WeekAnalysis trial = before;
        trial.move(session, to);
        const std::vector<FindingKey> now = keysOf(placementFindings(trial));
        const bool onlyOld = std::all_of(now.begin(), now.end(),
                                         [&](const FindingKey& key) { return contains(old, key); });
        if (onlyOld && !contains(now, trigger)) {
            PlanChange change;
            change.session = session;
            change.moveTo = to;
            return WeekFix{QStringLiteral("Move %1 to %2")
                               .arg(sessionText(week, from->date, *moving), dayText(week, to)),
                           {change}};
        }
    }
    return std::nullopt;
}

} // namespace paceline::advice
