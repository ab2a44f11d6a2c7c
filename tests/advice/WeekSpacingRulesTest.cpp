// week.hard-back-to-back, week.hard-without-easy-before, week.hard-after-long.
// Sources: Daniels' Running Formula (3rd ed., 2014), quality days separated by easy
// days; Seiler & Kjerland 2006 (Scand J Med Sci Sports 16:49), most sessions easy,
// hard days spaced.

#include "SessionBuilders.h"
#include "WeekBuilders.h"
#include "core/advice/WeekRules.h"

namespace paceline::test {
namespace {

using namespace advice;

constexpr int kMon = 0, kTue = 1, kWed = 2, kThu = 3, kFri = 4, kSat = 5, kSun = 6;

TEST(WeekBackToBack, FiresWithNamesAndDays)
{
    WeekPlan plan;
    const auto tuesday = plan.add(kTue, "8 × 400 m", hardIntervals());
    const auto wednesday = plan.add(kWed, "3 × 2 km @ T", hardThreshold());
    plan.add(kThu, "Easy", easyRun(40));
    plan.rest(kFri);
    const auto found = weekFindingsOf(plan.input(), kHardBackToBack);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_EQ(found[0].days,
              (std::vector<QDate>{WeekPlan::dayDate(kTue), WeekPlan::dayDate(kWed)}));
    EXPECT_EQ(found[0].sessions, (std::vector<PlannedSessionId>{tuesday, wednesday}));
    EXPECT_TRUE(found[0].message.startsWith(
        QStringLiteral("Tuesday's “8 × 400 m” and Wednesday's “3 × 2 km @ T” are both hard")))
        << found[0].message.toStdString();
}

TEST(WeekBackToBack, FixMovesTheLaterSessionToTheNearestEasyDay)
{
    WeekPlan plan;
    plan.add(kTue, "8 × 400 m", hardIntervals());
    const auto wednesday = plan.add(kWed, "3 × 2 km @ T", hardThreshold());
    plan.add(kThu, "Easy", easyRun(40));
    plan.rest(kFri);
    plan.add(kSat, "Easy", easyRun(40));
    const auto found = weekFindingsOf(plan.input(), kHardBackToBack);
    ASSERT_EQ(found.size(), 1u);
    ASSERT_TRUE(found[0].fix.has_value());
    // Thursday is one day on and easy; Friday is marked rest, so never a candidate.
    EXPECT_EQ(found[0].fix->label, QStringLiteral("Move Wednesday's “3 × 2 km @ T” to Thursday"));
    ASSERT_EQ(found[0].fix->changes.size(), 1u);
    EXPECT_EQ(found[0].fix->changes[0].session, wednesday);
    EXPECT_EQ(found[0].fix->changes[0].moveTo, WeekPlan::dayDate(kThu));
    EXPECT_TRUE(fixResolves(plan.input(), kHardBackToBack));
    // Applied, the week has nothing left to say.
    EXPECT_TRUE(adviseWeek(applied(plan.input(), *found[0].fix)).empty());
}

TEST(WeekBackToBack, HardSundayBeforeCountsForMonday)
{
    WeekPlan plan;
    plan.add(-1, "Sunday intervals", hardIntervals());
    plan.add(kMon, "Monday tempo", hardThreshold());
    const auto found = weekFindingsOf(plan.input(), kHardBackToBack);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days.front(), WeekPlan::dayDate(-1));
    // The context day is named with its date: it lies outside the checked week.
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral("Sunday 1 Nov's")))
        << found[0].message.toStdString();
}

TEST(WeekBackToBack, ContextOnlyPairsAreNotReported)
{
    WeekPlan plan;
    plan.add(-3, "Friday intervals", hardIntervals());
    plan.add(-2, "Saturday tempo", hardThreshold());
    EXPECT_TRUE(weekFindingsOf(plan.input(), kHardBackToBack).empty());
}

TEST(WeekBackToBack, HardThenEasyDoesNotFire)
{
    WeekPlan plan;
    plan.add(kTue, "Intervals", hardIntervals());
    plan.add(kWed, "Easy", easyRun(40));
    plan.add(kThu, "Tempo", hardThreshold());
    EXPECT_TRUE(weekFindingsOf(plan.input(), kHardBackToBack).empty());
}

TEST(WeekEasyBefore, FiresAfterAnOrdinaryDay)
{
    // 75 min easy is more than a light day (an hour or less).
    WeekPlan plan;
    plan.add(kMon, "Steady 75", easyRun(75));
    plan.add(kTue, "Intervals", hardIntervals());
    plan.add(kWed, "Easy", easyRun(40));
    plan.rest(kThu);
    const auto found = weekFindingsOf(plan.input(), kHardWithoutEasyBefore);
    ASSERT_EQ(found.size(), 1u);
    // The only hard session is the week's hardest: a warning.
    EXPECT_EQ(found[0].severity, Severity::Warning);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("the week's hardest session")));
    EXPECT_TRUE(fixResolves(plan.input(), kHardWithoutEasyBefore));
}

