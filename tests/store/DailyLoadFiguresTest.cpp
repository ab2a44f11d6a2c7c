// The load figures the store computes on every session write, and their daily sums in
// daily_load, which the triggers keep current on insert, update and delete.

#include "LoadFigureSupport.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

constexpr double kTrimpAt60Percent = 72.9104;  // 60 x 0.6 x 0.64 x e^1.152
constexpr double kTrimpAt80Percent = 142.7242; // 60 x 0.8 x 0.64 x e^1.536
constexpr double kTolerance = 1e-3;

class DailyLoadFigures : public HeartRateAthleteTest {
protected:
    LoggedSession add(LoggedSession session)
    {
        const Status inserted = store().sessions().insert(session);
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        return session;
    }

    /// The athlete's only daily_load row of `day` (a failure if there is not one).
    DailyLoad dayLoad(QDate day)
    {
        auto loads = store().sessions().dailyLoads(m_athlete.id, day, day);
        EXPECT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
        if (!loads.ok() || loads->size() != 1) {
            ADD_FAILURE() << "expected one daily load on " << day.toString().toStdString();
            return {};
        }
        return loads->front();
    }

    const QDate m_day{2024, 6, 3};
};

} // namespace

TEST_F(DailyLoadFigures, InsertComputesTheFiguresAndSumsThem)
{
    LoggedSession tempo = add(thresholdHour(m_athlete, m_day, 134));
    add(easyHalfHour(m_athlete.id, m_day));

    ASSERT_TRUE(tempo.loadFigures.trimp.has_value());
    EXPECT_NEAR(*tempo.loadFigures.trimp, kTrimpAt60Percent, kTolerance);
    ASSERT_TRUE(tempo.loadFigures.runningTss.has_value());
    EXPECT_NEAR(*tempo.loadFigures.runningTss, 100.0, 1e-9);
    EXPECT_EQ(tempo.loadFigures.zoneSeconds, zones(0, 0, 3600, 0, 0));
    EXPECT_EQ(*store().sessions().find(tempo.id), tempo);

    const DailyLoad day = dayLoad(m_day);
    EXPECT_EQ(day.sessions, 2);
    EXPECT_NEAR(day.trimp, kTrimpAt60Percent, kTolerance);
    EXPECT_NEAR(day.runningTss, 100.0, 1e-9);
    EXPECT_EQ(day.zoneSeconds, zones(1800, 0, 3600, 0, 0));
}

TEST_F(DailyLoadFigures, UpdateSumsTheNewFiguresOfBothDays)
{
    LoggedSession tempo = add(thresholdHour(m_athlete, m_day, 134));
    LoggedSession easy = add(easyHalfHour(m_athlete.id, m_day));
    tempo.avgHeartRate = 162; // 80 % of the reserve
    ASSERT_TRUE(store().sessions().update(tempo).ok());
    easy.start = easy.start.addDays(1);
    ASSERT_TRUE(store().sessions().update(easy).ok());

    EXPECT_NEAR(*tempo.loadFigures.trimp, kTrimpAt80Percent, kTolerance);
    const DailyLoad first = dayLoad(m_day);
    EXPECT_NEAR(first.trimp, kTrimpAt80Percent, kTolerance);
    EXPECT_EQ(first.zoneSeconds, zones(0, 0, 3600, 0, 0));
    const DailyLoad second = dayLoad(m_day.addDays(1));
    EXPECT_EQ(second.trimp, 0.0);
    EXPECT_EQ(second.runningTss, 0.0);
    EXPECT_EQ(second.zoneSeconds, zones(1800, 0, 0, 0, 0));
}

TEST_F(DailyLoadFigures, DeleteTakesTheFiguresOut)
{
    LoggedSession tempo = add(thresholdHour(m_athlete, m_day, 134));
    add(easyHalfHour(m_athlete.id, m_day));
    ASSERT_TRUE(store().sessions().remove(tempo.id).ok());
    const DailyLoad day = dayLoad(m_day);
    EXPECT_EQ(day.sessions, 1);
    EXPECT_EQ(day.trimp, 0.0);
    EXPECT_EQ(day.runningTss, 0.0);
    EXPECT_EQ(day.zoneSeconds, zones(1800, 0, 0, 0, 0));
}

TEST_F(DailyLoadFigures, ChangingOnlyAFigureSumsTheDayAgain)
{
    add(thresholdHour(m_athlete, m_day, 134));
    LoggedSession easy = add(easyHalfHour(m_athlete.id, m_day));
    {
        // Figures change alone when an athlete's heart rates or race change.
        RawSql raw(pathOf(QStringLiteral("log.sqlite")));
        raw.exec(QStringLiteral("UPDATE logged_session SET trimp = 20.5, running_tss = 7, "
                                "zone_r_s = 30 WHERE id = %1")
                     .arg(easy.id.value));
    }
    const DailyLoad day = dayLoad(m_day);
    EXPECT_NEAR(day.trimp, kTrimpAt60Percent + 20.5, kTolerance);
    EXPECT_NEAR(day.runningTss, 107.0, 1e-9);
    EXPECT_EQ(day.zoneSeconds, zones(1800, 0, 3600, 0, 30));
}

TEST_F(DailyLoadFigures, SessionOfAnUnknownAthleteIsRefusedAsBefore)
{
    LoggedSession stray = thresholdHour(m_athlete, m_day, 134);
    stray.athleteId = AthleteId{999};
    const Status refused = store().sessions().insert(stray);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("FOREIGN KEY")))
        << refused.errorMessage().toStdString();
    EXPECT_FALSE(stray.id.isValid());
    EXPECT_EQ(stray.loadFigures, SessionLoadFigures{}); // put back as it was
}
