// The fatigue signals on constructed logs: each one just above and just below its
// threshold (docs/planner.md, "Fatigue").

#include "core/advice/FatigueAdvisor.h"

#include <gtest/gtest.h>

#include <cmath>

namespace paceline {
namespace {

const QDate kToday(2026, 11, 27);

std::vector<FatigueSignal> signalsWithId(const FatigueInput& input, const char* id)
{
    std::vector<FatigueSignal> found;
    for (FatigueSignal& signal : fatigueSignals(input)) {
        if (signal.id == QLatin1String(id))
            found.push_back(std::move(signal));
    }
    return found;
}

/// 21 days at `before`, then 7 days at `lastWeek` (28 days, oldest first).
std::vector<double> steadyThenWeek(double before, double lastWeek)
{
    std::vector<double> loads(21, before);
    loads.insert(loads.end(), 7, lastWeek);
    return loads;
}

/// The same week four times, so the acute:chronic ratio is exactly 1.
std::vector<double> fourTimes(const std::vector<double>& week)
{
    std::vector<double> loads;
    for (int i = 0; i < 4; ++i)
        loads.insert(loads.end(), week.begin(), week.end());
    return loads;
}

FatigueInput withLoads(std::vector<double> loads)
{
    return FatigueInput{kToday, std::move(loads), {}};
}

// --- Acute:chronic load (Gabbett 2016, BJSM 50:273: above 1.5 is the danger zone) ----

TEST(AcuteChronicSignal, FiresJustAboveOnePointFive)
{
    // acute = 7 x 73 = 511; chronic = (21 x 40 + 511) / 4 = 1351 / 4 = 337.75;
    // 511 / 337.75 = 1.5130.
    const auto found = signalsWithId(withLoads(steadyThenWeek(40, 73)), "fatigue.acwr");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NEAR(found[0].value, 1.5130, 0.0005);
    EXPECT_DOUBLE_EQ(found[0].threshold, 1.5);
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral("Acute:chronic load 1.51, above 1.5")))
        << found[0].message.toStdString();
}

TEST(AcuteChronicSignal, QuietJustBelowAndAtOnePointFive)
{
    // acute = 7 x 71 = 497; chronic = (840 + 497) / 4 = 334.25; ratio 1.4869.
    EXPECT_TRUE(signalsWithId(withLoads(steadyThenWeek(40, 71)), "fatigue.acwr").empty());
    // acute = 7 x 72 = 504; chronic = (840 + 504) / 4 = 336; ratio exactly 1.5, which is
    // not above it.
    EXPECT_TRUE(signalsWithId(withLoads(steadyThenWeek(40, 72)), "fatigue.acwr").empty());
}

TEST(AcuteChronicSignal, NeedsFourWeeksOfLog)
{
    // The same jump as above (ratio 1.6 with 28 days: 560 / 350) with a day missing.
    std::vector<double> loads = steadyThenWeek(40, 80);
    loads.erase(loads.begin());
    EXPECT_TRUE(signalsWithId(withLoads(loads), "fatigue.acwr").empty());
}

// --- Monotony (Foster 1998, MSSE 30:1164: above 2.0 goes with illness) ---------------

TEST(MonotonySignal, FiresJustAboveTwo)
{
    // Mean 310 / 7 = 44.29; squared deviations 4 x 15.71^2 + 2 x 9.29^2 + 44.29^2 =
    // 3121.4; standard deviation over the week (the whole population, as Foster
    // divides by 7) sqrt(3121.4 / 7) = 21.12; monotony 44.29 / 21.12 = 2.097. Four
    // identical weeks keep the acute:chronic ratio at 1.
    const auto input = withLoads(fourTimes({60, 60, 35, 60, 60, 35, 0}));
    const auto found = signalsWithId(input, "fatigue.monotony");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NEAR(found[0].value, 2.097, 0.0005);
    EXPECT_DOUBLE_EQ(found[0].threshold, 2.0);
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral("Training monotony 2.10")))
        << found[0].message.toStdString();
    EXPECT_TRUE(signalsWithId(input, "fatigue.acwr").empty());
}

TEST(MonotonySignal, QuietJustBelowTwo)
{
    // Mean 300 / 7 = 42.86; squared deviations 4 x 17.14^2 + 2 x 12.86^2 + 42.86^2 =
    // 3342.9; deviation sqrt(3342.9 / 7) = 21.85; monotony 42.86 / 21.85 = 1.961.
    EXPECT_TRUE(signalsWithId(withLoads(fourTimes({60, 60, 30, 60, 60, 30, 0})), "fatigue.monotony")
                    .empty());
}

