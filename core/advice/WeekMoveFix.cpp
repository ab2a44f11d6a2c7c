// The "move this session" fix shared by the spacing rules: try the nearest days and
// keep the first where the finding is gone and nothing new appears.

#include "WeekRules.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <span>

namespace paceline::advice {

namespace {

FindingKey keyOf(WeekFinding finding)
{
    // The rules that judge a span of days are "the same problem" while they fire,
    // whichever sessions fall in their busiest span.
    if (finding.rule == ruleId(kNoRestOrLightDay) || finding.rule == ruleId(kTooManyHard))
        return {std::move(finding.rule), {}};
    FindingKey key{std::move(finding.rule), std::move(finding.sessions)};
    std::sort(key.sessions.begin(), key.sessions.end());
    return key;
}

std::vector<FindingKey> keysOf(WeekFindings findings)
{
    std::vector<FindingKey> keys;
    keys.reserve(findings.size());
    for (WeekFinding& finding : findings)
        keys.push_back(keyOf(std::move(finding)));
    return keys;
}

bool contains(const std::vector<FindingKey>& keys, const FindingKey& key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool containsRule(const std::vector<FindingKey>& keys, const char* rule)
{
    return std::any_of(keys.begin(), keys.end(),
                       [&](const FindingKey& key) { return key.rule == QLatin1String(rule); });
}

/// The keys of the placement findings that the trial, a copy of the week with the days
/// `changed` edited, may have and the week not. The rules that judge a day by itself
/// and the day before it can only find something new about a changed day or the day
/// after one; elsewhere they find what they found in the week. A span rule's key is
/// its rule alone, so it brings a new key only when the week has none of its findings,
/// and then only in a span holding a day that `gained` (a session, or load): a day that
/// only lost a session is no harder, and no span through it can start to fire.
std::vector<FindingKey> keysAround(const FixTrials& trials, std::initializer_list<QDate> changed,
                                   std::initializer_list<QDate> gained)
{
    const WeekAnalysis& trial = trials.trial;
    std::array<QDate, 4> anchors;
    size_t anchorCount = 0;
    for (const QDate& date : changed) {
        for (const QDate& anchor : {date, shifted(date, 1)}) {
            const auto end = anchors.begin() + std::ptrdiff_t(anchorCount);
            if (anchorCount < anchors.size() && std::find(anchors.begin(), end, anchor) == end)
                anchors[anchorCount++] = anchor;
        }
    }
    WeekFindings findings;
    findings.reserve(8);
    for (size_t i = 0; i < anchorCount; ++i) {
        if (const WeekDay* day = trial.day(anchors[i])) {
            checkSpacingOn(trial, *day, findings);
            checkTriathlonOn(trial, *day, findings);
        }
    }
    std::vector<FindingKey> keys = keysOf(std::move(findings));
    const auto anyChanged = [&](bool (*fires)(const WeekAnalysis&, const QDate&)) {
        return std::any_of(gained.begin(), gained.end(),
                           [&](const QDate& date) { return fires(trial, date); });
    };
    if (!trials.oldNoRestOrLightDay && anyChanged(noRestOrLightDayThrough))
        keys.push_back({ruleId(kNoRestOrLightDay), {}});
    if (!trials.oldTooManyHard && anyChanged(tooManyHardAround))
        keys.push_back({ruleId(kTooManyHard), {}});
    return keys;
}

bool onlyOld(const FixTrials& trials, const std::vector<FindingKey>& keys)
{
    return std::all_of(keys.begin(), keys.end(),
                       [&](const FindingKey& key) { return contains(trials.old, key); });
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

/// The fix: the session moved to `to`.
WeekFix moveTo(const WeekAnalysis& week, const WeekDay& from, const WeekSession& moving,
               const QDate& to)
{
    PlanChange change;
    change.session = moving.id;
    change.moveTo = to;
    return WeekFix{QStringLiteral("Move %1 to %2")
                       .arg(sessionText(week, from.date, moving), dayText(week, to)),
                   {change}};
}

} // namespace

QString ruleId(const char* id)
{
    static const std::vector<QString> ids = [] {
        std::vector<QString> all;
        for (const RuleInfo& rule : weekRules())
            all.push_back(QString::fromLatin1(rule.id));
        return all;
    }();
    const std::span<const RuleInfo> rules = weekRules();
    for (size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].id == id) // the same constant, as a rule passes it
            return ids[i];
    }
    for (size_t i = 0; i < rules.size(); ++i) {
        if (std::strcmp(rules[i].id, id) == 0)
            return ids[i];
    }
    return QString::fromLatin1(id);
}

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

FixTrials::FixTrials(const WeekAnalysis& week) : trial(week)
{
    trial.withFixes = false;
    trial.fixTrials.reset();
    old = keysOf(placementFindings(trial));
    oldNoRestOrLightDay = containsRule(old, kNoRestOrLightDay);
    oldTooManyHard = containsRule(old, kTooManyHard);
}

FixTrials& fixTrials(const WeekAnalysis& week)
{
    if (!week.fixTrials)
        week.fixTrials = std::make_shared<FixTrials>(week);
    return *week.fixTrials;
}

bool addsNoFinding(const WeekAnalysis& week, std::initializer_list<QDate> changed)
{
    const FixTrials& trials = fixTrials(week);
    return onlyOld(trials, keysAround(trials, changed, changed));
}

std::optional<WeekFix> moveFix(const WeekAnalysis& week, const WeekFinding& finding,
                               PlannedSessionId session)
{
    const WeekDay* from = nullptr;
    const WeekSession* moving = week.session(session, &from);
    if (!moving || !from || !week.inRange(from->date) || !week.hasUniqueId(session))
        return std::nullopt;
    const FindingKey trigger = keyOf(finding);
    FixTrials& trials = fixTrials(week);
    // A trigger that names the moved session can only fire again about the days around
    // it, where keysAround looks; what a move brings is then the same whichever finding
    // asks, and each move is tried once. Any other trigger is looked for everywhere.
    const bool local = std::find(trigger.sessions.begin(), trigger.sessions.end(), session) !=
                       trigger.sessions.end();
    for (const QDate& to : candidateDays(week, from->date)) {
        const std::pair<qint64, qint64> tried{session.value, to.toJulianDay()};
        auto known = local ? trials.moves.find(tried) : trials.moves.end();
        if (known == trials.moves.end()) {
            const std::optional<MovedSession> moved = trials.trial.move(session, to, from->date);
            if (!moved)
                continue;
            std::vector<FindingKey> now = local ? keysAround(trials, {from->date, to}, {to})
                                                : keysOf(placementFindings(trials.trial));
            trials.trial.undo(*moved);
            if (!local) {
                if (onlyOld(trials, now) && !contains(now, trigger))
                    return moveTo(week, *from, *moving, to);
                continue;
            }
            known = trials.moves.emplace(tried, std::move(now)).first;
        }
        if (onlyOld(trials, known->second) && !contains(known->second, trigger))
            return moveTo(week, *from, *moving, to);
    }
    return std::nullopt;
}

} // namespace paceline::advice
