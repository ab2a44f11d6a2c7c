// The session estimate: unrolling and hand-computed times, distances and load.
//
// Published paces are from Daniels' Running Formula, 3rd ed., table 5.2 (see
// tests/core/TrainingPacesTest.cpp for the transcription): at VDOT 50, I is 93 s per
// 400 m, T 4:15/km, E 4:56-5:34/km, R 87 s per 400 m (65 s per 300 m). Our paces
// reproduce the table within 3 s/km (docs/formulas.md), so rep times are checked to
// within a second per 400 m.

#include "SessionBuilders.h"
#include "core/science/SessionEstimate.h"
#include "core/science/Vdot.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;
using namespace paceline::test;

namespace {

EstimateContext atVdot(double vdot)
{
    EstimateContext context;
    context.paces = trainingPaces(vdot);
    return context;
}

constexpr double kTable52Interval400AtVdot50 = 93.0;
constexpr double kTable52Repetition300AtVdot50 = 65.0;
constexpr double kTable52EasySlowPerKmAtVdot50 = 334.0;  // 5:34
constexpr double kTable52ThresholdPerKmAtVdot45 = 278.0; // 4:38

} // namespace

TEST(SessionEstimate, EightTimesFourHundredAtIWithJogsBetween)
{
    const StepTree steps{
        repeat(8, {node(work(metres(400), PaceZone::Interval))}, jog(seconds(90)))};
    const SessionEstimate estimate = estimateSession(steps, atVdot(50));

    // 8 reps and 7 recoveries: none after the last set.
    ASSERT_EQ(estimate.segments.size(), 15u);
    for (int rep = 0; rep < 8; ++rep) {
        const Segment& segment = estimate.segments[size_t(2 * rep)];
        EXPECT_EQ(segment.path, (StepPath{0, 0}));
        EXPECT_EQ(segment.occurrence, rep);
        EXPECT_EQ(segment.zone, PaceZone::Interval);
        EXPECT_NEAR(segment.duration.seconds, kTable52Interval400AtVdot50, 1.0);
        EXPECT_DOUBLE_EQ(segment.distance->metres, 400.0);
        EXPECT_TRUE(segment.estimated);
        EXPECT_FALSE(segment.recovery);
    }
    for (int gap = 0; gap < 7; ++gap) {
        const Segment& segment = estimate.segments[size_t(2 * gap + 1)];
        EXPECT_EQ(segment.path, (StepPath{0, kBetweenSets}));
        EXPECT_EQ(segment.occurrence, gap);
        EXPECT_TRUE(segment.recovery);
        EXPECT_DOUBLE_EQ(segment.duration.seconds, 90.0);
        // Jogged at the slow end of E: 90 s at 5:34/km is 269 m.
        EXPECT_NEAR(segment.distance->metres, 90.0 / kTable52EasySlowPerKmAtVdot50 * 1000.0, 2.0);
    }

    EXPECT_NEAR(estimate.duration.seconds, 8 * kTable52Interval400AtVdot50 + 7 * 90.0, 8.0);
    EXPECT_NEAR(estimate.timeIn(PaceZone::Interval).seconds, 8 * kTable52Interval400AtVdot50, 8.0);
    EXPECT_DOUBLE_EQ(estimate.timeIn(PaceZone::Easy).seconds, 7 * 90.0);
    EXPECT_NEAR(estimate.distance.metres, 3200.0 + 7 * 270.5, 10.0);
    // sRPE: I reps at 8 for 8 x 1.55 min, jogs at 2 for 7 x 1.5 min (22.9 min in
    // all): mean exertion (99.2 + 21) / 22.9 = 5.25, peak 8, so the predicted session
    // RPE is 0.6 x 8 + 0.4 x 5.25 = 6.9 and the load 6.9 x 22.9 = 158.
    const double minutes = (8 * kTable52Interval400AtVdot50 + 7 * 90.0) / 60.0;
    const double mean = (8.0 * 8 * kTable52Interval400AtVdot50 / 60.0 + 2.0 * 7 * 1.5) / minutes;
    EXPECT_NEAR(estimate.plannedLoad, (0.6 * 8.0 + 0.4 * mean) * minutes, 2.0);
}

TEST(SessionEstimate, RecoveryInsideTheGroupFollowsEveryRepIncludingTheLast)
{
    const StepTree steps{
        repeat(3, {node(work(metres(1000), PaceZone::Interval)), node(jog(minutes(3)))})};
    const SessionEstimate estimate = estimateSession(steps, atVdot(50));
    ASSERT_EQ(estimate.segments.size(), 6u);
    EXPECT_EQ(estimate.segments.back().path, (StepPath{0, 1}));
    EXPECT_EQ(estimate.segments.back().occurrence, 2);
}