TEST(MonotonySignal, AWeekOfIdenticalDaysHasNoMonotonyFigure)
{
    // Foster's ratio divides by the deviation, 0 here: no figure, no signal.
    EXPECT_TRUE(signalsWithId(withLoads(std::vector<double>(28, 50)), "fatigue.monotony").empty());
}

TEST(MonotonySignal, NothingFromAnEmptyOrUnreadableLog)
{
    EXPECT_TRUE(fatigueSignals(withLoads({})).empty());
    EXPECT_TRUE(
        fatigueSignals(FatigueInput{QDate(), fourTimes({60, 60, 60, 60, 60, 60, 0}), {}}).empty());
    EXPECT_NO_THROW(fatigueSignals(withLoads({std::nan(""), -5.0, 1e308, 1e308})));
}

// --- RPE rising at the same pace ----------------------------------------------------

Rep workRep(double metres, double seconds, std::optional<double> rpe)
{
    Rep rep;
    rep.kind = RepKind::Work;
    rep.distance = Distance{metres};
    rep.time = Duration{seconds};
    rep.rpe = rpe;
    return rep;
}

LoggedSession session(int daysAgo, std::vector<Rep> reps, Sport sport = Sport::Run)
{
    LoggedSession logged;
    logged.start = QDateTime(kToday.addDays(-daysAgo), QTime(7, 0), Qt::UTC);
    logged.sport = sport;
    logged.duration = Duration::fromMinutes(60);
    logged.reps = std::move(reps);
    return logged;
}

/// `count` reps of 1 km in `seconds` at `rpe`.
std::vector<Rep> kmReps(int count, double seconds, double rpe)
{
    return std::vector<Rep>(size_t(count), workRep(1000, seconds, rpe));
}

/// Two baseline sessions of 4 x 1 km in 4:00 at RPE 6 (20 and 13 days ago), then one
/// session 2 days ago.
FatigueInput rpeLog(LoggedSession recent)
{
    FatigueInput input{kToday, {}, {}};
    input.recentSessions.push_back(session(20, kmReps(4, 240, 6)));
    input.recentSessions.push_back(session(13, kmReps(4, 240, 6)));
    input.recentSessions.push_back(std::move(recent));
    return input;
}

TEST(RpeRisingSignal, FiresAtOnePointHarderAtTheSamePace)
{
    // 4 reps in 4:02/km (242 s is within 3 % of 240 s: 2 <= 7.26) at RPE 7 against the
    // baseline's 6: a rise of 7 - 6 = 1.0 over 4 matched reps.
    const auto found = signalsWithId(rpeLog(session(2, kmReps(4, 242, 7))), "fatigue.rpe-rising");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_DOUBLE_EQ(found[0].value, 1.0);
    EXPECT_DOUBLE_EQ(found[0].threshold, 1.0);
    EXPECT_TRUE(found[0].message.contains(QStringLiteral("4 reps")))
        << found[0].message.toStdString();
}

TEST(RpeRisingSignal, QuietAtHalfAPoint)
{
    // 6.5 - 6 = 0.5, under the 1 point needed.
    EXPECT_TRUE(
        signalsWithId(rpeLog(session(2, kmReps(4, 242, 6.5))), "fatigue.rpe-rising").empty());
}

TEST(RpeRisingSignal, NeedsThreeMatchedReps)
{
    // Two reps much harder (RPE 9) are not enough pairs to call it a trend.
    EXPECT_TRUE(signalsWithId(rpeLog(session(2, kmReps(2, 240, 9))), "fatigue.rpe-rising").empty());
}

TEST(RpeRisingSignal, OnlyRepsAtTheSamePaceCount)
{
    // 247 s is 7 s from 240 s, within 3 % of 240 (7.2 s): the same pace.
    EXPECT_EQ(signalsWithId(rpeLog(session(2, kmReps(3, 247, 8))), "fatigue.rpe-rising").size(),
              1u);
    // 248 s is 8 s away, beyond 3 % of 240: faster reps felt harder because they were
    // faster, which says nothing about fatigue.
    EXPECT_TRUE(signalsWithId(rpeLog(session(2, kmReps(3, 248, 8))), "fatigue.rpe-rising").empty());
    EXPECT_TRUE(signalsWithId(rpeLog(session(2, kmReps(4, 225, 9))), "fatigue.rpe-rising").empty());
}

TEST(RpeRisingSignal, WindowsAreTheLastSevenDaysAgainstTheTwentyOneBefore)
{
    // 6 days ago is this week: it fires.
    EXPECT_EQ(signalsWithId(rpeLog(session(6, kmReps(4, 240, 7))), "fatigue.rpe-rising").size(),
              1u);
    // 7 days ago is already the baseline: both weeks are compared with nothing recent.
    EXPECT_TRUE(signalsWithId(rpeLog(session(7, kmReps(4, 240, 7))), "fatigue.rpe-rising").empty());
}

