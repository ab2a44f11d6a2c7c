// recovery.short and recovery.long: the recovery after T, I and R reps (Daniels).
// One finding per repeated rep step; single reps written one after another at the
// top level (a ladder) share one finding per pace, so a ladder gets one fix.

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "RecoveryJudge.h"
#include "SessionRules.h"
#include "TreeEdit.h"
#include "core/model/TimeText.h"

#include <algorithm>
#include <cmath>

namespace paceline::advice {

namespace {

/// The numbers a message quotes, as text: one rep's, or the span of several.
struct Quote {
    QString rep;    ///< "3:55" or "1:34–2:11"
    QString target; ///< "4 min" or "1:45–2:15"
    QString range;  ///< "3:30–4:00"
};

QString span(Duration low, Duration high)
{
    if (std::llround(low.seconds) == std::llround(high.seconds))
        return durationText(low);
    QString text;
    if (high.seconds < 90.5) { // "20–30 s" reads better than "0:20–0:30"
        appendInteger(text, std::llround(low.seconds));
        text += QChar(0x2013); // en dash
        appendInteger(text, std::llround(high.seconds));
        text += QLatin1String(" s");
        return text;
    }
    text = formatDuration(low);
    text += QChar(0x2013);
    text += formatDuration(high);
    return text;
}

Quote quoteFor(const SessionAnalysis& session, const std::vector<RepGap>& gaps)
{
    Duration repLow{1e9}, repHigh, targetLow{1e9}, targetHigh, low{1e9}, high;
    for (const RepGap& gap : gaps) {
        const Segment& rep = session.segment(gap.rep);
        const Guide guide = guideFor(*rep.zone, rep.duration);
        repLow = std::min(repLow, rep.duration);
        repHigh = std::max(repHigh, rep.duration);
        targetLow = std::min(targetLow, guide.target);
        targetHigh = std::max(targetHigh, guide.target);
        low = std::min(low, guide.low);
        high = std::max(high, guide.high);
    }
    return {span(repLow, repHigh), span(targetLow, targetHigh), span(low, high)};
}

// "The 6 × 1,000 m at I pace (step 2.1) have 60 s jog recoveries"
QString opening(const SessionAnalysis& session, const std::vector<RepGap>& gaps, bool merged)
{
    const RepGap& gap = gaps.front();
    const Segment& rep = session.segment(gap.rep);
    if (merged) {
        std::vector<StepPath> reps;
        Duration shortest{1e9}, longest;
        for (const RepGap& each : gaps) {
            addPath(reps, session.segment(each.rep).path);
            shortest = std::min(shortest, each.recovery);
            longest = std::max(longest, each.recovery);
        }
        return QStringLiteral("The reps at %1 in %2 have recoveries of %3")
            .arg(zoneText(*rep.zone), stepsText(reps), span(shortest, longest));
    }
    const bool plural = session.occurrences(rep.path) > 1;
    const QString subject = QStringLiteral("%1 (%2)").arg(capitalized(repText(session, gap.rep)),
                                                          stepsText({rep.path}));
    if (gap.recovery.seconds <= 0.0)
        return subject + (plural ? QStringLiteral(" follow each other with no recovery")
                                 : QStringLiteral(" leads straight into the next rep"));
    const QString rest = durationText(gap.recovery);
    const QString mode = recoveryText(modesOf(session, gap));
    if (plural)
        return subject + QStringLiteral(" have %1 %2 recoveries").arg(rest, mode);
    return subject + QStringLiteral(" is followed by %1 of %2 recovery").arg(rest, mode);
}

QString shortReason(PaceZone zone, const Quote& quote, bool toJogs)
{
    const QString jogging =
        toJogs ? QStringLiteral(", jogging rather than standing or walking") : QString();
    switch (zone) {
    case PaceZone::Repetition:
        return QStringLiteral("R work is about speed and form, so each rep needs a full recovery "
                              "of 2 to 3 times its length (%1), usually a jog as far as the rep. "
                              "Lengthen them to about %2%3.")
            .arg(quote.range, quote.target, jogging);
    case PaceZone::Threshold:
        return QStringLiteral("Cruise intervals rest about 1 minute for every 5 minutes at T pace "
                              "(%1 after a %2 rep): enough to keep the pace controlled while the "
                              "session still works as one threshold effort. Lengthen them to "
                              "about %1%3.")
            .arg(quote.target, quote.rep, jogging);
    default:
        return QStringLiteral("At I pace a jog of about the rep's own time (%1) lets your "
                              "breathing settle enough to hold your form while your heart rate "
                              "stays high, which is what makes I work effective. Lengthen them "
                              "to about %2%3.")
            .arg(quote.rep, quote.range, jogging);
    }
}

QString longReason(PaceZone zone, const Quote& quote, bool passive)
{
    const QString jogging =
        passive ? QStringLiteral(", jogging rather than standing or walking") : QString();
    if (zone == PaceZone::Threshold)
        return QStringLiteral("Cruise intervals need only about 1 minute of rest for every 5 "
                              "minutes at T pace (%1 here); with long rests the session stops "
                              "working as threshold training. Cut them to about %1%2.")
            .arg(quote.target, jogging);
    const QString cause = passive ? QStringLiteral("Standing or walking that long")
                                  : QStringLiteral("With that much rest");
    return QStringLiteral("%1, your heart rate falls right back and each rep starts from scratch, "
                          "so little of the session is spent near your VO2max. Keep them to "
                          "about the rep's own time, %2 for reps of %3%4.")
        .arg(cause, quote.range, quote.rep, jogging);
}

// The step of a gap the fix changes: its longest jog, walk or rest (the first of
// equals), else its first step (an easy float). Not simply the first: in
// "6x(1km @I / 2min jog) // 6min walk" it is the walk that is too long, and shortening
// the jog, or an easy float before the walk, would keep the walk and lose the rest.
int recoveryToChange(const SessionAnalysis& session, const RepGap& gap)
{
    int chosen = -1;
    for (int i = gap.rep + 1; i < gap.next; ++i) {
        if (session.role(i) == Role::Recovery &&
            (chosen < 0 || session.segment(i).duration > session.segment(chosen).duration))
            chosen = i;
    }
    return chosen < 0 ? gap.rep + 1 : chosen;
}

// Sets each gap's longest recovery step so that the gap lasts its guide; a gap with no
// recovery step gets a jog after the rep. Passive rests become jogs when asked.
StepTree withRecoveries(const SessionAnalysis& session, const std::vector<RepGap>& gaps,
                        bool makeJogs)
{
    StepTree steps = session.steps;
    std::vector<StepPath> done;
    std::vector<std::pair<StepPath, Duration>> inserts;
    for (const RepGap& gap : gaps) {
        const Segment& rep = session.segment(gap.rep);
        const Duration target = guideFor(*rep.zone, rep.duration).target;
        if (gap.next == gap.rep + 1) {
            if (rep.path.back() != kBetweenSets &&
                std::none_of(inserts.begin(), inserts.end(),
                             [&](const auto& insert) { return insert.first == rep.path; }))
                inserts.emplace_back(rep.path, target);
            continue;
        }
        const Segment& first = session.segment(recoveryToChange(session, gap));
        if (std::find(done.begin(), done.end(), first.path) != done.end())
            continue;
        done.push_back(first.path);
        Step* step = editableStep(steps, first.path);
        if (!step)
            continue;
        const double others = gap.recovery.seconds - first.duration.seconds;
        step->target = Duration{std::max(kRecoveryRounding.seconds, target.seconds - others)};
        if (makeJogs && gap.passive) {
            const Step jog = jogStep({});
            step->kind = jog.kind;
            step->recoveryMode = jog.recoveryMode;
            step->intensity = jog.intensity;
        }
    }
    // Last, and from the back, so that earlier insertions do not shift later paths.
    for (auto insert = inserts.rbegin(); insert != inserts.rend(); ++insert) {
        if (StepTree* list = parentListOf(steps, insert->first))
            list->insert(list->begin() + insert->first.back() + 1,
                         StepNode{jogStep(insert->second)});
    }
    return steps;
}

// Repeated reps are judged per step; reps run once (a ladder, written as single steps
// or as "400m @T / 90s jog" pairs) share one finding per pace.
StepPath findingKey(const SessionAnalysis& session, const Segment& rep)
{
    if (session.occurrences(rep.path) > 1)
        return rep.path;
    return {-2 - int(*rep.zone)};
}

void addFinding(const SessionAnalysis& session, const std::vector<RepGap>& gaps, bool tooShort,
                Findings& out)
{
    std::vector<StepPath> steps;
    bool merged = false;
    for (const RepGap& gap : gaps) {
        merged = merged || session.segment(gap.rep).path != session.segment(gaps[0].rep).path;
        addPath(steps, session.segment(gap.rep).path);
        for (int i = gap.rep + 1; i < gap.next; ++i)
            addPath(steps, session.segment(i).path);
    }
    const PaceZone zone = *session.segment(gaps.front().rep).zone;
    const Quote quote = quoteFor(session, gaps);
    const bool passive = std::all_of(gaps.begin(), gaps.end(), [](const RepGap& gap) {
        return gap.passive && gap.recovery.seconds > 0.0;
    });
    // Standing or walking longer than kPassiveRecoveryMax lets the heart rate fall right
    // back, so a lengthened passive rest becomes a jog as well.
    Duration longestTarget;
    for (const RepGap& gap : gaps) {
        const Segment& rep = session.segment(gap.rep);
        longestTarget = std::max(longestTarget, guideFor(zone, rep.duration).target);
    }
    const bool toJogs = passive && (!tooShort || longestTarget > kPassiveRecoveryMax);
    const QString reason =
        tooShort ? shortReason(zone, quote, toJogs) : longReason(zone, quote, passive);
    const QString label = toJogs ? QStringLiteral("Make the recoveries %1 jogs").arg(quote.target)
                          : tooShort
                              ? QStringLiteral("Lengthen the recoveries to %1").arg(quote.target)
                              : QStringLiteral("Shorten the recoveries to %1").arg(quote.target);
    out.push_back(makeFinding(tooShort ? kRecoveryShort : kRecoveryLong, Severity::Warning,
                              std::move(steps),
                              QStringLiteral("%1. %2").arg(opening(session, gaps, merged), reason),
                              makeFix(label, withRecoveries(session, gaps, toJogs))));
}

void check(const SessionAnalysis& session, Verdict wanted, Findings& out)
{
    // Keys in order of their first rep, each with its gaps in session order.
    std::vector<std::pair<StepPath, std::vector<RepGap>>> groups;
    for (const RepGap& gap : session.gaps) {
        // A rep too long for its zone is rep.too-long's to judge: the recovery it would
        // need (9 min after a 2 km I rep) is no advice, and splitting it sets new ones.
        if (session.isTooLongRep(gap.rep) || judge(session, gap) != wanted)
            continue;
        const StepPath key = findingKey(session, session.segment(gap.rep));
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const auto& each) { return each.first == key; });
        if (group == groups.end())
            group = groups.insert(groups.end(), {key, {}});
        group->second.push_back(gap);
    }
    for (const auto& [key, gaps] : groups)
        addFinding(session, gaps, wanted == Verdict::TooShort, out);
}

} // namespace

void checkShortRecoveries(const SessionAnalysis& session, Findings& out)
{
    check(session, Verdict::TooShort, out);
}

void checkLongRecoveries(const SessionAnalysis& session, Findings& out)
{
    check(session, Verdict::TooLong, out);
}

} // namespace paceline::advice
