// Load over time (docs/formulas.md, "Load over time"), against hand-computed values
// (the arithmetic beside each).
//
// Sources: S. Williams et al. 2017, Br J Sports Med 51:209-210 (EWMA, l = 2/(N+1));
// B. T. Hulin et al. 2016, Br J Sports Med 50:231-236 (rolling, coupled ACWR);
// Coggan / TrainingPeaks (CTL, ATL, TSB after Banister's impulse-response);
// C. Foster 1998, Med Sci Sports Exerc 30(7):1164-1168 (monotony, strain).

#include "core/science/LoadSeries.h"

#include <gtest/gtest.h>

#include <cmath>

namespace paceline {
namespace {

const QDate kMonday(2024, 1, 1); // 1 January 2024 was a Monday

std::vector<double> repeated(size_t days, double load)
{
    return std::vector<double>(days, load);
}

std::vector<double> joined(std::vector<double> first, const std::vector<double>& second)
{
    first.insert(first.end(), second.begin(), second.end());
    return first;
}

// --- Daily figures -----------------------------------------------------------------

TEST(LoadSeriesDaily, OneDayOfLoadFromZero)
{
    // Williams: l = 2/(7+1) = 0.25 and 2/(28+1) = 2/29, EWMA = 0 + l x 100.
    // Impulse-response: 100 x (1 - e^(-1/42)) = 100 x 0.0235283 = 2.35283;
    // 100 x (1 - e^(-1/7)) = 100 x 0.133122 = 13.3122; form 2.35283 - 13.3122.
    const std::vector<DayFigures> days = dailyFigures(kMonday, {100.0});
    ASSERT_EQ(days.size(), 1u);
    const DayFigures& day = days[0];
    EXPECT_EQ(day.day, kMonday);
    EXPECT_EQ(day.load, 100.0);
    EXPECT_DOUBLE_EQ(day.acuteEwma, 25.0);
    EXPECT_NEAR(day.chronicEwma, 6.896552, 1e-6);
    EXPECT_NEAR(day.fitness, 2.352831, 1e-6);
    EXPECT_NEAR(day.fatigue, 13.312210, 1e-6);
    EXPECT_NEAR(day.form, 2.352831 - 13.312210, 1e-6);
    EXPECT_EQ(day.acute, 100.0);
    EXPECT_EQ(day.chronic, 25.0); // 100 / 4
    EXPECT_FALSE(day.acwrRolling);
    EXPECT_FALSE(day.acwrEwma);
    EXPECT_FALSE(day.projected);
}

TEST(LoadSeriesDaily, ARestDayAfterwardsDecays)
{
    // Day 2, load 0: acute EWMA 25 x 0.75 = 18.75; fitness 2.352831 x e^(-1/42) =
    // 2.352831 x 0.976472 = 2.297473. The day's date follows the first.
    const std::vector<DayFigures> days = dailyFigures(kMonday, {100.0, 0.0});
    ASSERT_EQ(days.size(), 2u);
    EXPECT_EQ(days[1].day, QDate(2024, 1, 2));
    EXPECT_DOUBLE_EQ(days[1].acuteEwma, 18.75);
    EXPECT_NEAR(days[1].fitness, 2.297473, 1e-6);
    EXPECT_EQ(days[1].acute, 100.0);
}

TEST(LoadSeriesDaily, AConstantLoadConvergesToItself)
{
    // Every one of these is a weighted mean of the loads with weights summing to
    // 1 - (1 - l)^n: after 1000 days of 50, 50 to well within 1e-6 (the slowest,
    // fitness, is short by 50 x e^(-1000/42), about 2e-9).
    const DayFigures last = dailyFigures(kMonday, repeated(1000, 50.0)).back();
    EXPECT_NEAR(last.acuteEwma, 50.0, 1e-6);
    EXPECT_NEAR(last.chronicEwma, 50.0, 1e-6);
    EXPECT_NEAR(last.fitness, 50.0, 1e-6);
    EXPECT_NEAR(last.fatigue, 50.0, 1e-6);
    EXPECT_NEAR(last.form, 0.0, 1e-6);
    ASSERT_TRUE(last.acwrEwma);
    EXPECT_NEAR(*last.acwrEwma, 1.0, 1e-6);
    EXPECT_DOUBLE_EQ(last.acute, 350.0);
    EXPECT_DOUBLE_EQ(last.chronic, 350.0);
}

TEST(LoadSeriesDaily, RollingRatioStartsOnDay28)
{
    // Hulin et al. 2016, coupled: 21 days of 100 then 7 of 200. Day 28: acute
    // 7 x 200 = 1400, chronic (21 x 100 + 1400) / 4 = 875, ratio 1400 / 875 = 1.6.
    const std::vector<DayFigures> days =
        dailyFigures(kMonday, joined(repeated(21, 100.0), repeated(7, 200.0)));
    ASSERT_EQ(days.size(), 28u);
    EXPECT_FALSE(days[26].acwrRolling); // day 27
    EXPECT_FALSE(days[26].acwrEwma);
    ASSERT_TRUE(days[27].acwrRolling);
    EXPECT_DOUBLE_EQ(*days[27].acwrRolling, 1.6);
    EXPECT_TRUE(days[27].acwrEwma);
    EXPECT_EQ(days[27].day, QDate(2024, 1, 28));
}

TEST(LoadSeriesDaily, RollingWindowsDropOldDays)
{
    // 29 days: 500 on day 1, then 28 days of 100. Day 29's windows no longer hold
    // day 1: acute 700, chronic 2800 / 4 = 700, ratio 1.
    const DayFigures last = dailyFigures(kMonday, joined({500.0}, repeated(28, 100.0))).back();
    EXPECT_DOUBLE_EQ(last.acute, 700.0);
    EXPECT_DOUBLE_EQ(last.chronic, 700.0);
    ASSERT_TRUE(last.acwrRolling);
    EXPECT_DOUBLE_EQ(*last.acwrRolling, 1.0);
}

TEST(LoadSeriesDaily, NoRatioWithoutChronicLoad)
{
    const DayFigures last = dailyFigures(kMonday, repeated(40, 0.0)).back();
    EXPECT_FALSE(last.acwrRolling);
    EXPECT_FALSE(last.acwrEwma);
}

TEST(LoadSeriesDaily, BadLoadsCountAsRestDays)
{
    const std::vector<DayFigures> days = dailyFigures(kMonday, {-50.0, NAN, INFINITY});
    for (const DayFigures& day : days) {
        EXPECT_EQ(day.load, 0.0);
        EXPECT_EQ(day.acuteEwma, 0.0);
        EXPECT_EQ(day.fitness, 0.0);
    }
}

// --- Projection --------------------------------------------------------------------

TEST(LoadSeriesProjection, ContinuesTheDecayAfterTheLastDay)
{
    // One day of 100, then two planned rest days: fitness 2.352831 x 0.976472 =
    // 2.297473, x 0.976472 = 2.243418; fatigue 13.312210 x e^(-1/7) (0.866878) =
    // 11.540061, then 10.003824. The logged 100 stays in the acute week.
    const std::vector<DayFigures> history = dailyFigures(kMonday, {100.0});
    const std::vector<DayFigures> planned = projectFigures(history, {0.0, 0.0});
    ASSERT_EQ(planned.size(), 2u);
    EXPECT_EQ(planned[0].day, QDate(2024, 1, 2));
    EXPECT_EQ(planned[1].day, QDate(2024, 1, 3));
    EXPECT_TRUE(planned[0].projected);
    EXPECT_TRUE(planned[1].projected);
    EXPECT_NEAR(planned[0].fitness, 2.297473, 1e-6);
    EXPECT_NEAR(planned[1].fitness, 2.243418, 1e-6);
    EXPECT_NEAR(planned[0].fatigue, 11.540061, 1e-6);
    EXPECT_NEAR(planned[1].fatigue, 10.003824, 1e-6);
    EXPECT_DOUBLE_EQ(planned[1].acuteEwma, 25.0 * 0.75 * 0.75);
    EXPECT_EQ(planned[1].acute, 100.0);
}

TEST(LoadSeriesProjection, CountsTheHistoryTowardsTheRatiosFirst28Days)
{
    // 27 logged days of 100 and one planned: day 28 has acute 700, chronic 700.
    const std::vector<DayFigures> planned =
        projectFigures(dailyFigures(kMonday, repeated(27, 100.0)), {100.0});
    ASSERT_EQ(planned.size(), 1u);
    ASSERT_TRUE(planned[0].acwrRolling);
    EXPECT_DOUBLE_EQ(*planned[0].acwrRolling, 1.0);
}

TEST(LoadSeriesProjection, NothingToContinueWithoutHistory)
{
    EXPECT_TRUE(projectFigures({}, {100.0}).empty());
}

// --- Weeks -------------------------------------------------------------------------

DailyLoad row(QDate day, double load, Sport sport = Sport::Run)
{
    DailyLoad daily;
    daily.day = day;
    daily.sport = sport;
    daily.sessions = 1;
    daily.sessionRpeLoad = load;
    return daily;
}

TEST(LoadSeriesWeekStart, MondayAndSundayStartingWeeks)
{
    const QDate wednesday(2024, 1, 3);
    const QDate sunday(2024, 1, 7);
    EXPECT_EQ(weekStartOf(wednesday), kMonday);
    EXPECT_EQ(weekStartOf(sunday), kMonday);
    EXPECT_EQ(weekStartOf(kMonday), kMonday);
    EXPECT_EQ(weekStartOf(wednesday, Qt::Sunday), QDate(2023, 12, 31));
    EXPECT_EQ(weekStartOf(QDate(2024, 1, 6), Qt::Sunday), QDate(2023, 12, 31)); // Saturday
    EXPECT_EQ(weekStartOf(sunday, Qt::Sunday), sunday);
    EXPECT_EQ(weekStartOf(wednesday, Qt::Saturday), QDate(2023, 12, 30));
    EXPECT_EQ(weekStartOf(wednesday, 0), kMonday); // not a weekday: Monday
}

TEST(LoadSeriesWeeks, MonotonyOfAlternatingDays)
{
    // Foster 1998, loads 0, 100, 0, 100, 0, 100, 0: mean 300 / 7 = 42.857; population
    // variance (3 x 57.143^2 + 4 x 42.857^2) / 7 = 2448.98, SD 49.487; monotony
    // 42.857 / 49.487 = 0.86603 (exactly sqrt(3/4)); strain 300 x 0.86603 = 259.81.
    const std::vector<DailyLoad> days{row(QDate(2024, 1, 2), 100.0), row(QDate(2024, 1, 4), 100.0),
                                      row(QDate(2024, 1, 6), 100.0)};
    const std::vector<WeekFigures> weeks =
        weeklyFigures(days, kMonday, QDate(2024, 1, 7), LoadMeasure::SessionRpe);
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_EQ(weeks[0].weekStart, kMonday);
    EXPECT_DOUBLE_EQ(weeks[0].load, 300.0);
    ASSERT_TRUE(weeks[0].monotony);
    EXPECT_NEAR(*weeks[0].monotony, 0.866025, 1e-6);
    ASSERT_TRUE(weeks[0].strain);
    EXPECT_NEAR(*weeks[0].strain, 259.8076, 1e-4);
}

TEST(LoadSeriesWeeks, NoMonotonyWithoutVariation)
{
    // Seven days of 50: SD 0. A week without training: SD 0 too.
    std::vector<DailyLoad> days;
    for (int day = 0; day < 7; ++day)
        days.push_back(row(kMonday.addDays(day), 50.0));
    const std::vector<WeekFigures> weeks =
        weeklyFigures(days, kMonday, QDate(2024, 1, 14), LoadMeasure::SessionRpe);
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_DOUBLE_EQ(weeks[0].load, 350.0);
    EXPECT_FALSE(weeks[0].monotony);
    EXPECT_FALSE(weeks[0].strain);
    EXPECT_EQ(weeks[1].load, 0.0);
    EXPECT_FALSE(weeks[1].monotony);
}

TEST(LoadSeriesWeeks, WholeWeeksOverlappingTheRange)
{
    // Wednesday 3 to Tuesday 9 January touches the weeks of 1 and 8 January; the
    // Monday before the range still counts in its week, 15 January is in no week.
    const std::vector<DailyLoad> days{row(kMonday, 40.0), row(QDate(2024, 1, 9), 60.0),
                                      row(QDate(2024, 1, 14), 70.0),
                                      row(QDate(2024, 1, 15), 1000.0)};
    const std::vector<WeekFigures> weeks =
        weeklyFigures(days, QDate(2024, 1, 3), QDate(2024, 1, 9), LoadMeasure::SessionRpe);
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_EQ(weeks[0].weekStart, kMonday);
    EXPECT_EQ(weeks[0].load, 40.0);
    EXPECT_EQ(weeks[1].weekStart, QDate(2024, 1, 8));
    EXPECT_EQ(weeks[1].load, 130.0);
}

TEST(LoadSeriesWeeks, SundayStartingWeeks)
{
    // Sunday 31 December to Saturday 6 January is one week.
    const std::vector<DailyLoad> days{row(QDate(2023, 12, 31), 10.0), row(QDate(2024, 1, 6), 20.0),
                                      row(QDate(2024, 1, 7), 30.0)};
    const std::vector<WeekFigures> weeks = weeklyFigures(days, QDate(2024, 1, 3), QDate(2024, 1, 3),
                                                         LoadMeasure::SessionRpe, Qt::Sunday);
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_EQ(weeks[0].weekStart, QDate(2023, 12, 31));
    EXPECT_EQ(weeks[0].load, 30.0);
}

TEST(LoadSeriesWeeks, LoadBySportAndMeasure)
{
    DailyLoad run = row(kMonday, 100.0);
    run.trimp = 80.0;
    DailyLoad ride = row(kMonday, 50.0, Sport::Bike);
    ride.trimp = 45.0;
    const std::vector<WeekFigures> bySessionRpe =
        weeklyFigures({run, ride}, kMonday, kMonday, LoadMeasure::SessionRpe);
    ASSERT_EQ(bySessionRpe.size(), 1u);
    EXPECT_EQ(bySessionRpe[0].load, 150.0);
    EXPECT_EQ(bySessionRpe[0].loadBySport,
              (std::map<Sport, double>{{Sport::Run, 100.0}, {Sport::Bike, 50.0}}));
    const std::vector<WeekFigures> byTrimp =
        weeklyFigures({run, ride}, kMonday, kMonday, LoadMeasure::Trimp);
    EXPECT_EQ(byTrimp[0].load, 125.0);
    EXPECT_EQ(byTrimp[0].loadBySport.at(Sport::Bike), 45.0);
}

TEST(LoadSeriesWeeks, LoadSharedByZoneTime)
{
    // Monday: 120 over 30 min E and 10 min T: 120 x 3/4 = 90 E, 120 x 1/4 = 30 T.
    // Tuesday: 60 without zone time: all E. Week: E 150, T 30; time E 1800, T 600.
    DailyLoad monday = row(kMonday, 120.0);
    monday.zoneSeconds = {1800.0, 0.0, 600.0, 0.0, 0.0};
    const DailyLoad tuesday = row(QDate(2024, 1, 2), 60.0);
    const std::vector<WeekFigures> weeks =
        weeklyFigures({monday, tuesday}, kMonday, kMonday, LoadMeasure::SessionRpe);
    ASSERT_EQ(weeks.size(), 1u);
    EXPECT_DOUBLE_EQ(weeks[0].loadByZone[size_t(LoadZone::Easy)], 150.0);
    EXPECT_DOUBLE_EQ(weeks[0].loadByZone[size_t(LoadZone::Threshold)], 30.0);
    EXPECT_EQ(weeks[0].loadByZone[size_t(LoadZone::Marathon)], 0.0);
    EXPECT_EQ(weeks[0].zoneSeconds, (ZoneSeconds{1800.0, 0.0, 600.0, 0.0, 0.0}));
}

TEST(LoadSeriesWeeks, EmptyForAnEmptyRange)
{
    EXPECT_TRUE(weeklyFigures({}, QDate(2024, 1, 9), kMonday, LoadMeasure::SessionRpe).empty());
    EXPECT_TRUE(weeklyFigures({}, QDate(), kMonday, LoadMeasure::SessionRpe).empty());
}

// --- Daily load vector -------------------------------------------------------------

TEST(LoadSeriesVector, SumsSportsAndFillsGapsWithZero)
{
    // 1 Jan run 100 + bike 50 = 150; 2 Jan nothing; 3 Jan 30; 4 Jan nothing. Rows
    // outside the range are left out.
    const std::vector<DailyLoad> days{row(kMonday, 100.0), row(kMonday, 50.0, Sport::Bike),
                                      row(QDate(2024, 1, 3), 30.0), row(QDate(2023, 12, 31), 7.0),
                                      row(QDate(2024, 1, 5), 9.0)};
    EXPECT_EQ(dailyLoadVector(days, kMonday, QDate(2024, 1, 4), LoadMeasure::SessionRpe),
              (std::vector<double>{150.0, 0.0, 30.0, 0.0}));
}

TEST(LoadSeriesVector, UsesTheChosenMeasure)
{
    DailyLoad day = row(kMonday, 100.0);
    day.runningTss = 64.0;
    EXPECT_EQ(dailyLoadVector({day}, kMonday, kMonday, LoadMeasure::RunningTss),
              (std::vector<double>{64.0}));
}

TEST(LoadSeriesVector, EmptyWhenTheRangeIsBackwards)
{
    EXPECT_TRUE(
        dailyLoadVector({row(kMonday, 1.0)}, QDate(2024, 1, 2), kMonday, LoadMeasure::SessionRpe)
            .empty());
}

} // namespace
} // namespace paceline
