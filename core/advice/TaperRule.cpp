// taper.missing: a relaxed element between the main set and the cool-down.

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

namespace paceline::advice {

namespace {

// Where the cool-down starts: the first cool-down step after the main set, or a final
// easy run standing in for one; the end of the session when there is neither.
int coolDownStart(const SessionAnalysis& session)
{
    for (int i = session.lastHard + 1; i < session.size(); ++i) {
        if (session.segment(i).kind == StepKind::CoolDown)
            return i;
    }
    const int last = session.size() - 1;
    const Segment& final = session.segment(last);
    if (last > session.lastHard && final.path.size() == 1 && session.role(last) == Role::Easy &&
        final.duration >= kMinCoolDown)
        return last;
    return session.size();
}

bool hasTaper(const SessionAnalysis& session, int end)
{
    Duration jogging;
    for (int i = session.lastHard + 1; i < end; ++i) {
        const Segment& segment = session.segment(i);
        const bool relaxedRunning =
            (session.role(i) == Role::Easy || segment.kind == StepKind::Strides) &&
            !segment.recovery && segment.duration.seconds > 0.0;
        if (relaxedRunning)
            return true; // easy strides or relaxed running
        if (session.isAerobicRunning(i))
            jogging.seconds += segment.duration.seconds;
    }
    return jogging >= kMinTaperJog;
}

} // namespace

void checkTaper(const SessionAnalysis& session, Findings& out)
{
    if (session.lastHard < 0 || hasTaper(session, coolDownStart(session)))
        return;
    const Segment& hard = session.segment(session.lastHard);
    // After the last hard block and its own recovery.
    int at = hard.path.front() + 1;
    if (at < int(session.steps.size()) && isRecoveryNode(session.steps[size_t(at)]))
        ++at;
    out.push_back(makeFinding(
        kTaperMissing, Severity::Info, {hard.path},
        QStringLiteral("After the last hard effort, %1 (%2), the session goes straight into the "
                       "cool-down. A few minutes of relaxed jogging, or two easy strides such as "
                       "2 × 200 m at E pace, let your form settle back into an easy, tall rhythm "
                       "before you slow right down. Add a %3 jog after the main set.")
            .arg(repText(session, session.lastHard), stepsText({hard.path}),
                 durationText(kFixTaperJog)),
        makeFix(QStringLiteral("Add a %1 jog after the main set").arg(durationText(kFixTaperJog)),
                insertNodes(session.steps, {}, at, {StepNode{jogStep(kFixTaperJog)}}))));
}

} // namespace paceline::advice
