#include "core/science/Stability.h"

#include "core/science/Vdot.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;

// Each figure is defined in docs/logging.md ("Pace-stability figures"); the expected
// values below are worked by hand from those definitions, the arithmetic beside them.

namespace {

/// A 1 km work rep, so its time in seconds is its pace in seconds per km.
Rep kilometre(double seconds, std::optional<double> rpe = std::nullopt)
{
    Rep rep;
    rep.distance = Distance{1000.0};
    rep.time = Duration{seconds};
    rep.rpe = rpe;
    return rep;
}

Rep fourHundred(double seconds)
{
    Rep rep;
    rep.distance = Distance{400.0};
    rep.time = Duration{seconds};
    return rep;
}

Rep recovery(double seconds)
{
    Rep rep = fourHundred(seconds);
    rep.kind = RepKind::Recovery;
    return rep;
}

PaceRange bandSecondsPerKm(double slowest, double fastest)
{
    return {Speed::fromSecondsPerKilometre(slowest), Speed::fromSecondsPerKilometre(fastest)};
}

Step stepWith(qint64 id, StepKind kind, Intensity intensity)
{
    Step step;
    step.id = StepId{id};
    step.kind = kind;
    step.target = Distance{400.0};
    step.intensity = intensity;
    return step;
}

Rep linkedTo(Rep rep, qint64 stepId)
{
    rep.plannedStepId = StepId{stepId};
    return rep;
}

} // namespace

TEST(PaceStability, FourRepsGettingSlower)
{
    // 400 m in 90, 92, 94, 96 s: paces 225, 230, 235, 240 s/km (time / 0.4 km).
    const std::vector<Rep> reps{fourHundred(90), recovery(120), fourHundred(92),
                                fourHundred(94), recovery(120), fourHundred(96)};
    const PaceStability figures = computeStability(reps, {});
    EXPECT_EQ(figures.workReps, 4); // recoveries are not counted
    // Mean 232.5; deviations -7.5, -2.5, 2.5, 7.5; squares 56.25 + 6.25 + 6.25 + 56.25
    // = 125; sample variance 125 / (4 - 1) = 41.667; s = 6.4550; CV = s / mean x 100
    // = 2.7763 % (the coefficient of variation: standard deviation over mean).
    ASSERT_TRUE(figures.paceCvPercent);
    EXPECT_NEAR(*figures.paceCvPercent, std::sqrt(125.0 / 3.0) / 232.5 * 100.0, 1e-9);
    EXPECT_NEAR(*figures.paceCvPercent, 2.7763, 1e-4);
    // A third of 4 reps is 1: last 240 vs first 225, (240 - 225) / 225 x 100 = 6.667 %.
    ASSERT_TRUE(figures.fadePercent);
    EXPECT_NEAR(*figures.fadePercent, 15.0 / 225.0 * 100.0, 1e-9);
    // Slowest minus fastest: 240 - 225 = 15 s/km.
    ASSERT_TRUE(figures.spreadPerKm);
    EXPECT_NEAR(figures.spreadPerKm->seconds, 15.0, 1e-9);
    EXPECT_EQ(figures.repsWithTarget, 0);
    EXPECT_FALSE(figures.rpeDrift); // no RPE given
}

TEST(PaceStability, FadeComparesWholeThirds)
{
    // 7 reps: a third is floor(7 / 3) = 2 reps. First two 200, 202: mean 201; last two
    // 206, 208: mean 207; fade (207 - 201) / 201 x 100 = 2.9851 %. The middle three
    // (201, 205, 203) do not count.
    std::vector<Rep> reps;
    for (double seconds : {200.0, 202.0, 201.0, 205.0, 203.0, 206.0, 208.0})
        reps.push_back(kilometre(seconds));
    const PaceStability figures = computeStability(reps, {});
    ASSERT_TRUE(figures.fadePercent);
    EXPECT_NEAR(*figures.fadePercent, 6.0 / 201.0 * 100.0, 1e-9);
    EXPECT_NEAR(*figures.fadePercent, 2.9851, 1e-4);
}

TEST(PaceStability, AFasterFinishIsANegativeFade)
{
    // 210, 205, 200: (200 - 210) / 210 x 100 = -4.7619 %.
    const PaceStability figures =
        computeStability({kilometre(210), kilometre(205), kilometre(200)}, {});
    ASSERT_TRUE(figures.fadePercent);
    EXPECT_NEAR(*figures.fadePercent, -10.0 / 210.0 * 100.0, 1e-9);
}

TEST(PaceStability, TooFewRepsLeaveFiguresOut)
{
    Rep noDistance = kilometre(200);
    noDistance.distance.reset();
    Rep noTime = kilometre(0);
    // One rep with distance and time: nothing to compare it with.
    PaceStability figures = computeStability({kilometre(200), noDistance, noTime}, {});
    EXPECT_EQ(figures.workReps, 1);
    EXPECT_FALSE(figures.paceCvPercent);
    EXPECT_FALSE(figures.fadePercent);
    EXPECT_FALSE(figures.spreadPerKm);
    EXPECT_FALSE(figures.rpeDrift);
    // Two reps: CV and spread, but no thirds to compare.
    figures = computeStability({kilometre(200), kilometre(210)}, {});
    EXPECT_TRUE(figures.paceCvPercent);
    EXPECT_TRUE(figures.spreadPerKm);
    EXPECT_FALSE(figures.fadePercent);
    EXPECT_EQ(computeStability({}, {}), PaceStability{});
}

