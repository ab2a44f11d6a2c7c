#include "core/science/WeeklyVolume.h"

#include <gtest/gtest.h>

using namespace paceline;

namespace {

DailyLoad run(QDate day, double km, Sport sport = Sport::Run)
{
    DailyLoad load;
    load.day = day;
    load.sport = sport;
    load.sessions = 1;
    load.distance = Distance::fromKilometres(km);
    return load;
}

const QDate kToday(2026, 11, 27);

} // namespace

TEST(WeeklyVolume, FourWeeksOfRunningPerSevenDays)
{
    // 4 weeks x (10 + 15 + 15) km = 160 km over 28 days: 40 km a week.
    std::vector<DailyLoad> loads;
    for (int week = 0; week < 4; ++week) {
        loads.push_back(run(kToday.addDays(-7 * week), 10));
        loads.push_back(run(kToday.addDays(-7 * week - 2), 15));
        loads.push_back(run(kToday.addDays(-7 * week - 4), 15));
    }
    loads.push_back(run(kToday.addDays(-3), 60, Sport::Bike)); // not running
    loads.push_back(run(kToday.addDays(-40), 99));             // before the window
    const auto weekly = weeklyRunningDistance(loads, kToday.addDays(-400), kToday);
    ASSERT_TRUE(weekly.has_value());
    EXPECT_NEAR(weekly->kilometres(), 40.0, 1e-9);
}

TEST(WeeklyVolume, AYoungLogIsScaledToTheDaysItCovers)
{
    // Ten days of log with 30 km: 21 km a week, not the 7.5 km a 28-day mean would say.
    const std::vector<DailyLoad> loads{run(kToday, 10), run(kToday.addDays(-5), 20)};
    const auto weekly = weeklyRunningDistance(loads, kToday.addDays(-9), kToday);
    ASSERT_TRUE(weekly.has_value());
    EXPECT_NEAR(weekly->kilometres(), 21.0, 1e-9);
}

TEST(WeeklyVolume, UnknownWithLessThanAWeekOrNoRunning)
{
    const std::vector<DailyLoad> loads{run(kToday, 10)};
    EXPECT_FALSE(weeklyRunningDistance(loads, kToday.addDays(-5), kToday).has_value());
    EXPECT_FALSE(weeklyRunningDistance({run(kToday, 50, Sport::Swim)}, kToday.addDays(-60), kToday)
                     .has_value());
    EXPECT_FALSE(weeklyRunningDistance(loads, QDate(), kToday).has_value());
}
