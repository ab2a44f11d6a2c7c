#include "core/science/Trends.h"

#include <gtest/gtest.h>

using namespace paceline;

// Weekly trends (core/science/Trends.h). The dates are in November 2024: Monday 4,
// 11, 18 and 25; Sunday 3 and 10; Saturday 9. Every expected median is worked by hand.

namespace {

QDate november(int day)
{
    return QDate(2024, 11, day);
}

StabilitySample stability(int day, double cv, std::optional<TemplateId> templateId = {},
                          Sport sport = Sport::Run)
{
    StabilitySample sample;
    sample.day = november(day);
    sample.paceCvPercent = cv;
    sample.templateId = templateId;
    sample.sport = sport;
    return sample;
}

WorkRepSample rep(int day, double metres, double seconds, std::optional<double> rpe,
                  std::optional<int> heartRate = {})
{
    WorkRepSample sample;
    sample.day = november(day);
    sample.distance = Distance{metres};
    sample.time = Duration{seconds};
    sample.rpe = rpe;
    sample.avgHeartRate = heartRate;
    return sample;
}

PaceRange bandSecondsPerKm(double slowest, double fastest)
{
    return {Speed::fromSecondsPerKilometre(slowest), Speed::fromSecondsPerKilometre(fastest)};
}

WeeklyValue week(int day, double median, int count)
{
    return {november(day), median, count};
}

WeeklyValue weekOf(const QDate& start, double median)
{
    return {start, median, 1};
}

} // namespace

TEST(TrendMedian, OddEvenAndEmpty)
{
    EXPECT_DOUBLE_EQ(median({3.0, 1.0, 2.0}), 2.0);      // sorted 1, 2, 3: the middle
    EXPECT_DOUBLE_EQ(median({4.0, 1.0, 3.0, 2.0}), 2.5); // sorted 1, 2, 3, 4: (2 + 3) / 2
    EXPECT_DOUBLE_EQ(median({}), 0.0);
}

TEST(StabilityTrend, MedianPerMondayWeekOldestFirstGapsOmitted)
{
    // Given newest first, with nothing in the week of 18 Nov.
    const std::vector<StabilitySample> samples{stability(25, 1.5), stability(11, 1.0),
                                               stability(10, 4.0), stability(6, 3.0),
                                               stability(4, 2.0)};
    // Week of Mon 4 Nov: 2.0 (Mon), 3.0 (Wed), 4.0 (Sun 10) -> median 3.0 of 3.
    // Week of Mon 11 Nov: 1.0. Week of 18 Nov: no sample, left out. Week of 25: 1.5.
    const std::vector<WeeklyValue> expected{week(4, 3.0, 3), week(11, 1.0, 1), week(25, 1.5, 1)};
    EXPECT_EQ(stabilityTrend(samples, {}), expected);
}

TEST(StabilityTrend, WeeksStartingOnSunday)
{
    const std::vector<StabilitySample> samples{stability(9, 2.0), stability(10, 4.0)};
    // Monday weeks: Sat 9 and Sun 10 are both in the week of 4 Nov, (2 + 4) / 2 = 3.
    EXPECT_EQ(stabilityTrend(samples, {}, Qt::Monday), (std::vector<WeeklyValue>{week(4, 3.0, 2)}));
    // Sunday weeks: Sat 9 ends the week of Sun 3; Sun 10 starts a new one.
    EXPECT_EQ(stabilityTrend(samples, {}, Qt::Sunday),
              (std::vector<WeeklyValue>{week(3, 2.0, 1), week(10, 4.0, 1)}));
}

TEST(StabilityTrend, FilterByTemplateAndSport)
{
    const TemplateId intervals{7};
    const TemplateId tempo{8};
    const std::vector<StabilitySample> samples{stability(4, 2.0, intervals),
                                               stability(5, 6.0, tempo), stability(6, 9.0),
                                               stability(7, 4.0, intervals, Sport::Bike)};
    // Template 7 only: 2.0 (run) and 4.0 (bike) -> 3.0.
    EXPECT_EQ(stabilityTrend(samples, {.templateId = intervals, .sport = {}}),
              (std::vector<WeeklyValue>{week(4, 3.0, 2)}));
    // Template 7 and running: 2.0 alone.
    EXPECT_EQ(stabilityTrend(samples, {.templateId = intervals, .sport = Sport::Run}),
              (std::vector<WeeklyValue>{week(4, 2.0, 1)}));
    // Running, any template: 2.0, 6.0, 9.0 -> 6.0.
    EXPECT_EQ(stabilityTrend(samples, {.templateId = {}, .sport = Sport::Run}),
              (std::vector<WeeklyValue>{week(4, 6.0, 3)}));
}