TEST(PaceStability, IdenticalRepsAreSteady)
{
    const PaceStability figures =
        computeStability({kilometre(200, 6), kilometre(200, 6), kilometre(200, 6)}, {});
    ASSERT_TRUE(figures.paceCvPercent && figures.fadePercent && figures.spreadPerKm &&
                figures.rpeDrift);
    EXPECT_DOUBLE_EQ(*figures.paceCvPercent, 0.0);
    EXPECT_DOUBLE_EQ(*figures.fadePercent, 0.0);
    EXPECT_DOUBLE_EQ(figures.spreadPerKm->seconds, 0.0);
    EXPECT_DOUBLE_EQ(*figures.rpeDrift, 0.0);
}

TEST(PaceStability, RepsWithinTheirBandIncludingItsEdges)
{
    // Band 225-240 s/km. Paces: 225 (the fast edge: in), 230 (in), 241 (out), and
    // 250 with no band (not counted either way).
    const PaceRange band = bandSecondsPerKm(240.0, 225.0);
    const std::vector<Rep> reps{fourHundred(90), fourHundred(92), fourHundred(96.4),
                                fourHundred(100)};
    const PaceStability figures = computeStability(reps, {band, band, band, std::nullopt});
    EXPECT_EQ(figures.repsWithTarget, 3);
    EXPECT_EQ(figures.repsWithinTarget, 2);
}

TEST(PaceStability, RpeDriftAtSimilarPace)
{
    // Paces 200, 201, 199, 230, 200, 202 with RPE 6, 6, 7, 5, 8, 8. Median of the sorted
    // paces 199 200 200 201 202 230 is (200 + 201) / 2 = 200.5; +-3 % is +-6.015, so
    // 230 is left out. The other five RPEs 6 6 7 8 8 at positions 0-4: mean x 2, mean
    // y 7; sum (x - 2)(y - 7) = (-2)(-1) + (-1)(-1) + 0 + (1)(1) + (2)(1) = 6; sum
    // (x - 2)^2 = 10; slope 0.6 per rep; over the 4 steps from first to last, +2.4.
    const std::vector<Rep> reps{kilometre(200, 6), kilometre(201, 6), kilometre(199, 7),
                                kilometre(230, 5), kilometre(200, 8), kilometre(202, 8)};
    const PaceStability figures = computeStability(reps, {});
    ASSERT_TRUE(figures.rpeDrift);
    EXPECT_NEAR(*figures.rpeDrift, 2.4, 1e-9);
}

TEST(PaceStability, RpeDriftNeedsTwoRatedRepsAtSimilarPace)
{
    // Only one of the reps near the median pace has an RPE.
    const PaceStability figures =
        computeStability({kilometre(200, 6), kilometre(200), kilometre(200)}, {});
    EXPECT_FALSE(figures.rpeDrift);
}

TEST(PaceStability, BandsOfTheWrongLengthDoNotCrash)
{
    const PaceStability figures =
        computeStability({kilometre(200), kilometre(200)}, {bandSecondsPerKm(210, 190)});
    EXPECT_EQ(figures.repsWithTarget, 1); // the second rep has no band
    EXPECT_EQ(figures.repsWithinTarget, 1);
}

TEST(TargetBands, FromThePlannedStepsIntensity)
{
    TrainingPaces paces;
    paces.interval = Speed::fromSecondsPerKilometre(250.0);
    paces.easy = bandSecondsPerKm(330.0, 300.0);
    const PaceRange explicitBand = bandSecondsPerKm(240.0, 230.0);

    RepeatGroup group;
    group.count = 4;
    group.children = {StepNode{stepWith(2, StepKind::Work, PaceZone::Interval)},
                      StepNode{stepWith(3, StepKind::Recovery, PaceZone::Easy)}};
    group.recoveryBetweenSets = stepWith(4, StepKind::Rest, HeartRateRange{120, 140});
    const StepTree plan{StepNode{stepWith(1, StepKind::Work, explicitBand)}, StepNode{group},
                        StepNode{stepWith(5, StepKind::Work, PaceZone::RotationSurge)}};

    const std::vector<Rep> reps{linkedTo(fourHundred(92), 1),
                                linkedTo(fourHundred(100), 2),
                                linkedTo(recovery(120), 3),
                                linkedTo(recovery(180), 4),
                                linkedTo(fourHundred(80), 5),
                                linkedTo(fourHundred(80), 99),
                                fourHundred(80)};
    const auto bands = targetBands(reps, plan, paces);
    ASSERT_EQ(bands.size(), reps.size());
    EXPECT_EQ(bands[0], explicitBand); // an explicit range as it is
    // I at 250 s/km becomes +-2 %: 250 x 1.02 = 255 to 250 x 0.98 = 245 s/km.
    ASSERT_TRUE(bands[1]);
    EXPECT_NEAR(bands[1]->slowest.secondsPerKilometre(), 255.0, 1e-9);
    EXPECT_NEAR(bands[1]->fastest.secondsPerKilometre(), 245.0, 1e-9);
    EXPECT_EQ(bands[2], paces.easy);                        // E keeps its own range
    EXPECT_FALSE(bands[3]);                                 // a heart-rate target has no pace band
    EXPECT_FALSE(bands[4]);                                 // nor a rotation zone
    EXPECT_FALSE(bands[5]);                                 // a link to a step not in the plan
    EXPECT_FALSE(bands[6]);                                 // a freeform rep
    EXPECT_FALSE(targetBands(reps, plan, std::nullopt)[1]); // a zone needs the paces
}