TEST(SessionEstimate, NestedGroupsUnrollWithOccurrencesAndRecoveryBetweenSets)
{
    // 2 x (3 x (300 m @R, 300 m jog)) with 4 min walking between the two sets.
    const StepTree steps{repeat(
        2, {repeat(3, {node(work(metres(300), PaceZone::Repetition)), node(jog(metres(300)))})},
        walk(minutes(4)))};
    const SessionEstimate estimate = estimateSession(steps, atVdot(50));

    ASSERT_EQ(estimate.segments.size(), 13u); // 2 x 3 x 2 + 1 walk
    int reps = 0;
    for (const Segment& segment : estimate.segments) {
        if (segment.path == StepPath{0, 0, 0}) {
            EXPECT_EQ(segment.occurrence, reps++);
            EXPECT_NEAR(segment.duration.seconds, kTable52Repetition300AtVdot50, 1.5);
        }
    }
    EXPECT_EQ(reps, 6);
    const Segment& walkSegment = estimate.segments[6];
    EXPECT_EQ(walkSegment.path, (StepPath{0, kBetweenSets}));
    EXPECT_EQ(walkSegment.occurrence, 0);
    EXPECT_NEAR(walkSegment.distance->metres, 240.0 * 1.4, 1e-9); // walking at 1.4 m/s
    EXPECT_EQ(estimate.segments[7].path, (StepPath{0, 0, 0}));
    EXPECT_EQ(estimate.segments[7].occurrence, 3);
    EXPECT_NEAR(estimate.timeIn(PaceZone::Repetition).seconds, 6 * kTable52Repetition300AtVdot50,
                9.0);
}

TEST(SessionEstimate, TimeTargetsGetDistancesFromThePaces)
{
    // 20 min at T for VDOT 50: 4:15/km gives 4.71 km.
    const SessionEstimate estimate =
        estimateSession({node(work(minutes(20), PaceZone::Threshold))}, atVdot(50));
    ASSERT_TRUE(estimate.segments.front().distance);
    EXPECT_NEAR(estimate.distance.metres, 1200.0 / 255.0 * 1000.0, 10.0);
    EXPECT_NEAR(estimate.plannedLoad, 6.5 * 20, 1e-9);
}

TEST(SessionEstimate, WithoutPacesARunnerOfVdot45IsAssumed)
{
    const SessionEstimate estimate =
        estimateSession({node(work(metres(1000), PaceZone::Threshold))}, EstimateContext{});
    EXPECT_EQ(kDefaultEstimateVdot, 45.0);
    EXPECT_NEAR(estimate.duration.seconds, kTable52ThresholdPerKmAtVdot45, 1.0);
}

TEST(SessionEstimate, IntensityIsSpeedOverVdotSpeed)
{
    const StepTree steps{node(work(metres(1000), PaceZone::Interval)),
                         node(work(metres(1000), PaceZone::Repetition)), node(easy(metres(1000))),
                         node(stand(minutes(1)))};
    const SessionEstimate estimate = estimateSession(steps, atVdot(50));
    const Speed vdotSpeed = speedForOxygenCost(50.0);
    const TrainingPaces paces = trainingPaces(50.0);
    EXPECT_NEAR(estimate.segments[0].intensity,
                paces.interval.metresPerSecond / vdotSpeed.metresPerSecond, 1e-12);
    EXPECT_NEAR(estimate.segments[0].intensity, 0.98, 0.01);
    EXPECT_NEAR(estimate.segments[1].intensity, 1.05, 0.01);
    EXPECT_NEAR(estimate.segments[2].intensity, 0.73, 0.02);
    EXPECT_EQ(estimate.segments[3].intensity, 0.0);
    EXPECT_EQ(estimate.segments[3].distance->metres, 0.0);
}