TEST(PaceAtEffortTrend, RpeBandInclusive)
{
    const std::vector<WorkRepSample> samples{
        rep(4, 1000, 240, 7.0), // 240 s/km at RPE 7: in (the low edge)
        rep(5, 400, 92, 8.0),   // 92 / 0.4 = 230 s/km at RPE 8: in (the high edge)
        rep(6, 1000, 250, 6.0), // RPE 6: out
        rep(6, 1000, 260, 8.5), // RPE 8.5: out
        rep(7, 1000, 200, {}),  // no RPE: out
        rep(12, 800, 200, 7.5), // 200 / 0.8 = 250 s/km, next week
        rep(12, 0, 200, 7.5),   // no distance: no pace, out
    };
    const EffortBand band{.rpeLow = 7.0, .rpeHigh = 8.0, .heartRateLow = {}, .heartRateHigh = {}};
    // Week of 4 Nov: (230 + 240) / 2 = 235 s/km of 2 reps; week of 11 Nov: 250 of 1.
    const std::vector<WeeklyValue> expected{week(4, 235.0, 2), week(11, 250.0, 1)};
    EXPECT_EQ(paceAtEffortTrend(samples, band, {}), expected);
}

TEST(PaceAtEffortTrend, HeartRateBand)
{
    const std::vector<WorkRepSample> samples{
        rep(4, 1000, 240, {}, 160), // in
        rep(4, 1000, 230, {}, 170), // in (the high edge)
        rep(4, 1000, 220, {}, 171), // out
        rep(4, 1000, 210, 7.0),     // no heart rate: out
    };
    const EffortBand band{.rpeLow = {}, .rpeHigh = {}, .heartRateLow = 155, .heartRateHigh = 170};
    // (230 + 240) / 2 = 235 s/km.
    EXPECT_EQ(paceAtEffortTrend(samples, band, {}), (std::vector<WeeklyValue>{week(4, 235.0, 2)}));
}

TEST(EffortAtPaceTrend, RepsInsideThePaceBand)
{
    const PaceRange band = bandSecondsPerKm(240, 230); // 3:50-4:00/km
    const std::vector<WorkRepSample> samples{
        rep(4, 1000, 235, 7.0),  // 235 s/km: in
        rep(5, 1000, 240, 8.0),  // 240 s/km: on the slow edge, in
        rep(5, 400, 92, 6.0),    // 92 / 0.4 = 230 s/km: on the fast edge, in
        rep(6, 1000, 245, 9.0),  // too slow: out
        rep(6, 1000, 225, 5.0),  // too fast: out
        rep(6, 1000, 235, {}),   // no RPE: out
        rep(11, 1000, 236, 6.5), // next week
    };
    // Week of 4 Nov: RPE 6, 7, 8 -> 7 of 3; week of 11 Nov: 6.5 of 1.
    const std::vector<WeeklyValue> expected{week(4, 7.0, 3), week(11, 6.5, 1)};
    EXPECT_EQ(effortAtPaceTrend(samples, band, {}), expected);
    // The same band with its edges named the other way round.
    EXPECT_EQ(effortAtPaceTrend(samples, bandSecondsPerKm(230, 240), {}), expected);
}

TEST(SlopePerWeek, XCountsWeeksSinceTheFirstIncludingGaps)
{
    const QDate first = november(4);
    // Weeks 0, 1 and 3 (18 Nov missing) at 3.0, 2.5, 1.5: the line y = 3 - 0.5 x.
    // mean x = 4/3, mean y = 7/3; sum dx dy = (-4/3)(2/3) + (-1/3)(1/6) + (5/3)(-5/6)
    // = -42/18; sum dx^2 = (16 + 1 + 25) / 9 = 42/9; slope = -42/18 / (42/9) = -0.5.
    // (Counting points instead of weeks, x = 0, 1, 2, would give -1.5 / 2 = -0.75.)
    const std::vector<WeeklyValue> values{weekOf(first, 3.0), weekOf(first.addDays(7), 2.5),
                                          weekOf(first.addDays(21), 1.5)};
    ASSERT_TRUE(slopePerWeek(values));
    EXPECT_NEAR(*slopePerWeek(values), -0.5, 1e-12);
}

TEST(SlopePerWeek, LeastSquaresThroughScatter)
{
    const QDate first = november(4);
    // x = 0, 1, 2; y = 1, 3, 2: mean x 1, mean y 2; sum dx dy = (-1)(-1) + 0 + (1)(0) = 1;
    // sum dx^2 = 2; slope 0.5.
    const std::vector<WeeklyValue> values{weekOf(first, 1.0), weekOf(first.addDays(7), 3.0),
                                          weekOf(first.addDays(14), 2.0)};
    ASSERT_TRUE(slopePerWeek(values));
    EXPECT_NEAR(*slopePerWeek(values), 0.5, 1e-12);
}

TEST(SlopePerWeek, AbsentWithFewerThanThreePoints)
{
    const QDate first = november(4);
    EXPECT_FALSE(slopePerWeek({}));
    EXPECT_FALSE(slopePerWeek({weekOf(first, 1.0), weekOf(first.addDays(7), 2.0)}));
}
