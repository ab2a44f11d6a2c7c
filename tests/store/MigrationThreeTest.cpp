#include "OldLogWriter.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/science/LoadMeasures.h"
#include "core/science/Stability.h"
#include "core/store/AthleteStore.h"
#include "core/store/DraftStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

// Migration 3 on a log written at version 2: the stability columns and entry_draft
// appear, the sessions already there get the figures a save would give them, and
// everything else reads back as it was.

namespace {

class MigrationThree : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// An athlete, a plan and two sessions: intervals whose work reps ran the plan's
    /// 400 m step (a pace band), and a ride without reps.
    void buildVersionTwo()
    {
        OldLogWriter log(m_path, 2);
        m_athlete = sampleAthlete();
        ASSERT_TRUE(AthleteStore(log.database()).insert(m_athlete).ok());
        m_plan = samplePlan(m_athlete.id, m_day);
        ASSERT_TRUE(PlanStore(log.database()).insert(m_plan).ok());
        m_linked = sampleSession(m_athlete.id, m_day);
        m_linked.plannedSessionId = m_plan.id;
        const StepId fast = m_plan.steps[1].group().children[0].group().children[0].step().id;
        for (Rep& rep : m_linked.reps) {
            if (rep.kind == RepKind::Work)
                rep.plannedStepId = fast;
        }
        log.insertSession(m_linked);
        m_freeform = simpleSession(m_athlete.id, m_day, Sport::Bike, 45, 4, 20000);
        log.insertSession(m_freeform);
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    const QDate m_day{2024, 6, 3};
    Athlete m_athlete;
    PlannedSession m_plan;
    LoggedSession m_linked;
    LoggedSession m_freeform;
};

} // namespace

TEST_F(MigrationThree, VersionTwoLogKeepsItsDataAndGainsFigures)
{
    buildVersionTwo();
    {
        RawSql raw(m_path);
        ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM daily_load")).toInt(), 2);
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_EQ(*store->athletes().find(m_athlete.id), m_athlete);
    EXPECT_EQ(*store->plans().find(m_plan.id), m_plan);

    // The figures a save computes: the reps against the whole stored plan.
    LoggedSession linked = *store->sessions().find(m_linked.id);
    ASSERT_TRUE(linked.stability.has_value());
    EXPECT_EQ(*linked.stability, sessionStability(m_linked, m_plan.steps, athletePaces(m_athlete)));
    EXPECT_EQ(linked.stability->workReps, 6);
    EXPECT_EQ(linked.stability->repsWithTarget, 6);
    linked.stability.reset();
    m_linked.loadFigures = sessionLoadFigures(m_linked, m_athlete); // migration 5
    EXPECT_EQ(linked, m_linked);

    LoggedSession ride = *store->sessions().find(m_freeform.id);
    ASSERT_TRUE(ride.stability.has_value());
    EXPECT_EQ(*ride.stability, sessionStability(m_freeform, {}, std::nullopt));
    ride.stability.reset();
    m_freeform.loadFigures = sessionLoadFigures(m_freeform, m_athlete);
    EXPECT_EQ(ride, m_freeform);

    auto loads = store->sessions().dailyLoads(m_athlete.id, m_day, m_day);
    ASSERT_TRUE(loads.ok());
    ASSERT_EQ(loads->size(), 2u);
    EXPECT_EQ((*loads)[0].sessionRpeLoad, 7.5 * 62.5);
    EXPECT_EQ((*loads)[1].sessionRpeLoad, 4.0 * 45);
}

TEST_F(MigrationThree, ValuesThisBuildCannotReadDoNotStopTheUpgrade)
{
    buildVersionTwo();
    {
        RawSql raw(m_path);
        raw.exec(QStringLiteral("UPDATE step SET zone = 'Z9' WHERE intensity = 'zone'"));
        raw.exec(QStringLiteral("UPDATE rep SET kind = 'sprint' WHERE position = 3"));
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    // Reading the session reports the damage, as before the upgrade.
    Result<LoggedSession> damaged = store->sessions().find(m_linked.id);
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.errorMessage().contains(QStringLiteral("sprint")));
}

TEST_F(MigrationThree, UpgradedLogStoresFiguresAndDrafts)
{
    buildVersionTwo();
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    PaceStability stability;
    stability.workReps = 6;
    stability.paceCvPercent = 0.8;
    m_linked.stability = stability;
    ASSERT_TRUE(store->sessions().update(m_linked).ok());
    EXPECT_EQ(*store->sessions().find(m_linked.id), m_linked);

    const EntryDraft draft{m_athlete.id, m_linked.id, QByteArray("{\"reps\":[]}"),
                           QDateTime(m_day, QTime(19, 0), Qt::UTC)};
    const Status saved = store->drafts().save(draft);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    EXPECT_EQ(*store->drafts().find(m_athlete.id), std::optional<EntryDraft>(draft));
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(MigrationThree, VersionOneLogIsUpgradedThroughBothMigrations)
{
    {
        OldLogWriter log(m_path, 1);
        m_athlete = sampleAthlete();
        ASSERT_TRUE(AthleteStore(log.database()).insert(m_athlete).ok());
        m_linked = sampleSession(m_athlete.id, m_day);
        log.insertSession(m_linked);
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    LoggedSession upgraded = *store->sessions().find(m_linked.id);
    EXPECT_EQ(upgraded.stability,
              std::optional(sessionStability(m_linked, {}, athletePaces(m_athlete))));
    upgraded.stability.reset();
    m_linked.loadFigures = sessionLoadFigures(m_linked, m_athlete); // migration 5
    EXPECT_EQ(upgraded, m_linked);
    EXPECT_EQ(store->sessions().dailyLoads(m_athlete.id, m_day, m_day)->size(), 1u);
}

TEST_F(MigrationThree, NewerVersionIsStillRefused)
{
    {
        std::unique_ptr<LogStore> store = openOrFail(m_path);
        ASSERT_TRUE(store);
    }
    {
        RawSql raw(m_path);
        raw.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(LogStore::latestSchemaVersion() + 1));
    }
    const FileState before = FileState::of(m_path);
    auto refused = LogStore::open(m_path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, OpenProblem::NewerVersion);
    EXPECT_TRUE(refused.error().message.contains(
        QStringLiteral("knows up to %1").arg(LogStore::latestSchemaVersion())))
        << refused.error().message.toStdString();
    EXPECT_EQ(FileState::of(m_path), before);
}
