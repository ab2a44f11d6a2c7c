// week.load-ramp and week.acwr-high. Sources: the "10 % rule" (folklore; Buist et al.
// 2008, Am J Sports Med 36:33, found no protective effect in novices); Gabbett 2016,
// Br J Sports Med 50:273, and Hulin et al. 2016, Br J Sports Med 50:231 (a ratio over
// 1.5 is the "danger zone").

#include "WeekBuilders.h"
#include "core/advice/WeekRules.h"

namespace paceline::test {
namespace {

using namespace advice;

constexpr int kMon = 0, kTue = 1, kSun = 6;

// Planned load of an easy run: RPE 3 (the estimate's E anchor) x minutes.
constexpr double kEasyRpe = 3.0;

TEST(WeekLoadRamp, FiresAboveTenPercent)
{
    // History: 28 days of 40 = 280 a week. Planned: Tuesday 30 min (90) and Sunday
    // 100 min (300) = 390; 390 / 280 = 1.393, 39 % above.
    WeekPlan plan;
    plan.history(std::vector<double>(28, 40.0));
    plan.add(kTue, "Easy 30", easyRun(30));
    const auto sunday = plan.add(kSun, "Long run", longRun(100));
    const auto found = weekFindingsOf(plan.input(), kLoadRamp);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral(
        "The planned load (390 a week) is 39 % above the average of the recent weeks' training "
        "(280 a week)")))
        << found[0].message.toStdString();
    // The fix shortens the long run: 90 min gives 270 + 90 = 360 and 80 min 330, both
    // over 280 x 1.1 = 308; 70 min gives 210 + 90 = 300.
    ASSERT_TRUE(found[0].fix.has_value());
    EXPECT_EQ(found[0].fix->label,
              QStringLiteral("Shorten Sunday's “Long run” from 100 min to 70 min"));
    ASSERT_EQ(found[0].fix->changes.size(), 1u);
    EXPECT_EQ(found[0].fix->changes[0].session, sunday);
    ASSERT_TRUE(found[0].fix->changes[0].replacement.has_value());
    EXPECT_EQ(found[0].fix->changes[0].replacement->steps, easyRun(70));
    EXPECT_TRUE(fixResolves(plan.input(), kLoadRamp));
}

TEST(WeekLoadRamp, WithinTenPercentOrWithoutHistoryDoesNotFire)
{
    // 3 x 30 min easy = 3 x 90 = 270 <= 308.
    WeekPlan plan;
    plan.history(std::vector<double>(28, 40.0));
    for (int day : {0, 2, 4})
        plan.add(day, "Easy 30", easyRun(30));
    EXPECT_TRUE(weekFindingsOf(plan.input(), kLoadRamp).empty());
    // 13 days of history are too few to judge (14 needed).
    WeekPlan young;
    young.history(std::vector<double>(13, 10.0));
    young.add(kSun, "Long run", longRun(100));
    EXPECT_TRUE(weekFindingsOf(young.input(), kLoadRamp).empty());
    // No training logged at all: no base to compare with.
    WeekPlan untrained;
    untrained.history(std::vector<double>(28, 0.0));
    untrained.add(kSun, "Long run", longRun(100));
    EXPECT_TRUE(weekFindingsOf(untrained.input(), kLoadRamp).empty());
}

TEST(WeekAcwr, FiresAboveOnePointFive)
{
    // Last 21 logged days of 40 (840) + planned week of 7 x 90 = 630.
    // chronic = (840 + 630) / 4 = 367.5; ratio = 630 / 367.5 = 1.71.
    WeekPlan plan;
    plan.history(std::vector<double>(28, 40.0));
    for (int day = kMon; day <= kSun; ++day)
        plan.add(day, "Easy 30", easyRun(30));
    ASSERT_DOUBLE_EQ(sessionLoad(easyRun(30), {}).load, 30 * kEasyRpe);
    const auto found = weekFindingsOf(plan.input(), kAcwrHigh);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, Severity::Problem);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("1.71 times")))
        << found[0].message.toStdString();
    EXPECT_EQ(found[0].days.size(), 7u);
    // Cutting one 30 min run by half saves 45: (585 / ((840 + 585) / 4) = 1.64), no fix.
    EXPECT_FALSE(found[0].fix.has_value());
}

TEST(WeekAcwr, FixShortensTheBigSession)
{
    // 840 logged + Tuesday 30 min (90) + Sunday 200 min (600) = 690 planned:
    // ratio 690 / ((840 + 690) / 4) = 690 / 382.5 = 1.80. At most 1.5 needs
    // A <= 1.5 (840 + A) / 4, i.e. A <= 504: Sunday at 140 min gives 420 + 90 = 510,
    // too much; 120 min gives 450, ratio 450 / 322.5 = 1.40.
    WeekPlan plan;
    plan.history(std::vector<double>(28, 40.0));
    plan.add(kTue, "Easy 30", easyRun(30));
    plan.add(kSun, "Long ride", longRun(200));
    const auto found = weekFindingsOf(plan.input(), kAcwrHigh);
    ASSERT_EQ(found.size(), 1u);
    ASSERT_TRUE(found[0].fix.has_value());
    EXPECT_EQ(found[0].fix->label,
              QStringLiteral("Shorten Sunday's “Long ride” from 200 min to 120 min"));
    EXPECT_TRUE(fixResolves(plan.input(), kAcwrHigh));
}

TEST(WeekAcwr, UsualWeekOrShortHistoryDoesNotFire)
{
    // 840 + 390 planned: 390 / ((840 + 390) / 4) = 390 / 307.5 = 1.27.
    WeekPlan plan;
    plan.history(std::vector<double>(28, 40.0));
    plan.add(kTue, "Easy 30", easyRun(30));
    plan.add(kSun, "Long run", longRun(100));
    EXPECT_TRUE(weekFindingsOf(plan.input(), kAcwrHigh).empty());
    // 20 logged days + 7 planned = 27: under the 28 days the ratio needs.
    WeekPlan young;
    young.history(std::vector<double>(20, 10.0));
    for (int day = kMon; day <= kSun; ++day)
        young.add(day, "Easy 30", easyRun(30));
    EXPECT_TRUE(weekFindingsOf(young.input(), kAcwrHigh).empty());
}

TEST(WeekLoadRamp, OnlyTheLastFourWeeksAreTheBase)
{
    // A big week five weeks ago (7 x 1,000) lies outside the base: still 280 a week,
    // and 390 planned is 39 % above it.
    std::vector<double> history(7, 1000.0);
    history.insert(history.end(), 28, 40.0);
    WeekPlan plan;
    plan.history(history);
    plan.add(kTue, "Easy 30", easyRun(30));
    plan.add(kSun, "Long run", longRun(100));
    const auto found = weekFindingsOf(plan.input(), kLoadRamp);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("39 % above")))
        << found[0].message.toStdString();
}

} // namespace
} // namespace paceline::test
