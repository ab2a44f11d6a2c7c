// Daily figures carried on from a checkpoint are those of the whole history, to the bit:
// the store's load checkpoints may replace reading a long history only if nothing shown
// changes.

#include "core/science/LoadSeries.h"

#include <gtest/gtest.h>

#include <cmath>

namespace paceline {
namespace {

const QDate kFirst(2019, 3, 14);

/// Irregular loads with rest days, a few bad values and a long break.
std::vector<double> history(size_t days)
{
    std::vector<double> loads;
    for (size_t day = 0; day < days; ++day) {
        const double wave = 180.0 + 120.0 * std::sin(double(day) * 0.37) + double(day % 11) * 9.0;
        const bool rest = day % 7 == 3 || (day > 400 && day < 460);
        loads.push_back(rest ? 0.0 : day % 97 == 5 ? -20.0 : wave);
    }
    return loads;
}

void expectSameBits(const DayFigures& a, const DayFigures& b)
{
    EXPECT_EQ(a.day, b.day);
    EXPECT_EQ(a.load, b.load);
    EXPECT_EQ(a.acute, b.acute);
    EXPECT_EQ(a.chronic, b.chronic);
    EXPECT_EQ(a.acuteEwma, b.acuteEwma);
    EXPECT_EQ(a.chronicEwma, b.chronicEwma);
    EXPECT_EQ(a.fitness, b.fitness);
    EXPECT_EQ(a.fatigue, b.fatigue);
    EXPECT_EQ(a.form, b.form);
    EXPECT_EQ(a.acwrRolling, b.acwrRolling);
    EXPECT_EQ(a.acwrEwma, b.acwrEwma);
}

/// The figures from day `from` on, carried on from the checkpoint there.
std::vector<DayFigures> resumedAt(const std::vector<double>& loads, size_t from)
{
    const std::vector<DayFigures> whole = dailyFigures(kFirst, loads);
    const FigureCheckpoint checkpoint = checkpointAfter(whole[from - 1]);
    EXPECT_EQ(checkpoint.day, kFirst.addDays(qint64(from)));
    const size_t recentFirst = from >= 28 ? from - 28 : 0;
    return dailyFigures(
        checkpoint, from,
        {loads.begin() + std::ptrdiff_t(recentFirst), loads.begin() + std::ptrdiff_t(from)},
        {loads.begin() + std::ptrdiff_t(from), loads.end()});
}

} // namespace

TEST(FigureCheckpoint, CarriedOnFiguresAreTheWholeHistorysToTheBit)
{
    const std::vector<double> loads = history(1500);
    const std::vector<DayFigures> whole = dailyFigures(kFirst, loads);
    for (size_t from : {1u, 5u, 27u, 28u, 29u, 400u, 431u, 1200u, 1499u}) {
        SCOPED_TRACE(from);
        const std::vector<DayFigures> resumed = resumedAt(loads, from);
        ASSERT_EQ(resumed.size(), whole.size() - from);
        for (size_t i = 0; i < resumed.size(); ++i)
            expectSameBits(resumed[i], whole[from + i]);
    }
}

TEST(FigureCheckpoint, TheProjectionCarriesOnAlike)
{
    const std::vector<double> loads = history(300);
    const std::vector<DayFigures> whole = dailyFigures(kFirst, loads);
    const std::vector<DayFigures> resumed = resumedAt(loads, 200);
    const std::vector<double> planned{100.0, 0.0, 250.0, 80.0};
    const std::vector<DayFigures> a = projectFigures(whole, planned);
    const std::vector<DayFigures> b = projectFigures(resumed, planned);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i)
        expectSameBits(a[i], b[i]);
}

TEST(FigureCheckpoint, MonthStartsTheHistoryHoldsTheDayBeforeOf)
{
    // 14 March 2019 to 13 June 2019: April, May and June start inside.
    const std::vector<DayFigures> whole = dailyFigures(kFirst, history(92));
    const std::vector<FigureCheckpoint> all =
        monthlyCheckpoints(whole, QDate(2019, 1, 1), QDate(2019, 12, 31));
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].day, QDate(2019, 4, 1));
    EXPECT_EQ(all[1].day, QDate(2019, 5, 1));
    EXPECT_EQ(all[2].day, QDate(2019, 6, 1));
    EXPECT_EQ(all[1], checkpointAfter(whole[size_t(kFirst.daysTo(QDate(2019, 4, 30)))]));
    // Bounds are inclusive; a month start on the first day has no day before it here.
    const std::vector<FigureCheckpoint> some =
        monthlyCheckpoints(whole, QDate(2019, 4, 2), QDate(2019, 5, 1));
    ASSERT_EQ(some.size(), 1u);
    EXPECT_EQ(some[0].day, QDate(2019, 5, 1));
    EXPECT_TRUE(monthlyCheckpoints(dailyFigures(QDate(2019, 4, 1), history(10)), QDate(2019, 4, 1),
                                   QDate(2019, 4, 30))
                    .empty());
    EXPECT_TRUE(monthlyCheckpoints(whole, QDate(2019, 5, 2), QDate(2019, 5, 1)).empty());
    EXPECT_TRUE(monthlyCheckpoints({}, QDate(2019, 1, 1), QDate(2019, 12, 31)).empty());
}

} // namespace paceline
