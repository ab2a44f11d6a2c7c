#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class RoundTrip : public StoreTest {};

/// Every id of a tree, for "all were assigned" checks.
void expectIdsAssigned(const StepTree& tree)
{
    for (const StepNode& node : tree) {
        if (node.isStep()) {
            EXPECT_TRUE(node.step().id.isValid());
            continue;
        }
        EXPECT_TRUE(node.group().id.isValid());
        expectIdsAssigned(node.group().children);
        if (node.group().recoveryBetweenSets) {
            EXPECT_TRUE(node.group().recoveryBetweenSets->id.isValid());
        }
    }
}

} // namespace

TEST_F(RoundTrip, AthleteWithEveryField)
{
    Result<Athlete> found = store().athletes().find(athleteId());
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    Athlete expected = sampleAthlete();
    expected.id = athleteId();
    EXPECT_EQ(*found, expected);
}

TEST_F(RoundTrip, AthleteWithoutOptionalFields)
{
    Athlete bare;
    bare.name = QStringLiteral("Bo");
    bare.sports = {};
    ASSERT_TRUE(store().athletes().insert(bare).ok());
    EXPECT_TRUE(bare.id.isValid());
    Result<Athlete> found = store().athletes().find(bare.id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(*found, bare);

    Athlete raceWithoutDate = sampleAthlete(QStringLiteral("Cy"));
    raceWithoutDate.recentRace->date = QDate();
    ASSERT_TRUE(store().athletes().insert(raceWithoutDate).ok());
    EXPECT_EQ(*store().athletes().find(raceWithoutDate.id), raceWithoutDate);
}

TEST_F(RoundTrip, AthletesListedByNameAndFoundIgnoringCase)
{
    Athlete zed = sampleAthlete(QStringLiteral("zed"));
    Athlete bea = sampleAthlete(QStringLiteral("Bea"));
    ASSERT_TRUE(store().athletes().insert(zed).ok());
    ASSERT_TRUE(store().athletes().insert(bea).ok());
    Result<std::vector<Athlete>> all = store().athletes().all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0].name, QStringLiteral("Ana Lopes"));
    EXPECT_EQ((*all)[1].name, QStringLiteral("Bea"));
    EXPECT_EQ((*all)[2].name, QStringLiteral("zed"));
    EXPECT_EQ(*store().athletes().count(), 3);
    Result<std::optional<Athlete>> byName = store().athletes().findByName(QStringLiteral("BEA"));
    ASSERT_TRUE(byName.ok());
    ASSERT_TRUE(byName->has_value());
    EXPECT_EQ(**byName, bea);
    EXPECT_FALSE(store().athletes().findByName(QStringLiteral("nobody"))->has_value());
}

TEST_F(RoundTrip, TemplateWithNestedGroupsAndEveryAlternative)
{
    SessionTemplate written = richTemplate();
    ASSERT_TRUE(store().templates().insert(written).ok());
    EXPECT_TRUE(written.id.isValid());
    expectIdsAssigned(written.steps);

    Result<SessionTemplate> found = store().templates().find(written.id);
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    EXPECT_EQ(*found, written);
    Result<std::vector<SessionTemplate>> all = store().templates().all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front(), written);
}

TEST_F(RoundTrip, TemplateWithoutStepsOrPurpose)
{
    SessionTemplate empty;
    empty.name = QStringLiteral("Easy swim");
    empty.sport = Sport::Swim;
    ASSERT_TRUE(store().templates().insert(empty).ok());
    EXPECT_EQ(*store().templates().find(empty.id), empty);
}

TEST_F(RoundTrip, PlannedSessionWithSteps)
{
    SessionTemplate source = richTemplate();
    ASSERT_TRUE(store().templates().insert(source).ok());
    PlannedSession plan = samplePlan(athleteId(), QDate(2024, 5, 7));
    plan.templateId = source.id;
    plan.steps = source.steps; // copied with the template's ids: the plan gets its own rows
    ASSERT_TRUE(store().plans().insert(plan).ok());
    EXPECT_NE(plan.steps.front().step().id, source.steps.front().step().id);
    expectIdsAssigned(plan.steps);

    EXPECT_EQ(*store().plans().find(plan.id), plan);
    Result<std::vector<PlannedSession>> week =
        store().plans().inRange(athleteId(), QDate(2024, 5, 6), QDate(2024, 5, 12));
    ASSERT_TRUE(week.ok());
    ASSERT_EQ(week->size(), 1u);
    EXPECT_EQ(week->front(), plan);
    EXPECT_EQ(*store().templates().find(source.id), source);
}

TEST_F(RoundTrip, PlansOrderedByDayAndOrderInDay)
{
    PlannedSession second = samplePlan(athleteId(), QDate(2024, 5, 7));
    second.orderInDay = 1;
    PlannedSession first = samplePlan(athleteId(), QDate(2024, 5, 7));
    first.orderInDay = 0;
    first.steps.clear();
    PlannedSession outside = samplePlan(athleteId(), QDate(2024, 5, 20));
    for (PlannedSession* plan : {&second, &first, &outside})
        ASSERT_TRUE(store().plans().insert(*plan).ok());
    auto plans = store().plans().inRange(athleteId(), QDate(2024, 5, 1), QDate(2024, 5, 10));
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 2u);
    EXPECT_EQ((*plans)[0], first);
    EXPECT_EQ((*plans)[1], second);
}

