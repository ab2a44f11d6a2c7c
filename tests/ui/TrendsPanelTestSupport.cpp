#include "TrendsPanelTestSupport.h"

#include "core/science/Stability.h"
#include "core/science/TrainingPaces.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"

#include <gtest/gtest.h>

namespace paceline::test {

namespace {

SessionTemplate tempoTemplate()
{
    Step work;
    work.kind = StepKind::Work;
    work.target = Distance{1000.0};
    work.intensity = PaceZone::Threshold;
    SessionTemplate tempo;
    tempo.name = kTempoName;
    tempo.steps = {StepNode{work}, StepNode{work}};
    return tempo;
}

SessionTemplate longRunTemplate()
{
    Step run;
    run.target = Duration::fromMinutes(90.0);
    run.intensity = PaceZone::Easy;
    SessionTemplate longRun;
    longRun.name = QStringLiteral("Long run");
    longRun.steps = {StepNode{run}};
    return longRun;
}

} // namespace

TrendsLog::TrendsLog() : m_document(m_store.openDocument())
{
    Athlete ann = runnerWithRace(QStringLiteral("Ann"));
    ann.maxHeartRate = kAnnMaxHeartRate;
    ann.restingHeartRate = kAnnRestingHeartRate;
    EXPECT_TRUE(m_document->addAthlete(ann));
    m_athlete = m_document->currentAthleteId();
    Athlete newcomer;
    newcomer.name = QStringLiteral("Ben");
    EXPECT_TRUE(m_document->addAthlete(newcomer));
    m_newcomer = m_document->currentAthleteId();
    m_tempo = m_document->library().addTemplate(tempoTemplate());
    EXPECT_TRUE(m_document->library().addTemplate(longRunTemplate()).isValid());

    const QDate week = kTrendWeek;
    m_sessions.push_back(
        logSession(week.addDays(1), {1000, 1000}, {240, 250}, {7, 8}, {162, 168}, true));
    m_sessions.push_back(
        logSession(week.addDays(3), {1000, 1000}, {260, 260}, {6, 6}, {150, 152}, false));
    m_sessions.push_back(
        logSession(week.addDays(8), {1000, 1000}, {236, 244}, {7, 7.5}, {164, 172}, true));
    m_sessions.push_back(
        logSession(week.addDays(15), {1000, 1000}, {234, 238}, {7, 8}, {165, 0}, true));
    m_sessions.push_back(
        logSession(week.addDays(19), {400, 400}, {80, 84}, {9, 9}, {178, 180}, false));
}

TrendsLog::~TrendsLog() = default;

double TrendsLog::thresholdSecondsPerKm() const
{
    const std::optional<TrainingPaces> paces = athletePaces(*m_document->athlete(m_athlete));
    return paces ? paces->threshold.secondsPerKilometre() : 0.0;
}

LoggedSessionId TrendsLog::logSession(QDate day, const std::vector<double>& metres,
                                      const std::vector<double>& seconds,
                                      const std::vector<double>& rpes,
                                      const std::vector<int>& heartRates, bool fromTemplate)
{
    LoggedSession session;
    session.athleteId = m_athlete;
    session.start = QDateTime(day, QTime(18, 0), Qt::UTC);
    session.title = fromTemplate ? kTempoName : QStringLiteral("Reps");
    session.duration = Duration::fromMinutes(45.0);
    session.distance = Distance{8000.0};
    session.sessionRpe = 7.0;
    if (fromTemplate) {
        PlannedSession plan;
        plan.athleteId = m_athlete;
        plan.date = day;
        plan.templateId = m_tempo;
        plan.name = kTempoName;
        plan.steps = tempoTemplate().steps;
        EXPECT_TRUE(m_document->store().plans().insert(plan).ok());
        session.plannedSessionId = plan.id;
    }
    for (size_t i = 0; i < seconds.size(); ++i) {
        Rep work;
        work.distance = Distance{metres[i]};
        work.time = Duration{seconds[i]};
        work.rpe = rpes[i];
        if (heartRates[i] > 0)
            work.avgHeartRate = heartRates[i];
        Rep jog;
        jog.kind = RepKind::Recovery;
        jog.time = Duration{120.0};
        session.reps.push_back(work);
        session.reps.push_back(jog);
    }
    // As the log form does: the stability figures are stored with the session.
    session.stability = sessionStability(session, fromTemplate ? tempoTemplate().steps : StepTree{},
                                         athletePaces(*m_document->athlete(m_athlete)));
    EXPECT_TRUE(m_document->store().sessions().insert(session).ok());
    return session.id;
}

} // namespace paceline::test
