// What the Analysis screen computes before drawing: the days a range covers, the day it
// ends on, the chart data from the store's daily rows, and the summary sentence.

#include "ui/analysis/AnalysisRange.h"
#include "ui/analysis/AnalysisSummary.h"
#include "ui/analysis/LoadAnalysis.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;

namespace {

const QDate kWednesday(2026, 11, 25);
const QDate kMonday(2026, 11, 23);

DailyLoad row(QDate day, Sport sport, double load, int sessions = 1)
{
    DailyLoad result;
    result.day = day;
    result.sport = sport;
    result.sessions = sessions;
    result.sessionRpeLoad = load;
    return result;
}

} // namespace

TEST(AnalysisRange, WeeksRangesCountThisWeekAsOne)
{
    const QDate longAgo(2020, 1, 1);
    EXPECT_EQ(analysisDays(AnalysisRange::FourWeeks, kWednesday, longAgo, Qt::Monday).first,
              kMonday.addDays(-21));
    EXPECT_EQ(analysisDays(AnalysisRange::TwelveWeeks, kWednesday, longAgo, Qt::Monday).first,
              kMonday.addDays(-77));
    EXPECT_EQ(analysisDays(AnalysisRange::FourWeeks, kWednesday, longAgo, Qt::Monday).last,
              kWednesday);
    // Sunday-started weeks: the week of Wed 25 Nov starts on Sun 22 Nov.
    EXPECT_EQ(analysisDays(AnalysisRange::FourWeeks, kWednesday, longAgo, Qt::Sunday).first,
              QDate(2026, 11, 22).addDays(-21));
}

TEST(AnalysisRange, MonthsAndYearsStartOnTheWeekHoldingTheirFirstDay)
{
    const QDate longAgo(2020, 1, 1);
    // 26 May 2026 is a Tuesday: its week starts on Monday 25 May.
    EXPECT_EQ(analysisDays(AnalysisRange::SixMonths, kWednesday, longAgo, Qt::Monday).first,
              QDate(2026, 5, 25));
    // 26 Nov 2025 is a Wednesday: Monday 24 Nov 2025.
    EXPECT_EQ(analysisDays(AnalysisRange::OneYear, kWednesday, longAgo, Qt::Monday).first,
              QDate(2025, 11, 24));
    EXPECT_EQ(analysisDays(AnalysisRange::AllTime, kWednesday, longAgo, Qt::Monday).first,
              QDate(2019, 12, 30));
}

TEST(AnalysisRange, NoRangeReachesBeforeTheFirstLoggedWeek)
{
    const QDate firstLogged(2026, 10, 7); // a Wednesday
    EXPECT_EQ(analysisDays(AnalysisRange::TwoYears, kWednesday, firstLogged, Qt::Monday).first,
              QDate(2026, 10, 5));
}

TEST(AnalysisRange, AnOldLogEndsOnItsLastDayNotOnBlankWeeks)
{
    const QDate first(2024, 1, 1);
    // Logged until a week ago: the charts end today.
    EXPECT_EQ(analysisAnchor(AnalysisRange::SixMonths, kWednesday, first, kWednesday.addDays(-7),
                             Qt::Monday),
              kWednesday);
    // Left alone since March: six months ending today would be empty.
    EXPECT_EQ(
        analysisAnchor(AnalysisRange::SixMonths, kWednesday, first, QDate(2026, 3, 1), Qt::Monday),
        QDate(2026, 3, 1));
    // ...but all of its time still ends today.
    EXPECT_EQ(
        analysisAnchor(AnalysisRange::AllTime, kWednesday, first, QDate(2026, 3, 1), Qt::Monday),
        kWednesday);
    // Logged ahead of the calendar: up to the last workout.
    EXPECT_EQ(analysisAnchor(AnalysisRange::FourWeeks, kWednesday, first, kWednesday.addDays(3),
                             Qt::Monday),
              kWednesday.addDays(3));
}

TEST(AnalysisData, ChartDataComesFromTheDailyRows)
{
    const std::vector<DailyLoad> rows{
        row(kMonday.addDays(-10), Sport::Run, 100), // before the shown weeks: history only
        row(kMonday.addDays(-7), Sport::Run, 300),
        row(kMonday.addDays(-7), Sport::Swim, 120, 2),
        row(kMonday, Sport::Run, 200),
    };
    const AnalysisDays days{kMonday.addDays(-7), kWednesday};
    const LoadChartData data = loadChartData(rows, kMonday.addDays(-10), days,
                                             LoadMeasure::SessionRpe, Qt::Monday, {50, 0, 0}, true);
    ASSERT_EQ(data.weeks.size(), 2u);
    EXPECT_EQ(data.weeks[0].load, 420.0);
    EXPECT_EQ(data.weeks[1].load, 200.0);
    ASSERT_EQ(data.days.size(), 10u); // from the first shown day to Wednesday
    EXPECT_EQ(data.days.front().day, kMonday.addDays(-7));
    // The history before the shown days still counts: fitness carries the 100 in.
    EXPECT_GT(data.days.front().fitness, 420.0 * (1.0 - std::exp(-1.0 / 42.0)));
    EXPECT_EQ(data.sessionsPerDay.at(kMonday.addDays(-7)), 3);
    EXPECT_EQ(data.sessionsPerDay.count(kMonday.addDays(-10)), 0u);
    ASSERT_EQ(data.projection.size(), 3u);
    EXPECT_TRUE(data.projectionFromPlan);
    ASSERT_EQ(data.plannedWeeks.size(), 1u);
    EXPECT_EQ(data.plannedWeeks.front().weekStart, kMonday);
    EXPECT_EQ(data.plannedWeeks.front().load, 50.0);
    EXPECT_EQ(data.lastShownDay(), kWednesday.addDays(3));
}