TEST(WeekEasyBefore, LightOrRestDayBeforeDoesNotFire)
{
    WeekPlan light;
    light.add(kMon, "Easy 60", easyRun(60)); // an hour: still light
    light.add(kTue, "Intervals", hardIntervals());
    EXPECT_TRUE(weekFindingsOf(light.input(), kHardWithoutEasyBefore).empty());
    WeekPlan rest;
    rest.rest(kMon);
    rest.add(kTue, "Intervals", hardIntervals());
    EXPECT_TRUE(weekFindingsOf(rest.input(), kHardWithoutEasyBefore).empty());
}

TEST(WeekEasyBefore, OnlyTheHardestIsAWarning)
{
    WeekPlan plan;
    plan.add(kMon, "Steady 75", easyRun(75));
    plan.add(kTue, "Intervals", hardIntervals());
    plan.add(kWed, "Steady 75", easyRun(75));
    plan.add(kThu, "Tempo", hardThreshold());
    const WeekAdviceInput input = plan.input();
    const auto found = weekFindingsOf(input, kHardWithoutEasyBefore);
    ASSERT_EQ(found.size(), 2u);
    EstimateContext context;
    const double intervals = sessionLoad(hardIntervals(), context).load;
    const double tempo = sessionLoad(hardThreshold(), context).load;
    ASSERT_NE(intervals, tempo);
    const bool intervalsHardest = intervals > tempo;
    EXPECT_EQ(found[0].severity, intervalsHardest ? Severity::Warning : Severity::Info);
    EXPECT_EQ(found[1].severity, intervalsHardest ? Severity::Info : Severity::Warning);
}

TEST(WeekAfterLong, FiresTheDayAfterALongRun)
{
    WeekPlan plan;
    plan.add(kSat, "Long run", longRun(100));
    plan.add(kSun, "Intervals", hardIntervals());
    const auto found = weekFindingsOf(plan.input(), kHardAfterLong);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days,
              (std::vector<QDate>{WeekPlan::dayDate(kSat), WeekPlan::dayDate(kSun)}));
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("the day after Saturday's “Long run”")))
        << found[0].message.toStdString();
    // Not also reported as "no easy day before": one finding per problem.
    EXPECT_TRUE(weekFindingsOf(plan.input(), kHardWithoutEasyBefore).empty());
    EXPECT_TRUE(fixResolves(plan.input(), kHardAfterLong));
}

TEST(WeekAfterLong, LongRunInTheWeekBeforeCounts)
{
    WeekPlan plan;
    plan.add(-1, "Long run", longRun(100));
    plan.add(kMon, "Intervals", hardIntervals());
    ASSERT_EQ(weekFindingsOf(plan.input(), kHardAfterLong).size(), 1u);
}

TEST(WeekAfterLong, EasyDayAfterOrShortRunDoesNotFire)
{
    WeekPlan easyAfter;
    easyAfter.add(kSat, "Long run", longRun(100));
    easyAfter.add(kSun, "Easy", easyRun(40));
    EXPECT_TRUE(weekFindingsOf(easyAfter.input(), kHardAfterLong).empty());
    // 89 min is not long (the limit is 90 min); the day is still not light, though.
    WeekPlan shorter;
    shorter.add(kSat, "Steady", longRun(89));
    shorter.add(kSun, "Intervals", hardIntervals());
    EXPECT_TRUE(weekFindingsOf(shorter.input(), kHardAfterLong).empty());
    EXPECT_EQ(weekFindingsOf(shorter.input(), kHardWithoutEasyBefore).size(), 1u);
}

TEST(WeekEasyBefore, OrdinarySundayBeforeCountsForMonday)
{
    WeekPlan plan;
    plan.add(-1, "Steady 75", easyRun(75));
    plan.add(kMon, "Intervals", hardIntervals());
    const auto found = weekFindingsOf(plan.input(), kHardWithoutEasyBefore);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days.front(), WeekPlan::dayDate(-1));
}

TEST(WeekAfterLong, SameDayAsALongSession)
{
    // A 3 h ride (long) and intervals on one Saturday.
    WeekPlan plan;
    plan.add(kSat, "Long ride", {node(work(minutes(180), RpeTarget{4}))}, Sport::Bike);
    plan.add(kSat, "Intervals", hardIntervals());
    const auto found = weekFindingsOf(plan.input(), kHardAfterLong);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].days, std::vector<QDate>{WeekPlan::dayDate(kSat)});
    EXPECT_TRUE(
        found[0].message.contains(QStringLiteral("on the same day as Saturday's “Long ride”")))
        << found[0].message.toStdString();
    EXPECT_TRUE(fixResolves(plan.input(), kHardAfterLong));
}

} // namespace
} // namespace paceline::test
