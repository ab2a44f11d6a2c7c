// warmup.missing, warmup.short and cooldown.missing: easy running around the work.

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

namespace paceline::advice {

namespace {

struct Preparation {
    Duration aerobic; ///< easy or moderate running, jogged recoveries
    Duration prep;    ///< drills, strides, mobility
    std::vector<StepPath> steps;
};

Preparation preparationBefore(const SessionAnalysis& session, int end)
{
    Preparation result;
    for (int i = 0; i < end; ++i) {
        const Segment& segment = session.segment(i);
        if (session.isAerobicRunning(i)) {
            result.aerobic.seconds += segment.duration.seconds;
            addPath(result.steps, segment.path);
        } else if (session.role(i) == Role::Prep) {
            result.prep.seconds += segment.duration.seconds;
        }
    }
    return result;
}

// The fix's warm-up and cool-down are runs; a run inside another sport's session
// says so, so that they are estimated as runs.
Step runStep(StepKind kind, Duration duration, const SessionAnalysis& session)
{
    Step step = easyStep(kind, duration, Sport::Run);
    const Sport sport = session.context.estimate.sport;
    if (sport != Sport::Run && sport != Sport::Brick)
        step.sport = Sport::Run;
    return step;
}

QString easyPace(const SessionAnalysis& session)
{
    return paceRangeText(session.model.paces().easy, session.context.units);
}

SessionFix warmUpFix(const SessionAnalysis& session, Duration aerobic)
{
    StepTree steps = session.steps;
    const Duration missing{kFixWarmUp.seconds - aerobic.seconds};
    Step* first = steps.empty() ? nullptr : editableStep(steps, {0});
    if (first && first->kind == StepKind::WarmUp && session.isAerobicRunning(0)) {
        const Duration longer =
            roundUp(Duration{session.segment(0).duration.seconds + missing.seconds},
                    Duration::fromMinutes(1));
        first->target = longer;
        return makeFix(QStringLiteral("Lengthen the warm-up to %1").arg(durationText(longer)),
                       std::move(steps));
    }
    const Duration added =
        aerobic.seconds > 0.0 ? roundUp(missing, Duration::fromMinutes(5)) : kFixWarmUp;
    steps.insert(steps.begin(), StepNode{runStep(StepKind::WarmUp, added, session)});
    return makeFix(QStringLiteral("Add a %1 warm-up at E pace").arg(durationText(added)),
                   std::move(steps));
}

QString prepNote(Duration prep)
{
    if (prep.seconds <= 0.0)
        return {};
    return QStringLiteral(" The %1 of drills and strides prepare your legs and your form, "
                          "but they do not replace easy running.")
        .arg(durationText(prep));
}

} // namespace

void checkWarmUp(const SessionAnalysis& session, Findings& out)
{
    if (session.firstHard < 0)
        return;
    const Preparation before = preparationBefore(session, session.firstHard);
    if (before.aerobic.seconds >= kMinWarmUp.seconds - kWarmUpTolerance.seconds)
        return;
    const Segment& hard = session.segment(session.firstHard);
    std::vector<StepPath> steps = before.steps;
    addPath(steps, hard.path);
    const QString effort =
        QStringLiteral("%1 (%2)").arg(repText(session, session.firstHard), stepsText({hard.path}));
    const QString why = QStringLiteral(
        "At least 10 minutes of easy running raises your muscle temperature and heart rate "
        "gradually, so the first hard effort feels controlled instead of a shock and a strain "
        "is less likely.");
    if (before.aerobic.seconds <= 0.0) {
        out.push_back(makeFinding(
            kWarmUpMissing, Severity::Problem, std::move(steps),
            QStringLiteral("The session goes straight into %1 with no easy running first.%2 %3 "
                           "Start with about 15 min at E pace (%4).")
                .arg(effort, prepNote(before.prep), why, easyPace(session)),
            warmUpFix(session, before.aerobic)));
        return;
    }
    out.push_back(makeFinding(
        kWarmUpShort, Severity::Warning, std::move(steps),
        QStringLiteral("Only %1 of easy running comes before %2.%3 %4 Make the warm-up about "
                       "15 min at E pace (%5).")
            .arg(durationText(before.aerobic), effort, prepNote(before.prep), why,
                 easyPace(session)),
        warmUpFix(session, before.aerobic)));
}

void checkCoolDown(const SessionAnalysis& session, Findings& out)
{
    if (session.lastHard < 0)
        return;
    Duration easy;
    std::vector<StepPath> steps;
    for (int i = session.lastHard + 1; i < session.size(); ++i) {
        if (session.isAerobicRunning(i)) {
            easy.seconds += session.segment(i).duration.seconds;
            addPath(steps, session.segment(i).path);
        }
    }
    if (easy >= kMinCoolDown)
        return;
    const Segment& hard = session.segment(session.lastHard);
    addPath(steps, hard.path);
    const QString after =
        easy.seconds > 0.0
            ? QStringLiteral("there are only %1 of easy running").arg(durationText(easy))
            : QStringLiteral("the session simply stops");
    StepTree fixed = session.steps;
    Step* last = fixed.empty() ? nullptr : editableStep(fixed, {int(fixed.size()) - 1});
    QString label;
    if (last && last->kind == StepKind::CoolDown) {
        last->target = kFixCoolDown;
        label = QStringLiteral("Lengthen the cool-down to %1").arg(durationText(kFixCoolDown));
    } else {
        fixed.push_back(StepNode{runStep(StepKind::CoolDown, kFixCoolDown, session)});
        label = QStringLiteral("Add a %1 cool-down at E pace").arg(durationText(kFixCoolDown));
    }
    out.push_back(makeFinding(
        kCoolDownMissing, Severity::Warning, std::move(steps),
        QStringLiteral("After the last hard effort, %1 (%2), %3. Ten minutes or so of easy "
                       "running brings your heart rate and breathing down gradually and "
                       "starts your recovery, so the next days feel better. Finish with about "
                       "10 min at E pace (%4).")
            .arg(repText(session, session.lastHard), stepsText({hard.path}), after,
                 easyPace(session)),
        makeFix(label, std::move(fixed))));
}

} // namespace paceline::advice