TEST(SessionEstimate, RotationZonesFollowTheTargetRace)
{
    EstimateContext context = atVdot(50);
    context.targetRace = Distance{10000.0};
    const StepTree steps{node(work(minutes(6), PaceZone::RotationRace)),
                         node(work(minutes(1), PaceZone::RotationSurge)),
                         node(easy(minutes(2), PaceZone::RotationEasy))};
    const SessionEstimate estimate = estimateSession(steps, context);
    // Race: the 10K equivalent (table 5.1, VDOT 50: 41:21).
    const Duration race = equivalentRaceTime(50.0, Distance{10000.0});
    EXPECT_NEAR(race.seconds, 41 * 60 + 21, 3.0);
    EXPECT_NEAR(estimate.segments[0].distance->metres, 360.0 / race.seconds * 10000.0, 1e-6);
    // Surge: I pace, which is faster than 3 % over 10K pace.
    EXPECT_NEAR(estimate.segments[1].speed.metresPerSecond,
                trainingPaces(50).interval.metresPerSecond, 1e-9);
    // Easy: the slow end of E, counted as recovery.
    EXPECT_NEAR(estimate.segments[2].speed.metresPerSecond,
                trainingPaces(50).easy.slowest.metresPerSecond, 1e-9);
    EXPECT_TRUE(estimate.segments[2].recovery);
    EXPECT_EQ(estimate.timeIn(PaceZone::RotationRace).seconds, 360.0);

    // For a 5K the surge is 3 % faster than race pace, which beats I pace.
    context.targetRace = Distance{5000.0};
    const Speed fiveK = Distance{5000.0} / equivalentRaceTime(50.0, Distance{5000.0});
    EXPECT_NEAR(estimateSession(steps, context).segments[1].speed.metresPerSecond,
                1.03 * fiveK.metresPerSecond, 1e-9);
}

TEST(SessionEstimate, PaceRangesUseTheirMiddleSpeed)
{
    const Speed slow = Speed::fromSecondsPerKilometre(240);
    const Speed fast = Speed::fromSecondsPerKilometre(230);
    const SessionEstimate estimate =
        estimateSession({node(work(metres(400), PaceRange{slow, fast}))}, atVdot(50));
    const double mid = (slow.metresPerSecond + fast.metresPerSecond) / 2;
    EXPECT_NEAR(estimate.duration.seconds, 400.0 / mid, 1e-9);
    EXPECT_EQ(estimate.segments.front().zone, PaceZone::Interval);
}

TEST(SessionEstimate, HeartRateMapsThroughTheReserve)
{
    // 155-165 bpm with max 190 and rest 50: 78.6 % of the reserve, so VO2 is
    // 3.5 + 0.786 x (50 - 3.5) = 40.0 ml/kg/min: 217.8 m/min, about M pace.
    EstimateContext context = atVdot(50);
    context.maxHeartRate = 190;
    context.restingHeartRate = 50;
    const SessionEstimate estimate =
        estimateSession({node(work(minutes(10), HeartRateRange{155, 165}))}, context);
    EXPECT_NEAR(estimate.segments.front().speed.metresPerSecond, 217.8 / 60.0, 0.01);
    EXPECT_EQ(estimate.segments.front().zone, PaceZone::Marathon);
}

TEST(SessionEstimate, RpeMapsToZones)
{
    const TrainingPaces paces = trainingPaces(50);
    const SessionEstimate estimate = estimateSession(
        {node(work(minutes(10), RpeTarget{6.5})), node(work(minutes(10), RpeTarget{3.0}))},
        atVdot(50));
    EXPECT_NEAR(estimate.segments[0].speed.metresPerSecond, paces.threshold.metresPerSecond, 1e-9);
    EXPECT_EQ(estimate.segments[0].zone, PaceZone::Threshold);
    EXPECT_EQ(estimate.segments[1].zone, PaceZone::Easy);
    // 20 min, mean exertion 4.75, peak 6.5: (0.6 x 6.5 + 0.4 x 4.75) x 20 = 116.
    EXPECT_NEAR(estimate.plannedLoad, (0.6 * 6.5 + 0.4 * 4.75) * 20, 1e-9);
}

TEST(SessionEstimate, KindsWithoutIntensity)
{
    const TrainingPaces paces = trainingPaces(50);
    const StepTree steps{node(step(StepKind::WarmUp, minutes(10))), node(strides(metres(100))),
                         node(walk(minutes(2))), node(stand(minutes(2))),
                         node(step(StepKind::Work, Target{}, PaceZone::Threshold))};
    const SessionEstimate estimate = estimateSession(steps, atVdot(50));
    // A warm-up with no intensity is E (the middle of the range).
    EXPECT_EQ(estimate.segments[0].zone, PaceZone::Easy);
    // Strides at about R pace.
    EXPECT_NEAR(estimate.segments[1].duration.seconds, 100.0 / paces.repetition.metresPerSecond,
                1e-9);
    EXPECT_NEAR(estimate.segments[2].distance->metres, 168.0, 1e-9);
    EXPECT_EQ(estimate.segments[3].distance->metres, 0.0);
    EXPECT_EQ(estimate.segments[3].rpe, 0.0);
    // An open target counts nothing.
    EXPECT_EQ(estimate.segments[4].duration.seconds, 0.0);
    EXPECT_FALSE(estimate.segments[4].distance);
    EXPECT_FALSE(estimate.segments[4].estimated);
}

