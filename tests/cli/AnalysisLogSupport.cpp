#include "AnalysisLogSupport.h"

#include "core/science/Stability.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

#include <gtest/gtest.h>

namespace paceline::test {

namespace {

void expectOk(const Status& status)
{
    EXPECT_TRUE(status.ok()) << status.errorMessage().toStdString();
}

QDateTime noonOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), Qt::OffsetFromUTC, 0);
}

Rep kmRep(const KmRep& rep, std::optional<StepId> step)
{
    Rep made;
    made.kind = RepKind::Work;
    made.plannedStepId = step;
    made.distance = Distance{1000.0};
    made.time = Duration{rep.seconds};
    made.rpe = rep.rpe;
    made.avgHeartRate = rep.heartRate;
    return made;
}

Rep standingRecovery()
{
    Rep made;
    made.kind = RepKind::Recovery;
    made.time = Duration{60.0};
    return made;
}

Step stepOf(StepKind kind, Target target, Intensity intensity)
{
    Step made;
    made.kind = kind;
    made.target = target;
    made.intensity = intensity;
    return made;
}

} // namespace

LogWriter::LogWriter(const TempLog& log, qint64 athleteId) : m_athlete{athleteId}
{
    auto opened = LogStore::open(log.path());
    EXPECT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    if (opened)
        m_store = std::move(opened).value();
}

LogWriter::~LogWriter() = default;

void LogWriter::addRun(QDate day, double minutes, double rpe)
{
    LoggedSession session;
    session.athleteId = m_athlete;
    session.start = noonOf(day);
    session.title = QStringLiteral("Steady run");
    session.duration = Duration::fromMinutes(minutes);
    session.sessionRpe = rpe;
    expectOk(m_store->sessions().insert(session));
}

void LogWriter::addKmReps(QDate day, const std::vector<KmRep>& reps, const PlannedSession* plan)
{
    LoggedSession session;
    session.athleteId = m_athlete;
    session.start = noonOf(day);
    session.title = QStringLiteral("Km reps");
    std::optional<StepId> workStep;
    if (plan) {
        session.plannedSessionId = plan->id;
        workStep = firstWorkStep(plan->steps);
    }
    double seconds = 0.0;
    for (const KmRep& rep : reps) {
        if (!session.reps.empty())
            session.reps.push_back(standingRecovery());
        session.reps.push_back(kmRep(rep, workStep));
        seconds += rep.seconds + 60.0;
    }
    session.duration = Duration{seconds};
    session.distance = Distance{1000.0 * double(reps.size())};
    // The store keeps the figures it is given, as the log form and `log` compute them.
    session.stability =
        sessionStability(session, plan ? plan->steps : StepTree{}, /*paces=*/std::nullopt);
    expectOk(m_store->sessions().insert(session));
}

void LogWriter::addRunWithoutReps(QDate day, const PlannedSession& plan)
{
    LoggedSession session;
    session.athleteId = m_athlete;
    session.start = noonOf(day);
    session.title = QStringLiteral("Km reps, totals only");
    session.plannedSessionId = plan.id;
    session.duration = Duration::fromMinutes(45);
    session.distance = Distance{10000.0};
    session.sessionRpe = 6.0;
    expectOk(m_store->sessions().insert(session));
}

SessionTemplate LogWriter::addTemplate(const QString& name, StepTree steps)
{
    SessionTemplate made;
    made.name = name;
    made.sport = Sport::Run;
    made.steps = std::move(steps);
    expectOk(m_store->templates().insert(made));
    return made;
}

PlannedSession LogWriter::planFrom(const SessionTemplate& source, QDate day)
{
    PlannedSession plan;
    plan.athleteId = m_athlete;
    plan.date = day;
    plan.templateId = source.id;
    plan.name = source.name;
    plan.sport = source.sport;
    plan.steps = source.steps;
    expectOk(m_store->plans().insert(plan));
    return plan;
}

qint64 LogWriter::addAthleteWithoutRace(const QString& name)
{
    Athlete athlete;
    athlete.name = name;
    expectOk(m_store->athletes().insert(athlete));
    return athlete.id.value;
}

StepTree kmRepeats(int reps, const PaceRange& band)
{
    RepeatGroup group;
    group.count = reps;
    group.children = {StepNode{stepOf(StepKind::Work, Distance{1000.0}, band)},
                      StepNode{stepOf(StepKind::Recovery, Duration{60.0}, std::monostate{})}};
    group.children.back().step().recoveryMode = RecoveryMode::Jog;
    return {StepNode{group}};
}

StepId firstWorkStep(const StepTree& steps)
{
    for (const StepNode& node : steps) {
        if (node.isStep() && node.step().kind == StepKind::Work)
            return node.step().id;
        if (node.isGroup()) {
            const StepId inside = firstWorkStep(node.group().children);
            if (inside.isValid())
                return inside;
        }
    }
    return {};
}

const TempLog& demoLog()
{
    static const TempLog log;
    static const bool written = [] {
        const CliRun run =
            runCli({QStringLiteral("demo"), QStringLiteral("--db"), log.path(),
                    QStringLiteral("--athletes"), QStringLiteral("1"), QStringLiteral("--weeks"),
                    QStringLiteral("104"), QStringLiteral("--end"), QStringLiteral("2026-03-29")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.exitCode == 0;
    }();
    EXPECT_TRUE(written);
    return log;
}

} // namespace paceline::test
