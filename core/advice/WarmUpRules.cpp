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
};

Preparation preparationBefore(const SessionAnalysis& session, int end)
{
    Preparation result;
    for (int i = 0; i < end; ++i) {
        const Segment& segment = session.segment(i);
        if (session.isAerobicRunning(i))
            result.aerobic.seconds += segment.duration.seconds;
        else if (session.role(i) == Role::Prep)
            result.prep.seconds += segment.duration.seconds;
    }
    return result;
}

/// The aerobic running among the segments `begin` to `end`, for a finding to highlight
/// (listed only when one fires).
std::vector<StepPath> aerobicSteps(const SessionAnalysis& session, int begin, int end)
{
    std::vector<StepPath> steps;
    for (int i = begin; i < end; ++i) {
        if (session.isAerobicRunning(i))
            addPath(steps, session.segment(i).path);
    }
    return steps;
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

/// `step` made easy running of `duration`: a walked or standing warm-up or cool-down
/// is jogged instead, and one at a hard pace eased to E.
Step asEasyRunning(Step step, Duration duration, Sport sport)
{
    step.target = duration;
    step.recoveryMode.reset();
    step.intensity = easyStep(step.kind, duration, sport).intensity;
    return step;
}

std::optional<SessionFix> warmUpFix(const SessionAnalysis& session, Duration aerobic)
{
    const Duration missing{kFixWarmUp.seconds - aerobic.seconds};
    const Step* first = session.steps.empty() ? nullptr : stepAt(session.steps, {0});
    if (first && first->kind == StepKind::WarmUp) {
        // The warm-up is made long enough for the easy running to reach kFixWarmUp; one
        // that does not count as easy running (walked, say) becomes easy running.
        const Segment& own = session.segment(0);
        const bool runs = session.isAerobicRunning(0);
        const Duration length =
            roundUp(Duration{(runs ? own.duration.seconds : 0.0) + missing.seconds},
                    Duration::fromMinutes(1));
        Step changed = runs ? *first : asEasyRunning(*first, length, own.sport);
        changed.target = length;
        const QString label =
            runs ? QStringLiteral("Lengthen the warm-up to %1").arg(durationText(length))
                 : QStringLiteral("Make the warm-up %1 of easy running").arg(durationText(length));
        return makeFix(label, replaceStep(session.steps, {0}, changed));
    }
    const Duration added =
        aerobic.seconds > 0.0 ? roundUp(missing, Duration::fromMinutes(5)) : kFixWarmUp;
    return makeFix(
        QStringLiteral("Add a %1 warm-up at E pace").arg(durationText(added)),
        insertNodes(session.steps, {}, 0, {StepNode{runStep(StepKind::WarmUp, added, session)}}));
}

std::optional<SessionFix> coolDownFix(const SessionAnalysis& session)
{
    const int lastNode = int(session.steps.size()) - 1;
    const Step* last = lastNode < 0 ? nullptr : stepAt(session.steps, {lastNode});
    if (last && last->kind == StepKind::CoolDown) {
        // A cool-down too short is lengthened; one that is not easy running (walked, or
        // at a hard pace) becomes easy running, or the fix would change nothing.
        const int segment = session.size() - 1;
        const bool runs = session.isAerobicRunning(segment);
        Step changed =
            runs ? *last : asEasyRunning(*last, kFixCoolDown, session.segment(segment).sport);
        changed.target = kFixCoolDown;
        const QString label =
            runs ? QStringLiteral("Lengthen the cool-down to %1").arg(durationText(kFixCoolDown))
                 : QStringLiteral("Make the cool-down %1 of easy running")
                       .arg(durationText(kFixCoolDown));
        return makeFix(label, replaceStep(session.steps, {lastNode}, changed));
    }
    return makeFix(QStringLiteral("Add a %1 cool-down at E pace").arg(durationText(kFixCoolDown)),
                   insertNodes(session.steps, {}, -1,
                               {StepNode{runStep(StepKind::CoolDown, kFixCoolDown, session)}}));
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
    std::vector<StepPath> steps = aerobicSteps(session, 0, session.firstHard);
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
            QStringLiteral("There is no easy running before %1.%2 %3 Start with about 15 min "
                           "at E pace (%4).")
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
    for (int i = session.lastHard + 1; i < session.size(); ++i) {
        if (session.isAerobicRunning(i))
            easy.seconds += session.segment(i).duration.seconds;
    }
    if (easy >= kMinCoolDown)
        return;
    const Segment& hard = session.segment(session.lastHard);
    std::vector<StepPath> steps = aerobicSteps(session, session.lastHard + 1, session.size());
    addPath(steps, hard.path);
    const QString after =
        easy.seconds > 0.0
            ? QStringLiteral("there are only %1 of easy running").arg(durationText(easy))
            : QStringLiteral("the session simply stops");
    out.push_back(makeFinding(
        kCoolDownMissing, Severity::Warning, std::move(steps),
        QStringLiteral("After the last hard effort, %1 (%2), %3. Ten minutes or so of easy "
                       "running brings your heart rate and breathing down gradually and "
                       "starts your recovery, so the next days feel better. Finish with about "
                       "10 min at E pace (%4).")
            .arg(repText(session, session.lastHard), stepsText({hard.path}), after,
                 easyPace(session)),
        coolDownFix(session)));
}

} // namespace paceline::advice
