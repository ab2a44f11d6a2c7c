#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class UpdateRemove : public StoreTest {
protected:
    /// A plan with its steps and a session whose first rep runs its warm-up step.
    void planAndLinkedSession()
    {
        m_plan = samplePlan(athleteId(), QDate(2024, 5, 7));
        ASSERT_TRUE(store().plans().insert(m_plan).ok());
        m_session = sampleSession(athleteId(), QDate(2024, 5, 7));
        m_session.plannedSessionId = m_plan.id;
        m_session.reps[0].plannedStepId = m_plan.steps[0].step().id;
        m_session.reps[2].plannedStepId = m_plan.steps[2].step().id;
        ASSERT_TRUE(store().sessions().insert(m_session).ok());
    }

    PlannedSession m_plan;
    LoggedSession m_session;
};

StepId firstStepIdOfOuterGroup(const StepTree& tree)
{
    return tree[1].group().children[0].group().id;
}

} // namespace

TEST_F(UpdateRemove, TemplateUpdateKeepsRowsOfKeptSteps)
{
    SessionTemplate sessionTemplate = richTemplate();
    ASSERT_TRUE(store().templates().insert(sessionTemplate).ok());
    const StepId warmUp = sessionTemplate.steps[0].step().id;
    const StepId innerGroup = firstStepIdOfOuterGroup(sessionTemplate.steps);

    sessionTemplate.name = QStringLiteral("Renamed");
    sessionTemplate.steps[0].step().notes = QStringLiteral("shorter today");
    sessionTemplate.steps.erase(sessionTemplate.steps.begin() + 2); // the strides
    Step added;
    added.kind = StepKind::Mobility;
    sessionTemplate.steps.push_back(StepNode{added});
    ASSERT_TRUE(store().templates().update(sessionTemplate).ok());

    EXPECT_EQ(sessionTemplate.steps[0].step().id, warmUp);
    EXPECT_EQ(firstStepIdOfOuterGroup(sessionTemplate.steps), innerGroup);
    EXPECT_TRUE(sessionTemplate.steps.back().step().id.isValid());
    EXPECT_EQ(*store().templates().find(sessionTemplate.id), sessionTemplate);
}

TEST_F(UpdateRemove, PlanUpdateKeepsRepLinksOfKeptStepsAndDropsOthers)
{
    planAndLinkedSession();
    const StepId warmUp = m_plan.steps[0].step().id;
    m_plan.steps.erase(m_plan.steps.begin() + 2); // the strides rep 3 was linked to
    m_plan.steps[0].step().target = Duration::fromMinutes(20);
    ASSERT_TRUE(store().plans().update(m_plan).ok());
    EXPECT_EQ(m_plan.steps[0].step().id, warmUp);
    EXPECT_EQ(*store().plans().find(m_plan.id), m_plan);

    Result<LoggedSession> session = store().sessions().find(m_session.id);
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session->reps[0].plannedStepId, std::optional<StepId>(warmUp));
    EXPECT_FALSE(session->reps[2].plannedStepId.has_value());
}

TEST_F(UpdateRemove, StepIdsOfAnotherOwnerAreNotTakenOver)
{
    SessionTemplate sessionTemplate = richTemplate();
    ASSERT_TRUE(store().templates().insert(sessionTemplate).ok());
    PlannedSession plan = samplePlan(athleteId(), QDate(2024, 5, 7));
    ASSERT_TRUE(store().plans().insert(plan).ok());
    plan.steps = sessionTemplate.steps; // ids of the template's rows
    ASSERT_TRUE(store().plans().update(plan).ok());
    EXPECT_NE(plan.steps[0].step().id, sessionTemplate.steps[0].step().id);
    EXPECT_EQ(*store().templates().find(sessionTemplate.id), sessionTemplate);
    EXPECT_EQ(*store().plans().find(plan.id), plan);
}

TEST_F(UpdateRemove, SessionUpdateKeepsRepIdsAndNumbersNewOnes)
{
    planAndLinkedSession();
    const RepId firstRep = m_session.reps[0].id;
    m_session.reps.erase(m_session.reps.begin() + 1, m_session.reps.end());
    m_session.reps.push_back(Rep{RepId{},
                                 RepKind::Work,
                                 std::nullopt,
                                 Distance{1000.0},
                                 Duration{200.0},
                                 9.0,
                                 {},
                                 {},
                                 {},
                                 QStringLiteral("extra")});
    m_session.title = QStringLiteral("Cut short");
    m_session.sessionRpe.reset();
    ASSERT_TRUE(store().sessions().update(m_session).ok());
    EXPECT_EQ(m_session.reps[0].id, firstRep);
    EXPECT_TRUE(m_session.reps[1].id.isValid());
    EXPECT_EQ(*store().sessions().find(m_session.id), m_session);
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM rep")).toInt(), 2);
}

