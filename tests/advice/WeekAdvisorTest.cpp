// The week advisor as a whole: a well-built week, the rule list, order, bad input.

#include "WeekBuilders.h"
#include "core/advice/WeekRules.h"

namespace paceline::test {
namespace {

using namespace advice;

constexpr int kMon = 0, kTue = 1, kWed = 2, kThu = 3, kFri = 4, kSat = 5, kSun = 6;

WeekPlan twoHardOneLightRest()
{
    // "Two hard, one light, rest": Tue hard, Wed easy, Thu hard, Fri rest, Sat easy,
    // Sun long (Monday empty: a rest day).
    WeekPlan plan;
    plan.add(kTue, "8 × 400 m", hardIntervals());
    plan.add(kWed, "Easy 40", easyRun(40));
    plan.add(kThu, "Cruise intervals", hardThreshold());
    plan.rest(kFri);
    plan.add(kSat, "Easy 40", easyRun(40));
    plan.add(kSun, "Long run", longRun(100));
    return plan;
}

TEST(WeekAdvisor, WellBuiltWeekHasNoFindings)
{
    WeekPlan plan = twoHardOneLightRest();
    // And with a history it fits: the last four weeks carried this week's planned load.
    double weekLoad = 0.0;
    const WeekAdviceInput planned = plan.input();
    for (const PlanDay& day : planned.days) {
        if (day.date < planned.first || day.date > planned.last)
            continue;
        for (const PlannedSession& session : day.sessions) {
            EstimateContext context = planned.estimate;
            context.sport = session.sport;
            weekLoad += sessionLoad(session.steps, context).load;
        }
    }
    ASSERT_GT(weekLoad, 0.0);
    plan.history(std::vector<double>(28, weekLoad / 7.0));
    const auto findings = adviseWeek(plan.input());
    EXPECT_TRUE(findings.empty()) << ::testing::PrintToString(findings);
}

TEST(WeekAdvisor, RulesInOrderWithStableIds)
{
    const auto rules = weekRules();
    ASSERT_EQ(rules.size(), 8u);
    const char* expected[] = {
        kHardBackToBack, kHardWithoutEasyBefore, kHardAfterLong, kNoRestOrLightDay,
        kTooManyHard,    kTriRunAfterHardBike,   kLoadRamp,      kAcwrHigh};
    for (size_t i = 0; i < rules.size(); ++i)
        EXPECT_STREQ(rules[i].id, expected[i]);
    EXPECT_STREQ(kHardBackToBack, "week.hard-back-to-back");
    EXPECT_STREQ(kAcwrHigh, "week.acwr-high");
}

TEST(WeekAdvisor, FindingsInRuleOrderEarliestDayFirst)
{
    // Three hard days in a row give two back-to-back findings (Mon-Tue, Tue-Wed) and
    // four hard sessions give too-many-hard after them.
    WeekPlan plan;
    plan.add(kMon, "A", hardIntervals());
    plan.add(kTue, "B", hardThreshold());
    plan.add(kWed, "C", hardIntervals());
    plan.add(kSat, "D", hardThreshold());
    const auto findings = adviseWeek(plan.input());
    ASSERT_GE(findings.size(), 3u);
    EXPECT_EQ(findings[0].rule, QLatin1String(kHardBackToBack));
    EXPECT_EQ(findings[0].days.front(), WeekPlan::dayDate(kMon));
    EXPECT_EQ(findings[1].rule, QLatin1String(kHardBackToBack));
    EXPECT_EQ(findings[1].days.front(), WeekPlan::dayDate(kTue));
    EXPECT_EQ(findings.back().rule, QLatin1String(kTooManyHard));
}

TEST(WeekAdvisor, SameInputSameFindings)
{
    WeekPlan plan;
    plan.add(kMon, "A", hardIntervals());
    plan.add(kTue, "B", hardThreshold());
    const auto first = adviseWeek(plan.input());
    const auto second = adviseWeek(plan.input());
    ASSERT_EQ(first.size(), second.size());
    for (size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].message, second[i].message);
        EXPECT_EQ(first[i].fix, second[i].fix);
    }
}

TEST(WeekAdvisor, BadInputDoesNotCrash)
{
    EXPECT_TRUE(adviseWeek(WeekAdviceInput{}).empty());
    WeekAdviceInput backwards = twoHardOneLightRest().input();
    std::swap(backwards.first, backwards.last);
    EXPECT_TRUE(adviseWeek(backwards).empty());
    // Days out of order, a date twice, an invalid date, a negative pattern, NaN loads.
    WeekAdviceInput messy = twoHardOneLightRest().input();
    std::reverse(messy.days.begin(), messy.days.end());
    messy.days.push_back(messy.days.front());
    messy.days.push_back(PlanDay{});
    messy.maxHardSessionsPerWeek = -2;
    messy.actualDailyLoad = std::vector<double>(28, std::numeric_limits<double>::quiet_NaN());
    const auto findings = adviseWeek(messy);
    // A negative pattern allows no hard session at all: the two are too many.
    EXPECT_EQ(weekFindingsOf(messy, kTooManyHard).size(), 1u);
    (void)findings;
    // A range far longer than the days given.
    WeekAdviceInput wide = twoHardOneLightRest().input();
    wide.last = wide.first.addDays(1000000);
    const auto bounded = adviseWeek(wide);
    EXPECT_TRUE(bounded.empty()) << ::testing::PrintToString(bounded);
}

TEST(WeekAdvisor, DuplicateIdsGetNoFix)
{
    // Two sessions sharing an id (bad input): a fix naming that id could move either.
    WeekPlan plan;
    plan.add(kTue, "Intervals", hardIntervals());
    plan.add(kWed, "Tempo", hardThreshold());
    plan.add(kThu, "Easy", easyRun(40));
    WeekAdviceInput input = plan.input();
    for (PlanDay& day : input.days) {
        for (PlannedSession& session : day.sessions)
            session.id = PlannedSessionId{7};
    }
    const auto found = weekFindingsOf(input, kHardBackToBack);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_FALSE(found[0].fix.has_value());
}

} // namespace
} // namespace paceline::test
