#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class DailyLoads : public StoreTest {
protected:
    const QDate m_monday{2024, 6, 3};

    /// The week's sessions, durations, distances and session-RPE loads (the sums of the
    /// load figures are DailyLoadFiguresTest's).
    std::vector<DailyLoad> week()
    {
        auto loads = store().sessions().dailyLoads(athleteId(), m_monday, m_monday.addDays(6));
        EXPECT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
        return loads.ok() ? withoutLoadFigures(*loads) : std::vector<DailyLoad>{};
    }

    LoggedSession add(QDate day, Sport sport, double minutes, std::optional<double> rpe,
                      std::optional<double> metres = {})
    {
        LoggedSession session = simpleSession(athleteId(), day, sport, minutes, rpe, metres);
        const Status inserted = store().sessions().insert(session);
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        return session;
    }
};

DailyLoad load(QDate day, Sport sport, int sessions, double minutes, double metres, double srpe)
{
    return DailyLoad{day, sport, sessions, Duration::fromMinutes(minutes), Distance{metres}, srpe};
}

} // namespace

TEST_F(DailyLoads, InsertSumsPerDayAndSport)
{
    add(m_monday, Sport::Run, 40, 7, 8000);                       // 7 x 40 = 280
    add(m_monday, Sport::Run, 20, 3, 4000);                       // 3 x 20 = 60
    add(m_monday, Sport::Bike, 90, 5);                            // 5 x 90 = 450, no distance
    add(m_monday.addDays(2), Sport::Run, 30, std::nullopt, 5000); // no RPE: no sRPE load
    const std::vector<DailyLoad> expected{
        load(m_monday, Sport::Run, 2, 60, 12000, 340),
        load(m_monday, Sport::Bike, 1, 90, 0, 450),
        load(m_monday.addDays(2), Sport::Run, 1, 30, 5000, 0),
    };
    EXPECT_EQ(week(), expected);
}

TEST_F(DailyLoads, UpdateMovesLoadBetweenDaysAndSports)
{
    LoggedSession first = add(m_monday, Sport::Run, 40, 7, 8000);
    add(m_monday, Sport::Run, 20, 3, 4000);
    first.start = first.start.addDays(1);
    first.sport = Sport::Swim;
    first.sessionRpe = 6;
    ASSERT_TRUE(store().sessions().update(first).ok());
    const std::vector<DailyLoad> expected{
        load(m_monday, Sport::Run, 1, 20, 4000, 60),
        load(m_monday.addDays(1), Sport::Swim, 1, 40, 8000, 240),
    };
    EXPECT_EQ(week(), expected);
}

TEST_F(DailyLoads, DeleteSubtractsAndEmptyDaysVanish)
{
    LoggedSession first = add(m_monday, Sport::Run, 40, 7, 8000);
    LoggedSession second = add(m_monday, Sport::Run, 20, 3, 4000);
    ASSERT_TRUE(store().sessions().remove(first.id).ok());
    EXPECT_EQ(week(), std::vector<DailyLoad>{load(m_monday, Sport::Run, 1, 20, 4000, 60)});
    ASSERT_TRUE(store().sessions().remove(second.id).ok());
    EXPECT_TRUE(week().empty());
}

TEST_F(DailyLoads, ManyEditsLeaveNoRoundingDrift)
{
    LoggedSession kept = add(m_monday, Sport::Run, 33.3, 6.1, 7777.7);
    for (int i = 0; i < 20; ++i) {
        LoggedSession passing = add(m_monday, Sport::Run, 10.1 + i, 4.3, 1234.5);
        ASSERT_TRUE(store().sessions().remove(passing.id).ok());
    }
    const std::vector<DailyLoad> loads = week();
    ASSERT_EQ(loads.size(), 1u);
    EXPECT_EQ(loads[0].sessions, 1);
    EXPECT_EQ(loads[0].duration, kept.duration);
    EXPECT_EQ(loads[0].distance, *kept.distance);
    EXPECT_EQ(loads[0].sessionRpeLoad, 6.1 * kept.duration.seconds / 60.0);
}

TEST_F(DailyLoads, RangeAndAthleteAreRespected)
{
    add(m_monday.addDays(-1), Sport::Run, 40, 7);
    add(m_monday.addDays(7), Sport::Run, 40, 7);
    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    LoggedSession theirs = simpleSession(other.id, m_monday, Sport::Run, 40, 7);
    ASSERT_TRUE(store().sessions().insert(theirs).ok());
    EXPECT_TRUE(week().empty());
}
