// Migration 6 on logs written at versions 5 and 1: each athlete's session count is kept
// (and follows every write from then on), and load checkpoints are kept until a write
// changes a day before them.

#include "OldLogWriter.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kDay{2024, 6, 4};

FigureCheckpoint checkpointOn(QDate day, double fitness)
{
    return {day, fitness / 2, fitness / 3, fitness, fitness / 4};
}

/// template_session as SQL over the sessions and plans says it must be, and as it is.
void expectTemplateSessionsTrue(const QString& path)
{
    RawSql raw(path);
    const auto rows = [&](const QString& sql) {
        QStringList found;
        QSqlQuery query(raw.database());
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        while (query.next())
            found << QStringLiteral("%1/%2/%3/%4")
                         .arg(query.value(0).toLongLong())
                         .arg(query.value(1).toLongLong())
                         .arg(query.value(2).toLongLong())
                         .arg(query.value(3).toLongLong());
        return found;
    };
    EXPECT_EQ(rows(QStringLiteral("SELECT athlete_id, template_id, start_utc, session_id FROM "
                                  "template_session ORDER BY 1, 2, 3, 4")),
              rows(QStringLiteral("SELECT s.athlete_id, p.template_id, s.start_utc, s.id FROM "
                                  "logged_session s JOIN planned_session p ON p.id = "
                                  "s.planned_id WHERE p.template_id IS NOT NULL ORDER BY 1, 2, "
                                  "3, 4")));
}

/// Two athletes with sessions on two days, and one without any.
class MigrationSix : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    void buildLog(int version)
    {
        OldLogWriter log(m_path, version);
        for (Athlete* athlete : {&m_ana, &m_ben, &m_cleo}) {
            *athlete = sampleAthlete(athlete == &m_ana   ? QStringLiteral("Ana")
                                     : athlete == &m_ben ? QStringLiteral("Ben")
                                                         : QStringLiteral("Cleo"));
            ASSERT_TRUE(AthleteStore(log.database()).insert(*athlete).ok());
        }
        for (int i = 0; i < 3; ++i) {
            LoggedSession run = simpleSession(m_ana.id, kDay.addDays(i % 2), Sport::Run, 40, 5);
            log.insertSession(run);
        }
        LoggedSession ride = simpleSession(m_ben.id, kDay, Sport::Bike, 90, 4);
        log.insertSession(ride);
        // Two sessions done for plans made from a template, one for a plan without.
        SessionTemplate ladders = richTemplate();
        ASSERT_TRUE(TemplateStore(log.database()).insert(ladders).ok());
        for (int i = 0; i < 3; ++i) {
            PlannedSession plan = samplePlan(m_ana.id, kDay.addDays(7 * i));
            if (i < 2)
                plan.templateId = ladders.id;
            ASSERT_TRUE(PlanStore(log.database()).insert(plan).ok());
            LoggedSession done = simpleSession(m_ana.id, plan.date, Sport::Run, 50, 7);
            done.plannedSessionId = plan.id;
            log.insertSession(done);
        }
    }

    /// The kept count against a fresh count(*), for every athlete.
    void expectCountsMatch(LogStore& store)
    {
        RawSql raw(m_path);
        for (const Athlete* athlete : {&m_ana, &m_ben, &m_cleo}) {
            const Result<int> kept = store.sessions().count(athlete->id);
            ASSERT_TRUE(kept.ok()) << kept.errorMessage().toStdString();
            EXPECT_EQ(*kept, raw.value(QStringLiteral("SELECT count(*) FROM logged_session WHERE "
                                                      "athlete_id = %1")
                                           .arg(athlete->id.value))
                                 .toInt())
                << athlete->name.toStdString();
        }
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("old.sqlite"));
    Athlete m_ana;
    Athlete m_ben;
    Athlete m_cleo;
};

} // namespace

