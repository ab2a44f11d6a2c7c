// Migration 5 on logs written at versions 4 and 1: logged_session and daily_load gain
// the load figures, the sessions already there get the figures a save gives them, the
// daily sums include them, and the recreated triggers keep them current.

#include "LoadFigureSupport.h"
#include "OldLogWriter.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/science/LoadMeasures.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

constexpr double kTrimpAt60Percent = 72.9104; // 60 x 0.6 x 0.64 x e^(1.92 x 0.6)
constexpr double kTolerance = 1e-3;

class MigrationFive : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// Two athletes: one with heart rates and a race, whose day holds a tempo hour, a
    /// shake-out and intervals with reps done for a plan; one with neither, with a ride.
    void buildLog(int version)
    {
        OldLogWriter log(m_path, version);
        m_athlete = heartRateAthlete();
        ASSERT_TRUE(AthleteStore(log.database()).insert(m_athlete).ok());
        m_plain = sampleAthlete(QStringLiteral("Cleo Plain"));
        m_plain.maxHeartRate.reset();
        m_plain.restingHeartRate.reset();
        m_plain.recentRace.reset();
        ASSERT_TRUE(AthleteStore(log.database()).insert(m_plain).ok());
        PlannedSession plan = samplePlan(m_athlete.id, m_day);
        ASSERT_TRUE(PlanStore(log.database()).insert(plan).ok());

        m_tempo = thresholdHour(m_athlete, m_day, 134);
        m_easy = easyHalfHour(m_athlete.id, m_day);
        m_intervals = sampleSession(m_athlete.id, m_day);
        m_intervals.plannedSessionId = plan.id;
        m_ride = simpleSession(m_plain.id, m_day, Sport::Bike, 90, 5);
        m_ride.avgHeartRate = 140;
        for (LoggedSession* session : {&m_tempo, &m_easy, &m_intervals, &m_ride})
            log.insertSession(*session);
    }

    /// Each session reads back as written, with the figures a save gives it.
    void expectFiguresOfASave(LogStore& store)
    {
        const std::pair<LoggedSession*, const Athlete*> sessions[] = {{&m_tempo, &m_athlete},
                                                                      {&m_easy, &m_athlete},
                                                                      {&m_intervals, &m_athlete},
                                                                      {&m_ride, &m_plain}};
        for (auto [session, athlete] : sessions) {
            session->loadFigures = sessionLoadFigures(*session, *athlete);
            Result<LoggedSession> found = store.sessions().find(session->id);
            ASSERT_TRUE(found.ok()) << found.errorMessage().toStdString();
            found->stability.reset(); // migration 3's
            EXPECT_EQ(*found, *session) << session->title.toStdString();
        }
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("old.sqlite"));
    const QDate m_day{2024, 6, 4};
    Athlete m_athlete;
    Athlete m_plain;
    LoggedSession m_tempo;
    LoggedSession m_easy;
    LoggedSession m_intervals;
    LoggedSession m_ride;
};

} // namespace

TEST_F(MigrationFive, VersionFourSessionsGetTheirFigures)
{
    buildLog(4);
    {
        RawSql raw(m_path);
        ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    expectFiguresOfASave(*store);

    // Worked out by hand for the tempo hour.
    const SessionLoadFigures tempo = store->sessions().find(m_tempo.id)->loadFigures;
    EXPECT_NEAR(tempo.trimp.value_or(0), kTrimpAt60Percent, kTolerance);
    EXPECT_NEAR(tempo.runningTss.value_or(0), 100.0, 1e-9);
    EXPECT_EQ(tempo.zoneSeconds, zones(0, 0, 3600, 0, 0));
    // No heart rates and no race: nothing but the zone of the session RPE (5: M).
    const SessionLoadFigures ride = store->sessions().find(m_ride.id)->loadFigures;
    EXPECT_EQ(ride, (SessionLoadFigures{std::nullopt, std::nullopt, zones(0, 5400, 0, 0, 0)}));
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(MigrationFive, DailySumsIncludeTheFigures)
{
    buildLog(4);
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    expectFiguresOfASave(*store);
    auto loads = store->sessions().dailyLoads(m_athlete.id, m_day, m_day);
    ASSERT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
    ASSERT_EQ(loads->size(), 1u);
    const DailyLoad& day = loads->front();
    const SessionLoadFigures& intervals = m_intervals.loadFigures;
    EXPECT_EQ(day.sessions, 3);
    EXPECT_NEAR(day.trimp, kTrimpAt60Percent + intervals.trimp.value_or(0), kTolerance);
    EXPECT_NEAR(day.runningTss, 100.0 + intervals.runningTss.value_or(0), 1e-9);
    for (int zone = 0; zone < kLoadZoneCount; ++zone) {
        // The tempo hour's 3600 s in T and the shake-out's 1800 s in E.
        const double others = zone == 2 ? 3600 : zone == 0 ? 1800 : 0;
        EXPECT_DOUBLE_EQ(day.zoneSeconds[std::size_t(zone)],
                         others + intervals.zoneSeconds[std::size_t(zone)]);
    }
}

TEST_F(MigrationFive, RecreatedTriggersKeepTheSumsCurrent)
{
    buildLog(4);
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->sessions().remove(m_intervals.id).ok());
    ASSERT_TRUE(store->sessions().remove(m_tempo.id).ok());
    {
        RawSql raw(m_path);
        EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                           "'trigger' AND tbl_name = 'logged_session' AND "
                                           "name LIKE 'daily_load%'"))
                      .toInt(),
                  3);
        raw.exec(QStringLiteral("UPDATE logged_session SET trimp = 12.5, zone_i_s = 60 WHERE "
                                "id = %1")
                     .arg(m_easy.id.value));
    }
    auto loads = store->sessions().dailyLoads(m_athlete.id, m_day, m_day);
    ASSERT_EQ(loads->size(), 1u);
    EXPECT_EQ(loads->front().trimp, 12.5);
    EXPECT_EQ(loads->front().zoneSeconds, zones(1800, 0, 0, 60, 0));
}

TEST_F(MigrationFive, VersionOneLogIsUpgradedThroughEveryMigration)
{
    buildLog(1);
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    expectFiguresOfASave(*store);
    auto loads = store->sessions().dailyLoads(m_plain.id, m_day, m_day);
    ASSERT_EQ(loads->size(), 1u);
    EXPECT_EQ(loads->front().zoneSeconds, zones(0, 5400, 0, 0, 0));
}

TEST_F(MigrationFive, SessionsThisBuildCannotReadDoNotStopTheUpgrade)
{
    buildLog(4);
    {
        RawSql raw(m_path);
        raw.exec(QStringLiteral("UPDATE logged_session SET sport = 'kayak' WHERE id = %1")
                     .arg(m_ride.id.value));
        raw.exec(QStringLiteral("UPDATE rep SET kind = 'sprint' WHERE position = 0"));
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    Result<LoggedSession> kayak = store->sessions().find(m_ride.id);
    ASSERT_FALSE(kayak.ok());
    EXPECT_TRUE(kayak.errorMessage().contains(QStringLiteral("kayak")));
    EXPECT_NEAR(store->sessions().find(m_tempo.id)->loadFigures.trimp.value_or(0),
                kTrimpAt60Percent, kTolerance);
}
