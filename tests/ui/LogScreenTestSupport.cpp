#include "LogScreenTestSupport.h"

namespace paceline::test {

PlannedSession intervalPlan(AthleteId athlete, QDate day, int count)
{
    Step work;
    work.kind = StepKind::Work;
    work.target = Distance{400.0};
    work.intensity = PaceZone::Interval;
    Step jog;
    jog.kind = StepKind::Recovery;
    jog.target = Duration{90.0};
    jog.recoveryMode = RecoveryMode::Jog;
    RepeatGroup group;
    group.count = count;
    group.children = {StepNode{work}, StepNode{jog}};
    PlannedSession plan;
    plan.athleteId = athlete;
    plan.date = day;
    plan.name = QStringLiteral("Intervals");
    plan.steps = {StepNode{group}};
    return plan;
}

LoggedSession intervalSession(AthleteId athlete, QDate day, const std::vector<double>& times)
{
    LoggedSession session;
    session.athleteId = athlete;
    session.start = QDateTime(day, QTime(18, 0), Qt::UTC);
    session.title = QStringLiteral("%1 x 400 m").arg(times.size());
    session.duration = Duration::fromMinutes(40.0);
    session.distance = Distance{6000.0};
    session.sessionRpe = 7.0;
    for (size_t i = 0; i < times.size(); ++i) {
        Rep work;
        work.kind = RepKind::Work;
        work.distance = Distance{400.0};
        work.time = Duration{times[i]};
        work.rpe = 6.0 + double(i);
        work.avgHeartRate = 170 + int(i);
        Rep jog;
        jog.kind = RepKind::Recovery;
        jog.time = Duration{90.0};
        session.reps.push_back(work);
        session.reps.push_back(jog);
    }
    return session;
}

} // namespace paceline::test
