// rep.too-long: I reps over about 5 min, R reps over about 2 min (Daniels).

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

#include <cmath>

namespace paceline::advice {

namespace {

constexpr Distance kSplitRounding{50.0};

std::optional<Duration> repLimit(std::optional<PaceZone> zone)
{
    if (zone == PaceZone::Interval)
        return kIntervalRepMax;
    if (zone == PaceZone::Repetition)
        return kRepetitionRepMax;
    return std::nullopt;
}

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
    split.count = int(std::ceil(rep.duration.seconds / limit.seconds));
    if (split.count < 2)
        return std::nullopt;
    if (const auto* distance = std::get_if<Distance>(&step.target)) {
        const double metres = std::round(distance->metres / split.count / kSplitRounding.metres) *
                              kSplitRounding.metres;
        split.piece = Distance{std::max(kSplitRounding.metres, metres)};
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

std::optional<SessionFix> splitFix(const SessionAnalysis& session, const Segment& rep,
                                   const Split& split)
{
    if (rep.path.back() == kBetweenSets)
        return std::nullopt;
    StepTree steps = session.steps;
    StepNode* node = nodeAt(steps, rep.path);
    if (!node || !node->isStep())
        return std::nullopt;
    Step piece = node->step();
    piece.target = split.piece;
    piece.id = {};
    RepeatGroup group;
    group.count = split.count;
    group.children.push_back(StepNode{std::move(piece)});
    group.recoveryBetweenSets = jogStep(split.recovery);
    node->content = std::move(group);
    return makeFix(QStringLiteral("Split it into %1 × %2 with %3 jogs")
                       .arg(split.count)
                       .arg(targetText(split.piece), durationText(split.recovery)),
                   std::move(steps));
}

QString advice(const SessionAnalysis& session, const Segment& rep, const Split* split)
{
    const QString splitText =
        split ? QStringLiteral("split it into %1 × %2 with %3 jog recoveries")
                    .arg(split->count)
                    .arg(targetText(split->piece), durationText(split->recovery))
              : QStringLiteral("split it into shorter reps");
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
        const std::optional<Duration> limit = repLimit(rep.zone);
        if (!session.isDanielsRep(i) || !limit ||
            rep.duration.seconds <= limit->seconds + kRepLengthTolerance.seconds)
            continue;
        if (std::find(seen.begin(), seen.end(), rep.path) != seen.end())
            continue;
        seen.push_back(rep.path);
        const Step* step = stepAt(session.steps, rep.path);
        const std::optional<Split> split = step ? splitOf(*step, rep, *limit) : std::nullopt;
        const QString what = session.occurrences(rep.path) > 1
                                 ? QStringLiteral("Each rep of ") + repText(session, i)
                                 : capitalized(repText(session, i));
        out.push_back(
            makeFinding(kRepTooLong, Severity::Warning, {rep.path},
                        QStringLiteral("%1 (%2) takes about %3, longer than %4 reps should. %5")
                            .arg(what, stepsText({rep.path}),
                                 durationText(roundNearest(rep.duration, Duration{5.0})),
                                 zoneText(*rep.zone).section(QLatin1Char(' '), 0, 0),
                                 advice(session, rep, split ? &*split : nullptr)),
                        split ? splitFix(session, rep, *split) : std::nullopt));
    }
}

} // namespace paceline::advice
