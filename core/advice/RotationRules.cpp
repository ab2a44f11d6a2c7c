// rotation.missing-zone and rotation.final-block: the three-zone rotation session
// (near race pace, faster surges, easy running between) and how it ends.

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

#include <QStringList>

#include <cmath>

namespace paceline::advice {

namespace {

bool isRotationWork(const Segment& segment)
{
    return segment.zone == PaceZone::RotationRace || segment.zone == PaceZone::RotationSurge;
}

struct RotationShape {
    bool race = false;
    bool surge = false;
    bool easy = false;
    int firstWork = -1;
    int lastWork = -1;
    std::vector<StepPath> steps;
};

RotationShape shapeOf(const SessionAnalysis& session)
{
    RotationShape shape;
    for (int i = 0; i < session.size(); ++i) {
        const Segment& segment = session.segment(i);
        shape.race = shape.race || segment.zone == PaceZone::RotationRace;
        shape.surge = shape.surge || segment.zone == PaceZone::RotationSurge;
        shape.easy = shape.easy || segment.zone == PaceZone::RotationEasy;
        if (isRotationZone(segment.zone))
            addPath(shape.steps, segment.path);
        if (isRotationWork(segment)) {
            if (shape.firstWork < 0)
                shape.firstWork = i;
            shape.lastWork = i;
        }
    }
    // Jogging between the race and surge blocks is the easy zone under another name.
    for (int i = shape.firstWork + 1; i < shape.lastWork && !shape.easy; ++i)
        shape.easy = session.isAerobicRunning(i) && session.segment(i).duration.seconds > 0.0;
    return shape;
}

Duration finalPushFor(Duration longestRace)
{
    const Duration share =
        roundUp(Duration{kFixFinalPushShare * longestRace.seconds}, Duration::fromMinutes(1));
    // A block longer than a step may be (a race block written as 500 mi) still gives a
    // step the notation and the JSON can read.
    return std::min(kMaxStepDuration, std::max(kMinFinalPush, share));
}

Step rotationStep(StepKind kind, Duration duration, PaceZone zone)
{
    Step step;
    step.kind = kind;
    step.target = duration;
    step.intensity = zone;
    return step;
}

std::optional<SessionFix> finishFix(const SessionAnalysis& session, int last, Duration push)
{
    const Segment& segment = session.segment(last);
    // A race block run once is lengthened in place; inside a repeat it would
    // lengthen every block, so a new one is added instead.
    const Step* step = stepAt(session.steps, segment.path);
    if (step && segment.zone == PaceZone::RotationRace && session.occurrences(segment.path) == 1) {
        Step longer = *step;
        longer.target = push;
        return makeFix(QStringLiteral("Make the last race-pace block %1").arg(durationText(push)),
                       replaceStep(session.steps, segment.path, longer));
    }
    // After the node holding the last block, with an easy float first if it ends hard.
    const int node = segment.path.front();
    int lastOfNode = last;
    while (lastOfNode + 1 < session.size() && session.topIndex(lastOfNode + 1) == node)
        ++lastOfNode;
    StepTree added;
    if (!session.segment(lastOfNode).recovery)
        added.push_back(
            StepNode{rotationStep(StepKind::Recovery, kFixFloat, PaceZone::RotationEasy)});
    added.push_back(StepNode{rotationStep(StepKind::Work, push, PaceZone::RotationRace)});
    return makeFix(QStringLiteral("Finish with %1 at race pace").arg(durationText(push)),
                   insertNodes(session.steps, {}, node + 1, added));
}

} // namespace

void checkRotationZones(const SessionAnalysis& session, Findings& out)
{
    if (!session.rotation)
        return;
    const RotationShape shape = shapeOf(session);
    QStringList missing;
    if (!shape.race)
        missing << QStringLiteral("near race pace");
    if (!shape.surge)
        missing << QStringLiteral("surges faster than race pace");
    if (!shape.easy)
        missing << QStringLiteral("easy running between the efforts");
    if (missing.isEmpty())
        return;
    out.push_back(makeFinding(
        kRotationMissingZone, Severity::Warning, shape.steps,
        QStringLiteral("This rotation has no %1. A three-zone rotation alternates running near "
                       "race pace, short surges faster than race pace and easy running, so that "
                       "you practise changing gear and recovering on the move, as in a race. "
                       "Add the missing part, or make it a plain %2 session.")
            .arg(missing.join(QStringLiteral(" and no ")),
                 shape.race ? QStringLiteral("race-pace") : QStringLiteral("fartlek"))));
}

void checkRotationFinish(const SessionAnalysis& session, Findings& out)
{
    if (!session.rotation)
        return;
    const RotationShape shape = shapeOf(session);
    if (!shape.race || shape.lastWork < 0)
        return;
    const Segment& last = session.segment(shape.lastWork);
    Duration longest;
    for (int i = 0; i < shape.lastWork; ++i) {
        if (session.segment(i).zone == PaceZone::RotationRace)
            longest = std::max(longest, session.segment(i).duration);
    }
    const bool isRace = last.zone == PaceZone::RotationRace;
    const bool longEnough = last.duration >= kMinFinalPush &&
                            last.duration.seconds >= kFinalPushShareOfLongest * longest.seconds;
    if (isRace && longEnough)
        return;
    const Duration push = finalPushFor(longest);
    const QString what =
        isRace ? QStringLiteral("The last race-pace block (%1) lasts only %2%3")
                     .arg(stepsText({last.path}), durationText(last.duration),
                          longest.seconds > 0.0
                              ? QStringLiteral(", against %1 for the longest one before it")
                                    .arg(durationText(longest))
                              : QString())
               : QStringLiteral("The rotation ends with a surge (%1)").arg(stepsText({last.path}));
    out.push_back(makeFinding(
        kRotationFinalBlock, Severity::Warning, {last.path},
        QStringLiteral("%1. Finish with a strong, even push instead: one continuous block at race "
                       "pace, not a kick, lasting at least 3 minutes and at least half as long as "
                       "your longest race-pace block, so that you practise holding race pace on "
                       "tired legs. About %2 at race pace (%3) fits this session.")
            .arg(what, durationText(push),
                 paceText(session.model.raceSpeed(), session.context.units)),
        finishFix(session, shape.lastWork, push)));
}

} // namespace paceline::advice
