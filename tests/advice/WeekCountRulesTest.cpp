// week.no-rest-or-light-day, week.too-many-hard and week.tri-run-after-hard-bike.

#include "WeekBuilders.h"
#include "core/advice/WeekRules.h"

namespace paceline::test {
namespace {

using namespace advice;

constexpr int kMon = 0, kTue = 1, kWed = 2, kThu = 3, kFri = 4, kSat = 5, kSun = 6;

TEST(WeekNoLightDay, SevenOrdinaryDaysFire)
{
    // 75 min a day, every day: never a rest day, never a light one (an hour or less).
    WeekPlan plan;
    for (int day = kMon; day <= kSun; ++day)
        plan.add(day, "Steady 75", easyRun(75));
    const auto found = weekFindingsOf(plan.input(), kNoRestOrLightDay);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days.size(), 7u);
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral("From Monday to Sunday")))
        << found[0].message.toStdString();
}

TEST(WeekNoLightDay, OneLightOrRestDayIsEnough)
{
    WeekPlan light;
    WeekPlan rest;
    for (int day = kMon; day <= kSat; ++day) {
        light.add(day, "Steady 75", easyRun(75));
        rest.add(day, "Steady 75", easyRun(75));
    }
    light.add(kSun, "Easy 40", easyRun(40));
    rest.rest(kSun);
    EXPECT_TRUE(weekFindingsOf(light.input(), kNoRestOrLightDay).empty());
    EXPECT_TRUE(weekFindingsOf(rest.input(), kNoRestOrLightDay).empty());
}

TEST(WeekNoLightDay, RunStartingInTheWeekBeforeCounts)
{
    // Friday to Sunday before, then Monday to Thursday: seven days; Friday is rest.
    WeekPlan plan;
    for (int day = -3; day <= kThu; ++day)
        plan.add(day, "Steady 75", easyRun(75));
    plan.rest(kFri);
    const auto found = weekFindingsOf(plan.input(), kNoRestOrLightDay);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days.front(), WeekPlan::dayDate(-3));
    EXPECT_EQ(found[0].days.back(), WeekPlan::dayDate(kThu));
}

TEST(WeekTooManyHard, FourHardAgainstAPatternOfThree)
{
    // Monday, Wednesday, Friday, Sunday hard, rest between: no spacing problem, but
    // four quality sessions in seven days.
    WeekPlan plan;
    for (int day : {kMon, kWed, kFri, kSun})
        plan.add(day, "Intervals", hardIntervals());
    const auto found = weekFindingsOf(plan.input(), kTooManyHard);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].sessions.size(), 4u);
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral("4 hard sessions in seven days "
                                                           "(Monday, Wednesday, Friday and "
                                                           "Sunday), but the athlete's pattern "
                                                           "allows 3")))
        << found[0].message.toStdString();
    EXPECT_TRUE(weekFindingsOf(plan.input(), kHardBackToBack).empty());
}

TEST(WeekTooManyHard, WithinThePatternDoesNotFire)
{
    WeekPlan plan;
    for (int day : {kMon, kWed, kFri, kSun})
        plan.add(day, "Intervals", hardIntervals());
    plan.maxHard(4);
    EXPECT_TRUE(weekFindingsOf(plan.input(), kTooManyHard).empty());
    WeekPlan three;
    for (int day : {kMon, kWed, kFri})
        three.add(day, "Intervals", hardIntervals());
    EXPECT_TRUE(weekFindingsOf(three.input(), kTooManyHard).empty());
}

TEST(WeekTooManyHard, SevenDaysReachIntoTheWeekBefore)
{
    // Friday and Sunday before, Tuesday and Thursday: four within Friday..Thursday.
    WeekPlan plan;
    for (int day : {-3, -1, kTue, kThu})
        plan.add(day, "Intervals", hardIntervals());
    ASSERT_EQ(weekFindingsOf(plan.input(), kTooManyHard).size(), 1u);
}

TEST(WeekTriathlon, SpeedWorkTheDayAfterAHardRide)
{
    WeekPlan plan;
    const auto bike = plan.add(kMon, "Bike threshold", hardBike(), Sport::Bike);
    const auto run = plan.add(kTue, "8 × 400 m", hardIntervals());
    plan.add(kThu, "Swim", easyRun(30), Sport::Swim);
    const auto found = weekFindingsOf(plan.input(), kTriRunAfterHardBike);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].sessions, (std::vector<PlannedSessionId>{bike, run}));
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral(
        "Tuesday's “8 × 400 m” is run speed work the day after Monday's “Bike threshold”")))
        << found[0].message.toStdString();
    ASSERT_TRUE(found[0].fix.has_value());
    // Wednesday is empty and two days after the ride.
    EXPECT_EQ(found[0].fix->label, QStringLiteral("Move Tuesday's “8 × 400 m” to Wednesday"));
    EXPECT_TRUE(fixResolves(plan.input(), kTriRunAfterHardBike));
}

TEST(WeekTriathlon, SameDayAsABrick)
{
    WeekPlan plan;
    plan.add(kSat, "Brick", brick(), Sport::Brick);
    plan.add(kSat, "Track", hardIntervals());
    const auto found = weekFindingsOf(plan.input(), kTriRunAfterHardBike);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days, std::vector<QDate>{WeekPlan::dayDate(kSat)});
    EXPECT_TRUE(fixResolves(plan.input(), kTriRunAfterHardBike));
}

TEST(WeekTriathlon, NotWhenNoOtherDayCouldTakeIt)
{
    WeekPlan plan;
    plan.add(kMon, "Bike threshold", hardBike(), Sport::Bike);
    plan.add(kTue, "Intervals", hardIntervals());
    for (int day = kWed; day <= kSun; ++day)
        plan.rest(day);
    EXPECT_TRUE(weekFindingsOf(plan.input(), kTriRunAfterHardBike).empty());
    // Still two hard days in a row, which the spacing rule says (without a fix).
    const auto backToBack = weekFindingsOf(plan.input(), kHardBackToBack);
    ASSERT_EQ(backToBack.size(), 1u);
    EXPECT_FALSE(backToBack[0].fix.has_value());
}

TEST(WeekTriathlon, EasyRideOrDistantBrickDoesNotFire)
{
    WeekPlan plan;
    plan.add(kMon, "Easy spin", {}, Sport::Bike);
    plan.add(kTue, "Intervals", hardIntervals());
    plan.add(kThu, "Brick", brick(), Sport::Brick);
    plan.add(kSat, "Tempo", hardThreshold());
    EXPECT_TRUE(weekFindingsOf(plan.input(), kTriRunAfterHardBike).empty());
}

TEST(WeekTriathlon, HardRideOnTheSundayBefore)
{
    WeekPlan plan;
    plan.add(-1, "Bike threshold", hardBike(), Sport::Bike);
    plan.add(kMon, "Intervals", hardIntervals());
    const auto found = weekFindingsOf(plan.input(), kTriRunAfterHardBike);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days.front(), WeekPlan::dayDate(-1));
    EXPECT_TRUE(fixResolves(plan.input(), kTriRunAfterHardBike));
}

} // namespace
} // namespace paceline::test