TEST_F(MigrationSix, VersionFiveLogGetsItsCounts)
{
    buildLog(5);
    {
        RawSql raw(m_path);
        ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_EQ(*store->sessions().count(m_ana.id), 6);
    EXPECT_EQ(*store->sessions().count(m_ben.id), 1);
    EXPECT_EQ(*store->sessions().count(m_cleo.id), 0);
    expectCountsMatch(*store);
    expectTemplateSessionsTrue(m_path);
    RawSql raw(m_path);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM template_session")).toInt(), 2);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(MigrationSix, VersionOneLogIsUpgradedThroughEveryMigration)
{
    buildLog(1);
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_EQ(*store->sessions().count(m_ana.id), 6);
    expectCountsMatch(*store);
    expectTemplateSessionsTrue(m_path);
}

TEST_F(MigrationSix, CountsFollowEveryWrite)
{
    buildLog(5);
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    // A new athlete's first session, a second one on the same day and sport, one moved
    // to another athlete and day, one removed.
    LoggedSession first = simpleSession(m_cleo.id, kDay, Sport::Swim, 30, 3);
    ASSERT_TRUE(store->sessions().insert(first).ok());
    LoggedSession second = simpleSession(m_cleo.id, kDay, Sport::Swim, 20, 2);
    ASSERT_TRUE(store->sessions().insert(second).ok());
    expectCountsMatch(*store);
    LoggedSession moved = *store->sessions().find(second.id);
    moved.athleteId = m_ben.id;
    moved.start = moved.start.addDays(3);
    ASSERT_TRUE(store->sessions().update(moved).ok());
    expectCountsMatch(*store);
    EXPECT_EQ(*store->sessions().count(m_ben.id), 2);
    ASSERT_TRUE(store->sessions().remove(first.id).ok());
    EXPECT_EQ(*store->sessions().count(m_cleo.id), 0);
    expectCountsMatch(*store);
    // A refresh of the figures rewrites every session of the athlete; the count stays.
    ASSERT_TRUE(store->sessions().refreshLoadFigures(m_ana.id).ok());
    expectCountsMatch(*store);
    // An athlete removed takes their count along.
    ASSERT_TRUE(store->athletes().remove(m_ben.id).ok());
    RawSql raw(m_path);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM athlete_session_count WHERE "
                                       "athlete_id = %1")
                            .arg(m_ben.id.value))
                  .toInt(),
              0);
}

