// Recomputing the stored load figures when what they depend on changes: editing an
// athlete's sex, heart rates or race refreshes all their sessions in the same
// transaction; SessionStore::refreshLoadFigures does it on request.

#include "LoadFigureSupport.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

constexpr double kMenAt60Percent = 72.9104;   // 60 x 0.6 x 0.64 x e^(1.92 x 0.6)
constexpr double kMenAt50Percent = 50.1446;   // 60 x 0.5 x 0.64 x e^(1.92 x 0.5)
constexpr double kWomenAt60Percent = 84.3265; // 60 x 0.6 x 0.86 x e^(1.67 x 0.6)
constexpr double kTolerance = 1e-3;

class LoadFiguresRefresh : public HeartRateAthleteTest {
protected:
    void SetUp() override
    {
        HeartRateAthleteTest::SetUp();
        m_tempo = thresholdHour(m_athlete, m_day, 134);
        ASSERT_TRUE(store().sessions().insert(m_tempo).ok());
    }

    /// Overwrites the stored figures of every session, as if they were stale.
    void spoilFigures()
    {
        RawSql raw(pathOf(QStringLiteral("log.sqlite")));
        raw.exec(QStringLiteral("UPDATE logged_session SET trimp = 1, running_tss = NULL, "
                                "zone_e_s = 0, zone_m_s = 0, zone_t_s = 0"));
    }

    SessionLoadFigures storedFigures(LoggedSessionId session)
    {
        Result<LoggedSession> found = store().sessions().find(session);
        EXPECT_TRUE(found.ok()) << found.errorMessage().toStdString();
        return found.ok() ? found->loadFigures : SessionLoadFigures{};
    }

    double dayTrimp()
    {
        auto loads = store().sessions().dailyLoads(m_athlete.id, m_day, m_day);
        return loads.ok() && loads->size() == 1 ? loads->front().trimp : -1.0;
    }

    LoggedSession m_tempo;
    const QDate m_day{2024, 6, 3};
};

} // namespace

TEST_F(LoadFiguresRefresh, NewRestingHeartRateChangesTrimpAndTheDaySum)
{
    m_athlete.restingHeartRate = 78; // 134 bpm is now (134 - 78) / (190 - 78) = 50 %
    ASSERT_TRUE(store().athletes().update(m_athlete).ok());
    EXPECT_NEAR(storedFigures(m_tempo.id).trimp.value_or(0), kMenAt50Percent, kTolerance);
    EXPECT_NEAR(dayTrimp(), kMenAt50Percent, kTolerance);
}

TEST_F(LoadFiguresRefresh, NewSexChangesTheTrimpConstants)
{
    m_athlete.sex = Sex::Female;
    ASSERT_TRUE(store().athletes().update(m_athlete).ok());
    EXPECT_NEAR(storedFigures(m_tempo.id).trimp.value_or(0), kWomenAt60Percent, kTolerance);
}

TEST_F(LoadFiguresRefresh, RemovedRaceTakesAwayTssAndPaceZones)
{
    m_athlete.recentRace.reset();
    ASSERT_TRUE(store().athletes().update(m_athlete).ok());
    const SessionLoadFigures figures = storedFigures(m_tempo.id);
    EXPECT_FALSE(figures.runningTss.has_value());
    // Without paces the hour goes by its session RPE, 6: T (above 5, up to 6.5).
    EXPECT_EQ(figures.zoneSeconds, zones(0, 0, 3600, 0, 0));
    EXPECT_NEAR(figures.trimp.value_or(0), kMenAt60Percent, kTolerance);
}

TEST_F(LoadFiguresRefresh, OtherEditsLeaveTheFiguresAlone)
{
    spoilFigures();
    m_athlete.name = QStringLiteral("Ben O.");
    m_athlete.units = UnitSystem::Metric;
    ASSERT_TRUE(store().athletes().update(m_athlete).ok());
    EXPECT_EQ(storedFigures(m_tempo.id).trimp, std::optional(1.0));
    m_athlete.maxHeartRate = 190; // unchanged: still nothing to refresh
    ASSERT_TRUE(store().athletes().update(m_athlete).ok());
    EXPECT_EQ(storedFigures(m_tempo.id).trimp, std::optional(1.0));
}

TEST_F(LoadFiguresRefresh, FailedRefreshUndoesTheAthleteEdit)
{
    {
        RawSql raw(pathOf(QStringLiteral("log.sqlite")));
        raw.exec(QStringLiteral("CREATE TRIGGER no_figures BEFORE UPDATE OF trimp ON "
                                "logged_session BEGIN SELECT RAISE(ABORT, 'figures frozen'); END"));
    }
    Athlete edited = m_athlete;
    edited.restingHeartRate = 78;
    const Status refused = store().athletes().update(edited);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("figures frozen")))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(*store().athletes().find(m_athlete.id), m_athlete);
}

TEST_F(LoadFiguresRefresh, RefreshOnRequestRecomputesEverySessionOfTheAthlete)
{
    // More sessions than one batch of the refresh (500), in one unit to be quick.
    const int sessions = 1100;
    const Status added = store().transaction([&]() -> Status {
        for (int i = 1; i < sessions; ++i) {
            LoggedSession session = thresholdHour(m_athlete, m_day.addDays(i % 50), 134);
            if (Status inserted = store().sessions().insert(session); !inserted)
                return inserted;
        }
        return {};
    });
    ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
    LoggedSession theirs = thresholdHour(sampleAthlete(), m_day, 150);
    theirs.athleteId = athleteId();
    ASSERT_TRUE(store().sessions().insert(theirs).ok());
    spoilFigures();

    ASSERT_TRUE(store().sessions().refreshLoadFigures(m_athlete.id).ok());
    RawSql raw(pathOf(QStringLiteral("log.sqlite")));
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM logged_session WHERE athlete_id = %1 "
                                       "AND abs(trimp - %2) < 0.001 AND zone_t_s = 3600")
                            .arg(m_athlete.id.value)
                            .arg(kMenAt60Percent))
                  .toInt(),
              sessions);
    EXPECT_EQ(storedFigures(theirs.id).trimp, std::optional(1.0)); // not this athlete's
    EXPECT_NEAR(
        raw.value(QStringLiteral("SELECT total(trimp) FROM daily_load WHERE athlete_id = %1")
                      .arg(m_athlete.id.value))
            .toDouble(),
        sessions * kMenAt60Percent, sessions * kTolerance);
}

TEST_F(LoadFiguresRefresh, RefreshOfAnUnknownAthleteFails)
{
    const Status refused = store().sessions().refreshLoadFigures(AthleteId{999});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("no athlete with id 999")))
        << refused.errorMessage().toStdString();
}