TEST(SessionEstimate, BikeLegsHaveATimeButNoDistance)
{
    Step bike = work(minutes(60), RpeTarget{5.0});
    bike.sport = Sport::Bike;
    Step run = work(minutes(20), PaceZone::Marathon);
    run.sport = Sport::Run;
    EstimateContext context = atVdot(50);
    context.sport = Sport::Brick;
    const SessionEstimate estimate = estimateSession({node(bike), node(run)}, context);
    EXPECT_EQ(estimate.segments[0].sport, Sport::Bike);
    EXPECT_FALSE(estimate.segments[0].distance);
    EXPECT_EQ(estimate.segments[0].duration.seconds, 3600.0);
    EXPECT_NEAR(estimate.plannedLoad, 5.0 * 60 + 5.0 * 20, 1e-9);
    EXPECT_NEAR(estimate.distance.metres, 1200.0 * trainingPaces(50).marathon.metresPerSecond,
                1e-6);
}

TEST(SessionEstimate, HugeRepeatsGiveTotalsWithoutListingSegments)
{
    // 100x(100x(100x(100x400m @I))) reads as notation: 100 million reps. Unrolled, its
    // segments would take gigabytes; the estimate gives the totals and lists nothing.
    StepTree steps{node(work(metres(400), PaceZone::Interval))};
    for (int level = 0; level < 4; ++level)
        steps = {repeat(100, std::move(steps), jog(seconds(60)))};
    const SessionEstimate estimate = estimateSession(steps, atVdot(50));
    EXPECT_FALSE(estimate.unrolled);
    EXPECT_TRUE(estimate.segments.empty());
    const SessionEstimate one = estimateSession(
        {node(work(metres(400), PaceZone::Interval)), node(jog(seconds(60)))}, atVdot(50));
    const double reps = 1e8;
    // Jogs between sets: 99 in each of the 1 + 100 + 100^2 + 100^3 groups run.
    const double jogs = 99.0 * (1 + 100 + 1e4 + 1e6);
    const double repSeconds = one.segments[0].duration.seconds;
    EXPECT_NEAR(estimate.duration.seconds, reps * repSeconds + jogs * 60.0, 1e-6 * 1e10);
    EXPECT_NEAR(estimate.timeIn(PaceZone::Interval).seconds, reps * repSeconds, 1.0);
    EXPECT_NEAR(estimate.distance.metres, reps * 400.0 + jogs * one.segments[1].distance->metres,
                1e-9 * 4e10);
    const double minutes = (reps * repSeconds + jogs * 60.0) / 60.0;
    const double mean = (reps * 8.0 * repSeconds / 60.0 + jogs * 2.0) / minutes;
    EXPECT_NEAR(estimate.plannedLoad, (0.6 * 8.0 + 0.4 * mean) * minutes, 1e-6 * 1e11);
}

TEST(SessionEstimate, UpToTheLimitEverySegmentIsListed)
{
    // 100 x 100 steps: exactly kMaxEstimateSegments, all listed; one more is not.
    const StepTree limit{repeat(
        100, {repeat(50, {node(work(metres(400), PaceZone::Interval)), node(jog(seconds(60)))})})};
    const SessionEstimate listed = estimateSession(limit, atVdot(50));
    EXPECT_TRUE(listed.unrolled);
    ASSERT_EQ(listed.segments.size(), kMaxEstimateSegments);
    EXPECT_EQ(listed.segments.back().occurrence, 4999);
    StepTree over = limit;
    over.push_back(node(coolDown(minutes(10))));
    const SessionEstimate totals = estimateSession(over, atVdot(50));
    EXPECT_FALSE(totals.unrolled);
    EXPECT_NEAR(totals.duration.seconds, listed.duration.seconds + 600.0, 1e-6);
}

TEST(SessionEstimate, PacesWithoutAVdotBehindThemAreNotUsed)
{
    // Hand-made paces whose T is a walk (0.5 m/s) give no VDOT: intensities would be
    // divided by a VDOT speed of zero. The default runner is used instead.
    EstimateContext context;
    TrainingPaces walking = trainingPaces(50);
    walking.threshold = Speed{0.5};
    context.paces = walking;
    const SessionEstimate estimate =
        estimateSession({node(work(metres(1000), PaceZone::Threshold))}, context);
    EXPECT_TRUE(std::isfinite(estimate.segments[0].intensity));
    EXPECT_NEAR(estimate.duration.seconds, kTable52ThresholdPerKmAtVdot45, 1.0);
}