TEST_F(MigrationSix, AFailedWriteLeavesTheCount)
{
    buildLog(5);
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    const Status failed = store->transaction([&]() -> Status {
        LoggedSession run = simpleSession(m_ana.id, kDay, Sport::Run, 30, 3);
        if (Status inserted = store->sessions().insert(run); !inserted)
            return inserted;
        return Error{QStringLiteral("changed my mind")};
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(*store->sessions().count(m_ana.id), 6);
}

TEST_F(MigrationSix, ARebuiltDailyLoadKeepsTheCount)
{
    // As a later migration that sums daily_load again from scratch would do.
    buildLog(5);
    {
        std::unique_ptr<LogStore> store = openOrFail(m_path);
        ASSERT_TRUE(store);
    }
    {
        RawSql raw(m_path);
        raw.exec(QStringLiteral("DELETE FROM daily_load"));
        EXPECT_EQ(
            raw.value(QStringLiteral("SELECT sum(sessions) FROM athlete_session_count")).toInt(),
            0);
        raw.exec(QStringLiteral("INSERT INTO daily_load (athlete_id, day, sport, sessions, "
                                "duration_s, distance_m, srpe_load) SELECT athlete_id, day, "
                                "sport, count(*), 0, 0, 0 FROM logged_session GROUP BY "
                                "athlete_id, day, sport"));
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    expectCountsMatch(*store);
}

class LoadCheckpoints : public StoreTest {};

TEST_F(LoadCheckpoints, TheLatestInTheRangeOfTheMeasure)
{
    SessionStore& sessions = store().sessions();
    const QDate july(2024, 7, 1);
    const QDate august(2024, 8, 1);
    ASSERT_TRUE(sessions
                    .keepLoadCheckpoints(athleteId(), LoadMeasure::SessionRpe,
                                         {checkpointOn(july, 40.0), checkpointOn(august, 50.0)})
                    .ok());
    ASSERT_TRUE(sessions
                    .keepLoadCheckpoints(athleteId(), LoadMeasure::Trimp,
                                         {checkpointOn(august.addDays(5), 70.0)})
                    .ok());
    auto found =
        sessions.loadCheckpoint(athleteId(), LoadMeasure::SessionRpe, july, august.addDays(20));
    ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
    EXPECT_EQ(found.value(), checkpointOn(august, 50.0));
    EXPECT_EQ(
        sessions.loadCheckpoint(athleteId(), LoadMeasure::SessionRpe, july, august.addDays(-1))
            .value(),
        checkpointOn(july, 40.0));
    EXPECT_FALSE(sessions
                     .loadCheckpoint(athleteId(), LoadMeasure::SessionRpe, july.addDays(1),
                                     august.addDays(-1))
                     .value());
    EXPECT_FALSE(
        sessions.loadCheckpoint(athleteId(), LoadMeasure::RunningTss, july, august).value());
    // The same day again replaces it; the values come back to the bit.
    const FigureCheckpoint exact{august, 1.0 / 3.0, 2.0 / 7.0, 0.1 + 0.2, 1e-300};
    ASSERT_TRUE(sessions.keepLoadCheckpoints(athleteId(), LoadMeasure::SessionRpe, {exact}).ok());
    EXPECT_EQ(sessions.loadCheckpoint(athleteId(), LoadMeasure::SessionRpe, august, august).value(),
              exact);
}

TEST_F(LoadCheckpoints, AChangeBeforeACheckpointDropsIt)
{
    SessionStore& sessions = store().sessions();
    const QDate july(2024, 7, 1);
    const QDate august(2024, 8, 1);
    const QDate september(2024, 9, 1);
    const auto keepAll = [&] {
        ASSERT_TRUE(sessions
                        .keepLoadCheckpoints(athleteId(), LoadMeasure::SessionRpe,
                                             {checkpointOn(july, 1), checkpointOn(august, 2),
                                              checkpointOn(september, 3)})
                        .ok());
    };
    const auto latest = [&] {
        return sessions.loadCheckpoint(athleteId(), LoadMeasure::SessionRpe, july, september)
            .value();
    };
    keepAll();
    // A session on the day of a checkpoint leaves it: it holds the day before.
    LoggedSession run = simpleSession(athleteId(), september, Sport::Run, 30, 4);
    ASSERT_TRUE(sessions.insert(run).ok());
    EXPECT_EQ(latest()->day, september);
    // One in August drops September's, not August's.
    LoggedSession august10 = simpleSession(athleteId(), august.addDays(9), Sport::Run, 30, 4);
    ASSERT_TRUE(sessions.insert(august10).ok());
    EXPECT_EQ(latest()->day, august);
    // So do an edit and a removal.
    keepAll();
    august10.sessionRpe = 8;
    ASSERT_TRUE(sessions.update(august10).ok());
    EXPECT_EQ(latest()->day, august);
    keepAll();
    ASSERT_TRUE(sessions.remove(august10.id).ok());
    EXPECT_EQ(latest()->day, august);
    // New heart rates rewrite every session's figures: all after the first are stale.
    keepAll();
    LoggedSession june = simpleSession(athleteId(), july.addDays(-20), Sport::Run, 30, 4);
    ASSERT_TRUE(sessions.insert(june).ok());
    EXPECT_FALSE(latest());
    keepAll();
    ASSERT_TRUE(sessions.refreshLoadFigures(athleteId()).ok());
    EXPECT_FALSE(latest());
}

TEST_F(LoadCheckpoints, AnotherAthletesWritesLeaveThem)
{
    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    const QDate august(2024, 8, 1);
    ASSERT_TRUE(
        store()
            .sessions()
            .keepLoadCheckpoints(athleteId(), LoadMeasure::SessionRpe, {checkpointOn(august, 2)})
            .ok());
    LoggedSession run = simpleSession(other.id, august.addDays(-30), Sport::Run, 30, 4);
    ASSERT_TRUE(store().sessions().insert(run).ok());
    EXPECT_TRUE(store()
                    .sessions()
                    .loadCheckpoint(athleteId(), LoadMeasure::SessionRpe, august, august)
                    .value());
    // Removing the athlete removes theirs.
    ASSERT_TRUE(store().athletes().remove(athleteId()).ok());
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM load_checkpoint")).toInt(), 0);
}

TEST_F(LoadCheckpoints, AReadOnlyLogKeepsNoneAndSaysNothing)
{
    closeStore();
    std::unique_ptr<LogStore> readOnly = open(QStringLiteral("log.sqlite"), OpenOptions{true});
    ASSERT_TRUE(readOnly);
    const QDate august(2024, 8, 1);
    EXPECT_TRUE(
        readOnly->sessions()
            .keepLoadCheckpoints(athleteId(), LoadMeasure::SessionRpe, {checkpointOn(august, 2)})
            .ok());
    EXPECT_FALSE(readOnly->sessions()
                     .loadCheckpoint(athleteId(), LoadMeasure::SessionRpe, august, august)
                     .value());
}

class TemplateSessions : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        for (SessionTemplate* made : {&m_ladders, &m_hills}) {
            *made = richTemplate();
            made->name = made == &m_ladders ? QStringLiteral("Ladders") : QStringLiteral("Hills");
            ASSERT_TRUE(store().templates().insert(*made).ok());
        }
    }

    PlannedSession plan(std::optional<TemplateId> templateId, QDate day)
    {
        PlannedSession made = samplePlan(athleteId(), day);
        made.templateId = templateId;
        EXPECT_TRUE(store().plans().insert(made).ok());
        return made;
    }

    LoggedSession done(const std::optional<PlannedSession>& plan, QDate day)
    {
        LoggedSession session = simpleSession(athleteId(), day, Sport::Run, 45, 6);
        if (plan)
            session.plannedSessionId = plan->id;
        EXPECT_TRUE(store().sessions().insert(session).ok());
        return session;
    }

    SessionTemplate m_ladders;
    SessionTemplate m_hills;
};

TEST_F(TemplateSessions, FollowSessionsPlansAndTemplates)
{
    const PlannedSession fromLadders = plan(m_ladders.id, kDay);
    PlannedSession fromHills = plan(m_hills.id, kDay.addDays(2));
    const PlannedSession fromScratch = plan(std::nullopt, kDay.addDays(4));
    LoggedSession first = done(fromLadders, kDay);
    LoggedSession second = done(fromHills, kDay.addDays(2));
    done(fromScratch, kDay.addDays(4));
    done(std::nullopt, kDay.addDays(5));
    expectTemplateSessionsTrue(store().path());

    // A session moved to another plan, then to another start.
    first.plannedSessionId = fromHills.id;
    ASSERT_TRUE(store().sessions().update(first).ok());
    expectTemplateSessionsTrue(store().path());
    first.start = first.start.addSecs(3600);
    ASSERT_TRUE(store().sessions().update(first).ok());
    expectTemplateSessionsTrue(store().path());
    // A plan made from another template.
    fromHills.templateId = m_ladders.id;
    ASSERT_TRUE(store().plans().update(fromHills).ok());
    expectTemplateSessionsTrue(store().path());
    // A template removed: its plans keep no template (SET NULL).
    ASSERT_TRUE(store().templates().remove(m_ladders.id).ok());
    expectTemplateSessionsTrue(store().path());
    // A plan removed: its sessions keep no plan (SET NULL).
    fromHills.templateId = m_hills.id;
    ASSERT_TRUE(store().plans().update(fromHills).ok());
    expectTemplateSessionsTrue(store().path());
    ASSERT_TRUE(store().plans().remove(fromHills.id).ok());
    expectTemplateSessionsTrue(store().path());
    // Sessions and athletes removed.
    done(plan(m_hills.id, kDay.addDays(9)), kDay.addDays(9));
    expectTemplateSessionsTrue(store().path());
    ASSERT_TRUE(store().sessions().remove(second.id).ok());
    expectTemplateSessionsTrue(store().path());
    {
        RawSql raw(store().path());
        EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM template_session")).toInt(), 1);
    }
    ASSERT_TRUE(store().athletes().remove(athleteId()).ok());
    expectTemplateSessionsTrue(store().path());
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM template_session")).toInt(), 0);
}