TEST_F(UpdateRemove, AthleteRemovalTakesTheirPlansAndSessions)
{
    planAndLinkedSession();
    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    LoggedSession kept = simpleSession(other.id, QDate(2024, 5, 7), Sport::Run, 30, 4);
    ASSERT_TRUE(store().sessions().insert(kept).ok());

    ASSERT_TRUE(store().athletes().remove(athleteId()).ok());
    EXPECT_FALSE(store().athletes().find(athleteId()).ok());
    EXPECT_FALSE(store().sessions().find(m_session.id).ok());
    EXPECT_FALSE(store().plans().find(m_plan.id).ok());
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM rep")).toInt(), 0);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM step")).toInt(), 0);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM daily_load")).toInt(), 1);
    EXPECT_EQ(*store().sessions().find(kept.id), kept);
}

TEST_F(UpdateRemove, TemplateRemovalLeavesPlansWithTheirSteps)
{
    SessionTemplate sessionTemplate = richTemplate();
    ASSERT_TRUE(store().templates().insert(sessionTemplate).ok());
    PlannedSession plan = samplePlan(athleteId(), QDate(2024, 5, 7));
    plan.templateId = sessionTemplate.id;
    ASSERT_TRUE(store().plans().insert(plan).ok());

    ASSERT_TRUE(store().templates().remove(sessionTemplate.id).ok());
    EXPECT_FALSE(store().templates().find(sessionTemplate.id).ok());
    plan.templateId.reset();
    EXPECT_EQ(*store().plans().find(plan.id), plan);
}

TEST_F(UpdateRemove, PlanRemovalUnlinksSessions)
{
    planAndLinkedSession();
    ASSERT_TRUE(store().plans().remove(m_plan.id).ok());
    Result<LoggedSession> session = store().sessions().find(m_session.id);
    ASSERT_TRUE(session.ok());
    EXPECT_FALSE(session->plannedSessionId.has_value());
    EXPECT_FALSE(session->reps[0].plannedStepId.has_value());
    EXPECT_EQ(session->reps.size(), m_session.reps.size());
}

TEST_F(UpdateRemove, SessionRemovalTakesItsReps)
{
    planAndLinkedSession();
    ASSERT_TRUE(store().sessions().remove(m_session.id).ok());
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM rep")).toInt(), 0);
}

TEST_F(UpdateRemove, RemovedAthleteGetsTheirIdBackWhenInsertedAgain)
{
    // What undoing a removal does: the same object, with its id, goes back in.
    Athlete athlete = sampleAthlete(QStringLiteral("Restored"));
    ASSERT_TRUE(store().athletes().insert(athlete).ok());
    const AthleteId id = athlete.id;
    Athlete newer = sampleAthlete(QStringLiteral("Newer"));
    ASSERT_TRUE(store().athletes().insert(newer).ok());
    ASSERT_TRUE(store().athletes().remove(id).ok());
    ASSERT_TRUE(store().athletes().insert(athlete).ok());
    EXPECT_EQ(athlete.id, id);
    EXPECT_EQ(*store().athletes().find(id), athlete);
}

TEST_F(UpdateRemove, PlanWithoutValidDateIsRefused)
{
    PlannedSession plan = samplePlan(athleteId(), QDate());
    const Status inserted = store().plans().insert(plan);
    ASSERT_FALSE(inserted.ok());
    EXPECT_TRUE(inserted.errorMessage().contains(QStringLiteral("no valid date")))
        << inserted.errorMessage().toStdString();
    EXPECT_FALSE(plan.id.isValid());
}

TEST_F(UpdateRemove, DuplicateAthleteNameIsRefusedIgnoringCase)
{
    Athlete twin = sampleAthlete(QStringLiteral("ana LOPES "));
    const Status status = store().athletes().insert(twin);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(QStringLiteral("Ana Lopes")))
        << status.errorMessage().toStdString();
    EXPECT_FALSE(twin.id.isValid());

    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    other.name = QStringLiteral("ANA lopes");
    EXPECT_FALSE(store().athletes().update(other).ok());
    other.name = QStringLiteral("Other Name");
    EXPECT_TRUE(store().athletes().update(other).ok());
    EXPECT_EQ(*store().athletes().find(other.id), other);
}

TEST_F(UpdateRemove, CaseIsIgnoredBeyondAscii)
{
    Athlete first = sampleAthlete(QStringLiteral("Åsa Öberg"));
    ASSERT_TRUE(store().athletes().insert(first).ok());
    Athlete second = sampleAthlete(QStringLiteral("åsa öBERG"));
    EXPECT_FALSE(store().athletes().insert(second).ok());
}

TEST_F(UpdateRemove, MissingRowsGiveClearErrors)
{
    EXPECT_FALSE(store().athletes().remove(AthleteId{999}).ok());
    EXPECT_FALSE(store().plans().remove(PlannedSessionId{999}).ok());
    EXPECT_FALSE(store().templates().remove(TemplateId{999}).ok());
    const Status removed = store().sessions().remove(LoggedSessionId{999});
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.errorMessage().contains(QStringLiteral("999")));
    LoggedSession ghost = simpleSession(athleteId(), QDate(2024, 1, 1), Sport::Run, 10, 2);
    ghost.id = LoggedSessionId{999};
    EXPECT_FALSE(store().sessions().update(ghost).ok());
    Result<Athlete> missing = store().athletes().find(AthleteId{999});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(store().path()));
}