TEST(RpeRisingSignal, IgnoresRidesRecoveriesAndUnratedReps)
{
    EXPECT_TRUE(
        signalsWithId(rpeLog(session(2, kmReps(4, 240, 8), Sport::Bike)), "fatigue.rpe-rising")
            .empty());
    std::vector<Rep> recoveries = kmReps(4, 240, 8);
    for (Rep& rep : recoveries)
        rep.kind = RepKind::Recovery;
    EXPECT_TRUE(signalsWithId(rpeLog(session(2, recoveries)), "fatigue.rpe-rising").empty());
    std::vector<Rep> odd = {workRep(1000, 240, std::nullopt), workRep(0, 240, 9),
                            workRep(1000, 0, 9), workRep(1000, 240, std::nan(""))};
    EXPECT_TRUE(signalsWithId(rpeLog(session(2, odd)), "fatigue.rpe-rising").empty());
}

// --- Wellness (McLean et al. 2010 scale: 1 poor to 5 very good, 3 normal) ------------

LoggedSession rated(int daysAgo, Wellness wellness)
{
    LoggedSession logged = session(daysAgo, {});
    logged.wellness = wellness;
    return logged;
}

Wellness scores(int sleep, int soreness, int energy, int mood)
{
    return Wellness{sleep, soreness, energy, mood, std::nullopt, std::nullopt};
}

FatigueInput wellnessLog(const std::vector<Wellness>& latestLast)
{
    FatigueInput input{kToday, {}, {}};
    int daysAgo = int(latestLast.size());
    for (const Wellness& wellness : latestLast)
        input.recentSessions.push_back(rated(daysAgo--, wellness));
    return input;
}

TEST(WellnessSignal, FiresAtTwoAndAHalfOnAverage)
{
    // Each session (2 + 3 + 2 + 3) / 4 = 2.5; the mean over four sessions is 2.5.
    const auto found = signalsWithId(wellnessLog(std::vector<Wellness>(4, scores(3, 2, 2, 3))),
                                     "fatigue.wellness");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_DOUBLE_EQ(found[0].value, 2.5);
    EXPECT_DOUBLE_EQ(found[0].threshold, 2.5);
}

TEST(WellnessSignal, QuietJustAbove)
{
    // Sessions at (3 + 3 + 2 + 3) / 4 = 2.75 and sleep normal.
    EXPECT_TRUE(
        signalsWithId(wellnessLog(std::vector<Wellness>(4, scores(3, 3, 2, 3))), "fatigue.wellness")
            .empty());
}

TEST(WellnessSignal, PoorSleepOnThreeOfTheLastFour)
{
    // Means (2 + 4 + 4 + 4) / 4 = 3.5 are fine, but sleep is 2 three times.
    const auto found = signalsWithId(wellnessLog({scores(2, 4, 4, 4), scores(4, 4, 4, 4),
                                                  scores(2, 4, 4, 4), scores(2, 4, 4, 4)}),
                                     "fatigue.wellness");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_DOUBLE_EQ(found[0].value, 3.0);
    EXPECT_TRUE(found[0].message.startsWith(QStringLiteral("Poor sleep")));
    // Twice is not yet a pattern.
    EXPECT_TRUE(signalsWithId(wellnessLog({scores(2, 4, 4, 4), scores(4, 4, 4, 4),
                                           scores(3, 4, 4, 4), scores(2, 4, 4, 4)}),
                              "fatigue.wellness")
                    .empty());
}

TEST(WellnessSignal, OnlyTheLastFourRatedSessionsCount)
{
    // Four poor sessions, then four good ones (with an unrated one among them): the
    // athlete has recovered.
    std::vector<Wellness> log(4, scores(1, 1, 1, 1));
    log.insert(log.end(), {scores(4, 4, 4, 4), scores(4, 4, 4, 4), Wellness{}, scores(4, 4, 4, 4),
                           scores(4, 4, 4, 4)});
    EXPECT_TRUE(signalsWithId(wellnessLog(log), "fatigue.wellness").empty());
}

TEST(WellnessSignal, NeedsThreeRatedSessions)
{
    EXPECT_TRUE(signalsWithId(wellnessLog({scores(1, 1, 1, 1), Wellness{}, scores(1, 1, 1, 1)}),
                              "fatigue.wellness")
                    .empty());
}

TEST(WellnessSignal, SessionsAfterTodayAreIgnored)
{
    FatigueInput input = wellnessLog(std::vector<Wellness>(2, scores(1, 1, 1, 1)));
    input.recentSessions.push_back(rated(-1, scores(1, 1, 1, 1)));
    EXPECT_TRUE(signalsWithId(input, "fatigue.wellness").empty());
}

} // namespace
} // namespace paceline