TEST(AthletePaces, FromTheRecentRace)
{
    Athlete athlete;
    EXPECT_FALSE(athletePaces(athlete));
    // 5 km in 19:57 is VDOT 50, whose I pace is 3:55/km (Daniels' Running Formula, 3rd
    // ed., tables 5.1 and 5.2); trainingPaces is within 3 s/km of the table.
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{1197.0}, QDate()};
    const auto paces = athletePaces(athlete);
    ASSERT_TRUE(paces);
    EXPECT_NEAR(paces->interval.secondsPerKilometre(), 235.0, 3.0);
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{0.0}, QDate()};
    EXPECT_FALSE(athletePaces(athlete)); // no VDOT from a race without a time
}

TEST(SessionStability, ReadsTheBandsOfThePlan)
{
    // Two reps linked to a step with band 225-240 s/km: 230 is in, 245 is out.
    const StepTree plan{StepNode{stepWith(7, StepKind::Work, bandSecondsPerKm(240, 225))}};
    LoggedSession session;
    session.reps = {linkedTo(fourHundred(92), 7), linkedTo(fourHundred(98), 7)};
    const PaceStability figures = sessionStability(session, plan, std::nullopt);
    EXPECT_EQ(figures.workReps, 2);
    EXPECT_EQ(figures.repsWithTarget, 2);
    EXPECT_EQ(figures.repsWithinTarget, 1);
    EXPECT_EQ(sessionStability(session, {}, std::nullopt).repsWithTarget, 0);
}

TEST(PaceStability, TheWorkedExampleOfTheDocs)
{
    // docs/logging.md: 8 x 400 m planned at I = 230 s/km, with recoveries between.
    // Paces (time / 0.4 km): 230.25 228.5 227.0 227.5 225.5 227.25 224.5 223.75.
    TrainingPaces paces;
    paces.interval = Speed::fromSecondsPerKilometre(230.0);
    RepeatGroup group;
    group.count = 8;
    group.children = {StepNode{stepWith(2, StepKind::Work, PaceZone::Interval)},
                      StepNode{stepWith(3, StepKind::Recovery, PaceZone::Easy)}};
    const StepTree plan{StepNode{group}};
    LoggedSession session;
    const double times[] = {92.1, 91.4, 90.8, 91.0, 90.2, 90.9, 89.8, 89.5};
    const double rpes[] = {6, 6, 7, 7, 7, 8, 8, 9};
    for (size_t index = 0; index < 8; ++index) {
        Rep rep = linkedTo(fourHundred(times[index]), 2);
        rep.rpe = rpes[index];
        session.reps.push_back(rep);
        session.reps.push_back(linkedTo(recovery(90.0), 3));
    }
    const PaceStability figures = sessionStability(session, plan, paces);
    EXPECT_EQ(figures.workReps, 8);
    ASSERT_TRUE(figures.paceCvPercent && figures.fadePercent && figures.spreadPerKm &&
                figures.rpeDrift);
    // Mean 226.78125; sample standard deviation 2.13156; 2.13156 / 226.78125 x 100.
    EXPECT_NEAR(*figures.paceCvPercent, 0.93992, 1e-4);
    // First two (230.25 + 228.5) / 2 = 229.375, last two (224.5 + 223.75) / 2 = 224.125:
    // (224.125 - 229.375) / 229.375 x 100 = -2.2888 %.
    EXPECT_NEAR(*figures.fadePercent, -5.25 / 229.375 * 100.0, 1e-9);
    EXPECT_NEAR(figures.spreadPerKm->seconds, 6.5, 1e-9); // 230.25 - 223.75
    // Band 230 x 0.98 = 225.4 to 230 x 1.02 = 234.6: 224.5 and 223.75 are outside.
    EXPECT_EQ(figures.repsWithTarget, 8);
    EXPECT_EQ(figures.repsWithinTarget, 6);
    // All 8 within 3 % of the median 227.125; slope 17 / 42 per rep, x 7 = 2.8333.
    EXPECT_NEAR(*figures.rpeDrift, 17.0 / 42.0 * 7.0, 1e-9);
}
