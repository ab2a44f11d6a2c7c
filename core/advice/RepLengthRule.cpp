// rep.too-long: I reps over about 5 min, R reps over about 2 min (Daniels).

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

#include <cmath>

namespace paceline::advice {

namespace {

constexpr Distance kSplitRounding{50.0};

struct Split {
    int count = 1;
    Target piece;
    Duration pieceTime;
    Duration recovery;
};

// Into the fewest equal pieces within the limit, each followed by the zone's
// recovery: equal time for I, twice the rep for R.
std::optional<Split> splitOf(const Step& step, const Segment& rep, Duration limit)
{
    Split split;
    const double pieces = std::ceil(rep.duration.seconds / limit.seconds);
    if (!(pieces >= 2.0 && pieces <= kMaxRepeatCount))
        return std::nullopt;
    split.count = int(pieces);
    if (const auto* distance = std::get_if<Distance>(&step.target)) {
        const double metres =
            std::max(kSplitRounding.metres,
                     std::round(distance->metres / split.count / kSplitRounding.metres) *
                         kSplitRounding.metres);
        split.piece = Distance{metres};
        split.pieceTime = Duration{rep.duration.seconds * metres / distance->metres};
    } else if (std::holds_alternative<Duration>(step.target)) {
        split.pieceTime =
            roundNearest(Duration{rep.duration.seconds / split.count}, kRecoveryRounding);
        split.piece = split.pieceTime;
    } else {
        return std::nullopt;
    }
    const double ratio =
        rep.zone == PaceZone::Repetition ? kRepetitionRecoveryGuide : kIntervalRecoveryGuide;
    split.recovery = roundUp(Duration{split.pieceTime.seconds * ratio}, kRecoveryRounding);
    return split;
}

/// The group repeating the rep, when the rep is all it repeats, with at most its
/// recovery ("4x2000m @I / 2min jog", "4x2000m @I // 2min jog"): such a group can
/// simply run more, shorter reps.
std::optional<StepPath> repeatOfRep(const StepTree& steps, const StepPath& rep)
{
    if (rep.size() < 2 || rep.back() != 0)
        return std::nullopt;
    StepPath parent(rep.begin(), rep.end() - 1);
    const StepNode* node = nodeAt(steps, parent);
    if (!node || !node->isGroup())
        return std::nullopt;
    const RepeatGroup& group = node->group();
    const bool alone = group.children.size() == 1;
    const bool paired = group.children.size() == 2 && isRecoveryNode(group.children[1]) &&
                        !group.recoveryBetweenSets;
    if (!alone && !paired)
        return std::nullopt;
    return parent;
}

/// How the rep is split: more reps of its group, or a repeat of its own in its place.
struct SplitPlan {
    std::optional<StepPath> group; ///< the group that runs more reps, if that is the way
    int reps = 0;                  ///< the group's new count
};

SplitPlan planFor(const SessionAnalysis& session, const Segment& rep, const Split& split)
{
    SplitPlan plan;
    plan.group = repeatOfRep(session.steps, rep.path);
    if (plan.group) {
        plan.reps = nodeAt(session.steps, *plan.group)->group().count * split.count;
        if (plan.reps > kMaxRepeatCount)
            plan.group.reset();
    }
    return plan;
}

// "4x2000m @I / 2min jog" becomes "8x1km @I / 4:45 jog": the rep and its recovery, more
// times. Anything else becomes a repeat of its own: "2x1km @I // 4:45 jog" in its place.
// Both are builder edits, so a split that would go past the count or nesting limits is
// refused and offers no fix.
std::optional<SessionFix> splitFix(const SessionAnalysis& session, const Segment& rep,
                                   const Split& split, const SplitPlan& plan)
{
    const Step* step = stepAt(session.steps, rep.path);
    if (!step || rep.path.back() == kBetweenSets)
        return std::nullopt;
    Step piece = *step;
    piece.target = split.piece;
    StepTreeEditOutcome edit = replaceStep(session.steps, rep.path, piece);
    StepPath recoveryPath;
    if (plan.group) {
        if (edit)
            edit = setRepeatCount(edit->tree, *plan.group, plan.reps);
        const bool paired = nodeAt(session.steps, *plan.group)->group().children.size() == 2;
        recoveryPath = *plan.group;
        recoveryPath.push_back(paired ? 1 : kBetweenSets);
    } else {
        if (edit)
            edit = wrapInRepeat(edit->tree, {rep.path}, split.count);
        recoveryPath = rep.path;
        recoveryPath.push_back(kBetweenSets);
    }
    if (edit)
        edit = replaceStep(edit->tree, recoveryPath, jogStep(split.recovery));
    const QString label = plan.group && plan.reps > split.count
                              ? QStringLiteral("Run %1 × %2 with %3 jogs instead")
                                    .arg(plan.reps)
                                    .arg(targetText(split.piece), durationText(split.recovery))
                              : QStringLiteral("Split it into %1 × %2 with %3 jogs")
                                    .arg(split.count)
                                    .arg(targetText(split.piece), durationText(split.recovery));
    return makeFix(label, std::move(edit));
}

QString advice(const SessionAnalysis& session, const Segment& rep, const Split* split,
               const SplitPlan& plan)
{
    QString splitText = QStringLiteral("split it into shorter reps");
    if (split) {
        const bool repeated = plan.group && plan.reps > split->count;
        splitText = QStringLiteral("split %1 into %2 × %3 with %4 jog recoveries")
                        .arg(repeated ? QStringLiteral("each") : QStringLiteral("it"))
                        .arg(split->count)
                        .arg(targetText(split->piece), durationText(split->recovery));
        if (repeated)
            splitText +=
                QStringLiteral(", %1 × %2 in all").arg(plan.reps).arg(targetText(split->piece));
    }
    if (rep.zone == PaceZone::Interval)
        return QStringLiteral("I reps work best at 3 to 5 minutes: longer ones pile up lactate "
                              "faster than they add time near your VO2max, and your form starts "
                              "to break down. It is better to shorten a rep than to grind on "
                              "with broken form: %1, or keep the length and run it at T pace "
                              "(%2) as a cruise interval.")
            .arg(splitText, paceText(session.model.paces().threshold, session.context.units));
    return QStringLiteral("R reps are for speed and economy and should last no more than about "
                          "2 minutes: past that the pace fades and you rehearse running fast "
                          "with tired, poor form. Better to shorten the rep: %1.")
        .arg(splitText);
}

} // namespace

void checkRepLength(const SessionAnalysis& session, Findings& out)
{
    std::vector<StepPath> seen;
    for (int i = 0; i < session.size(); ++i) {
        const Segment& rep = session.segment(i);
        if (!session.isTooLongRep(i))
            continue;
        if (std::find(seen.begin(), seen.end(), rep.path) != seen.end())
            continue;
        seen.push_back(rep.path);
        const Step* step = stepAt(session.steps, rep.path);
        const std::optional<Split> split =
            step ? splitOf(*step, rep, *repLengthLimit(rep.zone)) : std::nullopt;
        const SplitPlan plan = split ? planFor(session, rep, *split) : SplitPlan{};
        const QString what = session.occurrences(rep.path) > 1
                                 ? QStringLiteral("Each rep of ") + repText(session, i)
                                 : capitalized(repText(session, i));
        out.push_back(
            makeFinding(kRepTooLong, Severity::Warning, {rep.path},
                        QStringLiteral("%1 (%2) takes about %3, longer than %4 reps should. %5")
                            .arg(what, stepsText({rep.path}),
                                 durationText(roundNearest(rep.duration, Duration{5.0})),
                                 zoneText(*rep.zone).section(QLatin1Char(' '), 0, 0),
                                 advice(session, rep, split ? &*split : nullptr, plan)),
                        split ? splitFix(session, rep, *split, plan) : std::nullopt));
    }
}

} // namespace paceline::advice