TEST_F(RoundTrip, LoggedSessionWithRepsWellnessAndOffset)
{
    PlannedSession plan = samplePlan(athleteId(), QDate(2024, 5, 7));
    ASSERT_TRUE(store().plans().insert(plan).ok());
    LoggedSession session = sampleSession(athleteId(), QDate(2024, 5, 7));
    session.plannedSessionId = plan.id;
    session.reps[0].plannedStepId = plan.steps[0].step().id;
    const Status inserted = store().sessions().insert(session);
    ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
    EXPECT_TRUE(session.id.isValid());
    for (const Rep& rep : session.reps)
        EXPECT_TRUE(rep.id.isValid());

    Result<LoggedSession> found = store().sessions().find(session.id);
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    EXPECT_EQ(*found, session);
    EXPECT_EQ(found->start.offsetFromUtc(), 7200);
    EXPECT_EQ(found->localDate(), QDate(2024, 5, 7));
    EXPECT_EQ(found->start.time(), QTime(0, 30, 5));
}

TEST_F(RoundTrip, LoggedSessionWithOptionalFieldsEmpty)
{
    LoggedSession bare;
    bare.athleteId = athleteId();
    bare.start = QDateTime(QDate(2024, 1, 2), QTime(6, 0), Qt::OffsetFromUTC, -5 * 3600);
    bare.duration = Duration{1800.0};
    ASSERT_TRUE(store().sessions().insert(bare).ok());
    Result<LoggedSession> found = store().sessions().find(bare.id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(*found, bare);
    EXPECT_EQ(found->start.offsetFromUtc(), -5 * 3600);
    EXPECT_TRUE(found->wellness.isEmpty());
}

TEST_F(RoundTrip, SessionsInRangeByLocalDayOldestFirst)
{
    const QDate day(2024, 5, 7);
    LoggedSession late = simpleSession(athleteId(), day, Sport::Bike, 60, 5);
    late.start = QDateTime(day, QTime(18, 0), Qt::OffsetFromUTC, 3600);
    LoggedSession early = sampleSession(athleteId(), day); // 22:30 UTC the day before
    LoggedSession nextDay = simpleSession(athleteId(), day.addDays(1), Sport::Run, 30, 3);
    for (LoggedSession* session : {&late, &early, &nextDay})
        ASSERT_TRUE(store().sessions().insert(*session).ok());

    auto withReps = store().sessions().inRange(athleteId(), day, day, WithReps::Yes);
    ASSERT_TRUE(withReps.ok()) << withReps.errorMessage().toStdString();
    ASSERT_EQ(withReps->size(), 2u);
    EXPECT_EQ((*withReps)[0], early);
    EXPECT_EQ((*withReps)[1], late);

    auto withoutReps = store().sessions().inRange(athleteId(), day, day.addDays(1), WithReps::No);
    ASSERT_TRUE(withoutReps.ok());
    ASSERT_EQ(withoutReps->size(), 3u);
    EXPECT_TRUE((*withoutReps)[0].reps.empty());
    EXPECT_EQ(*store().sessions().count(athleteId()), 3);
    auto range = store().sessions().dayRange(athleteId());
    ASSERT_TRUE(range.ok());
    ASSERT_TRUE(range->has_value());
    EXPECT_EQ((*range)->first, day);
    EXPECT_EQ((*range)->second, day.addDays(1));
}

TEST_F(RoundTrip, EmptyLogHasNoDayRange)
{
    auto range = store().sessions().dayRange(athleteId());
    ASSERT_TRUE(range.ok());
    EXPECT_FALSE(range->has_value());
    EXPECT_EQ(*store().sessions().count(athleteId()), 0);
}

TEST_F(RoundTrip, DataSurvivesReopening)
{
    LoggedSession session = sampleSession(athleteId(), QDate(2024, 5, 7));
    ASSERT_TRUE(store().sessions().insert(session).ok());
    closeStore();
    auto reopened = open();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(*reopened->sessions().find(session.id), session);
    EXPECT_EQ(reopened->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_TRUE(reopened->checkIntegrity().ok());
}

TEST_F(RoundTrip, ManySessionsWithChangingFieldsAndRepCounts)
{
    // Statements are reused with values rebound only where they change, and reps go in
    // up to 16 rows per statement: vary everything so both paths are exercised.
    std::vector<LoggedSession> written;
    for (int i = 0; i < 24; ++i) {
        LoggedSession session = sampleSession(athleteId(), QDate(2024, 1, 1).addDays(i));
        session.sport = i % 3 == 0 ? Sport::Bike : Sport::Run;
        if (i % 2 == 0) {
            session.distance.reset();
            session.sessionRpe.reset();
            session.wellness = {};
        }
        session.title = i % 4 == 0 ? QString() : QStringLiteral("Session %1").arg(i);
        session.reps.resize(std::size_t((i * 7) % 41)); // 0 to 40 reps
        for (std::size_t r = 0; r < session.reps.size(); ++r) {
            Rep& rep = session.reps[r];
            rep.time = Duration{30.0 + double(r)};
            rep.rpe = (r + std::size_t(i)) % 3 == 0 ? std::nullopt : std::optional<double>(6.5);
            rep.notes = r % 5 == 0 ? QStringLiteral("note %1").arg(r) : QString();
        }
        const Status inserted = store().sessions().insert(session);
        ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        written.push_back(session);
    }
    auto read = store().sessions().inRange(athleteId(), QDate(2024, 1, 1), QDate(2024, 12, 31),
                                           WithReps::Yes);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(*read, written);
}

TEST_F(RoundTrip, StoreStaysUsableAfterARefusedSession)
{
    LoggedSession session = sampleSession(athleteId(), QDate(2024, 3, 3));
    session.reps.resize(20);
    session.reps[17].rpe = 12.0;
    ASSERT_FALSE(store().sessions().insert(session).ok());
    session.reps[17].rpe = 9.0;
    ASSERT_TRUE(store().sessions().insert(session).ok());
    EXPECT_EQ(*store().sessions().find(session.id), session);
}