TEST(AnalysisData, RestProjectionHasNoPlannedWeeks)
{
    const std::vector<DailyLoad> rows{row(kMonday, Sport::Run, 200)};
    const LoadChartData data = loadChartData(rows, kMonday, {kMonday, kWednesday},
                                             LoadMeasure::Trimp, Qt::Monday, {0, 0}, false);
    EXPECT_FALSE(data.projectionFromPlan);
    EXPECT_TRUE(data.plannedWeeks.empty());
    EXPECT_EQ(data.projection.size(), 2u);
}

TEST(AnalysisSummary, ReadsTheWeekTheRatioAndTheForm)
{
    LoadChartData data;
    data.first = kMonday.addDays(-7);
    data.last = kWednesday;
    WeekFigures before;
    before.weekStart = kMonday.addDays(-7);
    before.load = 2100;
    WeekFigures current;
    current.weekStart = kMonday;
    current.load = 420;
    data.weeks = {before, current};
    DayFigures today;
    today.day = kWednesday;
    today.load = 100;
    today.acwrEwma = 1.12;
    today.fitness = 80;
    today.form = -12;
    data.days = {today};
    EXPECT_EQ(loadSummary(data, kWednesday).toStdString(),
              "This week so far: 420 AU (week before: 2,100 AU). ACWR 1.12, in the 0.8–1.3 band. "
              "Form −12: carrying some fatigue, as a build does.");
    // An older anchor is named by its week.
    EXPECT_TRUE(loadSummary(data, kWednesday.addDays(30))
                    .startsWith(QStringLiteral("Last logged week (of 23 Nov): 420 AU")));
    data.days.front().acwrEwma = 1.62;
    EXPECT_TRUE(loadSummary(data, kWednesday).contains(QStringLiteral("above 1.5")));
    data.days.front().acwrEwma.reset();
    EXPECT_TRUE(loadSummary(data, kWednesday).contains(QStringLiteral("needs four weeks")));
}

TEST(AnalysisSummary, SaysWhatAMeasureWithoutDataNeeds)
{
    LoadChartData data;
    data.measure = LoadMeasure::Trimp;
    data.last = kWednesday;
    DayFigures day;
    day.day = kWednesday;
    data.days = {day};
    EXPECT_TRUE(loadSummary(data, kWednesday).contains(QStringLiteral("heart rate")));
}

TEST(AnalysisSummary, FormIsReadAgainstFitness)
{
    EXPECT_EQ(formReading(-40, 100), QStringLiteral("heavily fatigued, recovery due soon"));
    EXPECT_EQ(formReading(-15, 100), QStringLiteral("carrying some fatigue, as a build does"));
    EXPECT_EQ(formReading(5, 100), QStringLiteral("fatigue and fitness about even"));
    EXPECT_EQ(formReading(20, 100), QStringLiteral("fresh, ready for a race or a hard session"));
    EXPECT_TRUE(formReading(0, 0).isEmpty());
}

TEST(AnalysisData, RatiosWaitFourWeeksFromTheFirstLoggedDayNotItsWeekStart)
{
    // The log starts on a Wednesday; the charts start on that week's Monday. The
    // ratios need 28 days of logged history, as paceline-cli load counts them.
    const QDate firstLogged(2026, 11, 4);
    const QDate weekStart(2026, 11, 2);
    std::vector<DailyLoad> rows;
    for (QDate day = firstLogged; day <= firstLogged.addDays(40); day = day.addDays(1))
        rows.push_back(row(day, Sport::Run, 100));
    const LoadChartData data =
        loadChartData(rows, firstLogged, {weekStart, firstLogged.addDays(40)},
                      LoadMeasure::SessionRpe, Qt::Monday, {0, 0}, false);
    ASSERT_EQ(data.days.size(), 43u);
    EXPECT_EQ(data.days.front().day, weekStart);
    EXPECT_EQ(data.days.front().fitness, 0.0);
    const DayFigures* lastWithout = figuresOn(data, firstLogged.addDays(26));
    const DayFigures* firstWith = figuresOn(data, firstLogged.addDays(27));
    ASSERT_TRUE(lastWithout && firstWith);
    EXPECT_FALSE(lastWithout->acwrEwma);
    EXPECT_FALSE(lastWithout->acwrRolling);
    EXPECT_TRUE(firstWith->acwrEwma);
    EXPECT_TRUE(firstWith->acwrRolling);
    // Every day logged alike: the ratios are 1.
    EXPECT_NEAR(*firstWith->acwrRolling, 1.0, 1e-9);
}
