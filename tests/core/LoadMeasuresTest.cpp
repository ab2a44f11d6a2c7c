// The load measures of docs/formulas.md, "Training load", against published and
// hand-computed values (the arithmetic beside each).
//
// Sources: C. Foster et al. 2001, J Strength Cond Res 15(1):109-115 (session RPE);
// E. W. Banister 1991, in MacDougall et al., Physiological Testing of the
// High-Performance Athlete (TRIMP); R. H. Morton, J. R. Fitz-Clarke, E. W. Banister
// 1990, J Appl Physiol 69(3):1171-1177 (the men's and women's constants); Coggan /
// TrainingPeaks (TSS, rTSS); J. Daniels, Daniels' Running Formula, 3rd ed., tables 5.1
// and 5.2 (a VDOT-50 runner's race and paces).

#include "core/science/LoadMeasures.h"

#include "core/science/Stability.h"

#include <gtest/gtest.h>

#include <cmath>

namespace paceline {
namespace {

// --- Session RPE (Foster et al. 2001) ---------------------------------------------

TEST(LoadSessionRpe, FosterThirtyMinutesAtFiveIs150)
{
    // Foster et al. 2001: load = session RPE x minutes; 5 x 30 = 150 AU.
    EXPECT_DOUBLE_EQ(sessionRpeLoad(5.0, Duration::fromMinutes(30)), 150.0);
    // 7 x 75 = 525.
    EXPECT_DOUBLE_EQ(sessionRpeLoad(7.0, Duration::fromMinutes(75)), 525.0);
}

TEST(LoadSessionRpe, BadInputAddsNothing)
{
    EXPECT_EQ(sessionRpeLoad(-2.0, Duration::fromMinutes(30)), 0.0);
    EXPECT_EQ(sessionRpeLoad(5.0, Duration{-60.0}), 0.0);
    EXPECT_EQ(sessionRpeLoad(NAN, Duration::fromMinutes(30)), 0.0);
}

// --- Banister TRIMP (Banister 1991; Morton et al. 1990) ---------------------------

// The worked example of docs/formulas.md: 30 min, HRrest 60, HRmax 200, HRavg 150.
// HRr = (150 - 60) / (200 - 60) = 90 / 140 = 0.642857...
// Men:   1.92 x 0.642857 = 1.234286, e^1.234286 = 3.435923,
//        30 x 0.642857 x 0.64 x 3.435923 = 42.409.
// Women: 1.67 x 0.642857 = 1.073571, e^1.073571 = 2.925810,
//        30 x 0.642857 x 0.86 x 2.925810 = 48.527.
TEST(LoadTrimp, BanisterWorkedExampleForMen)
{
    const auto trimp = banisterTrimp(Duration::fromMinutes(30), 150, 60, 200, Sex::Male);
    ASSERT_TRUE(trimp);
    EXPECT_NEAR(*trimp, 42.409, 0.001);
}

TEST(LoadTrimp, BanisterWorkedExampleForWomen)
{
    const auto trimp = banisterTrimp(Duration::fromMinutes(30), 150, 60, 200, Sex::Female);
    ASSERT_TRUE(trimp);
    EXPECT_NEAR(*trimp, 48.527, 0.001);
}

TEST(LoadTrimp, UnspecifiedSexUsesBanistersOriginalMensConstants)
{
    const auto trimp = banisterTrimp(Duration::fromMinutes(30), 150, 60, 200, Sex::Unspecified);
    ASSERT_TRUE(trimp);
    EXPECT_NEAR(*trimp, 42.409, 0.001);
}

TEST(LoadTrimp, HeartRateReserveIsClampedToZeroAndOne)
{
    // Above max: HRr 1, 60 x 1 x 0.64 x e^1.92 = 60 x 0.64 x 6.820958 = 261.925.
    const auto above = banisterTrimp(Duration::fromMinutes(60), 210, 60, 200, Sex::Male);
    ASSERT_TRUE(above);
    EXPECT_NEAR(*above, 261.925, 0.001);
    // Below rest: HRr 0, no load.
    const auto below = banisterTrimp(Duration::fromMinutes(60), 50, 60, 200, Sex::Male);
    ASSERT_TRUE(below);
    EXPECT_EQ(*below, 0.0);
}

TEST(LoadTrimp, AbsentWithoutAHeartRateReserve)
{
    EXPECT_FALSE(banisterTrimp(Duration::fromMinutes(30), 150, 200, 200, Sex::Male));
    EXPECT_FALSE(banisterTrimp(Duration::fromMinutes(30), 150, 200, 60, Sex::Male));
    EXPECT_FALSE(banisterTrimp(Duration::fromMinutes(30), NAN, 60, 200, Sex::Male));
}

// --- Running TSS (Coggan / TrainingPeaks) ------------------------------------------

TEST(LoadRunningTss, AnHourAtThresholdIs100)
{
    // TSS is defined so: 1 h x 1.0^2 x 100.
    const Speed threshold{4.0};
    const auto tss = runningTss(Duration::fromHours(1), threshold, threshold);
    ASSERT_TRUE(tss);
    EXPECT_DOUBLE_EQ(*tss, 100.0);
}

TEST(LoadRunningTss, HalfAnHourAtIntensityFactorPointEightIs32)
{
    // 0.5 h x 0.8^2 x 100 = 0.5 x 0.64 x 100 = 32.
    const auto tss = runningTss(Duration::fromMinutes(30), Speed{3.2}, Speed{4.0});
    ASSERT_TRUE(tss);
    EXPECT_NEAR(*tss, 32.0, 1e-12);
}

TEST(LoadRunningTss, AbsentWithoutDurationOrThreshold)
{
    EXPECT_FALSE(runningTss(Duration{0.0}, Speed{3.0}, Speed{4.0}));
    EXPECT_FALSE(runningTss(Duration::fromHours(1), Speed{3.0}, Speed{0.0}));
}

// --- Zones -------------------------------------------------------------------------

/// Hand-made paces in m/s: boundaries (midpoints) at 3.2, 3.6, 4.0 and 4.4.
TrainingPaces roundPaces()
{
    return {.easy = {.slowest = Speed{2.6}, .fastest = Speed{3.0}},
            .marathon = Speed{3.4},
            .threshold = Speed{3.8},
            .interval = Speed{4.2},
            .repetition = Speed{4.6}};
}

TEST(LoadZones, PaceBoundariesAreMidpointsOfNeighbouringPaces)
{
    const TrainingPaces paces = roundPaces();
    EXPECT_EQ(zoneForPace(Speed{2.0}, paces), LoadZone::Easy); // slower than E: still E
    EXPECT_EQ(zoneForPace(Speed{3.19}, paces), LoadZone::Easy);
    EXPECT_EQ(zoneForPace(Speed{3.21}, paces), LoadZone::Marathon); // E fast 3.0 / M 3.4
    EXPECT_EQ(zoneForPace(Speed{3.59}, paces), LoadZone::Marathon);
    EXPECT_EQ(zoneForPace(Speed{3.61}, paces), LoadZone::Threshold); // M 3.4 / T 3.8
    EXPECT_EQ(zoneForPace(Speed{3.99}, paces), LoadZone::Threshold);
    EXPECT_EQ(zoneForPace(Speed{4.01}, paces), LoadZone::Interval); // T 3.8 / I 4.2
    EXPECT_EQ(zoneForPace(Speed{4.39}, paces), LoadZone::Interval);
    EXPECT_EQ(zoneForPace(Speed{4.41}, paces), LoadZone::Repetition); // I 4.2 / R 4.6
    EXPECT_EQ(zoneForPace(Speed{6.0}, paces), LoadZone::Repetition);
}

TEST(LoadZones, DanielsTablePacesOfVdot50FallInTheirZones)
{
    // Daniels' table 5.1: 5 km in 19:57 is VDOT 50. Table 5.2 for VDOT 50: E 4:56-5:34,
    // M 4:31, T 4:15, I 3:55 per km, R 87 s per 400 m (3:37.5 per km).
    Athlete athlete;
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{19 * 60 + 57}, {}};
    const auto paces = athletePaces(athlete);
    ASSERT_TRUE(paces);
    const auto zoneAt = [&](double secondsPerKm) {
        return zoneForPace(Speed::fromSecondsPerKilometre(secondsPerKm), *paces);
    };
    EXPECT_EQ(zoneAt(5 * 60 + 15), LoadZone::Easy);
    EXPECT_EQ(zoneAt(4 * 60 + 31), LoadZone::Marathon);
    EXPECT_EQ(zoneAt(4 * 60 + 15), LoadZone::Threshold);
    EXPECT_EQ(zoneAt(3 * 60 + 55), LoadZone::Interval);
    EXPECT_EQ(zoneAt(87 * 2.5), LoadZone::Repetition);
}

TEST(LoadZones, RpeBoundsAreInclusive)
{
    EXPECT_EQ(zoneForRpe(0.0), LoadZone::Easy);
    EXPECT_EQ(zoneForRpe(4.0), LoadZone::Easy);
    EXPECT_EQ(zoneForRpe(4.5), LoadZone::Marathon);
    EXPECT_EQ(zoneForRpe(5.0), LoadZone::Marathon);
    EXPECT_EQ(zoneForRpe(5.5), LoadZone::Threshold);
    EXPECT_EQ(zoneForRpe(6.5), LoadZone::Threshold);
    EXPECT_EQ(zoneForRpe(7.0), LoadZone::Interval);
    EXPECT_EQ(zoneForRpe(8.5), LoadZone::Interval);
    EXPECT_EQ(zoneForRpe(9.0), LoadZone::Repetition);
    EXPECT_EQ(zoneForRpe(10.0), LoadZone::Repetition);
}

// --- loadOf ------------------------------------------------------------------------

TEST(LoadOfDay, PicksTheMeasuresSum)
{
    DailyLoad day;
    day.sessionRpeLoad = 300.0;
    day.trimp = 120.0;
    day.runningTss = 80.0;
    EXPECT_EQ(loadOf(day, LoadMeasure::SessionRpe), 300.0);
    EXPECT_EQ(loadOf(day, LoadMeasure::Trimp), 120.0);
    EXPECT_EQ(loadOf(day, LoadMeasure::RunningTss), 80.0);
}

// --- sessionLoadFigures: TRIMP ---------------------------------------------------

/// The worked example's athlete: HRrest 60, HRmax 200.
Athlete heartRateAthlete(Sex sex = Sex::Male)
{
    Athlete athlete;
    athlete.sex = sex;
    athlete.restingHeartRate = 60;
    athlete.maxHeartRate = 200;
    return athlete;
}

LoggedSession sessionOf(Sport sport, Duration duration)
{
    LoggedSession session;
    session.sport = sport;
    session.duration = duration;
    return session;
}

Rep repOf(Duration time, std::optional<int> heartRate = std::nullopt)
{
    Rep rep;
    rep.time = time;
    rep.avgHeartRate = heartRate;
    return rep;
}

TEST(LoadSessionTrimp, SessionAverageCoversTheWholeDuration)
{
    // The worked example: 30 min at 150 bpm = 42.409 (men), 48.527 (women).
    LoggedSession session = sessionOf(Sport::Run, Duration::fromMinutes(30));
    session.avgHeartRate = 150;
    // The session's average wins over the reps' (which cover only the reps).
    session.reps = {repOf(Duration::fromMinutes(10), 200)};
    const auto men = sessionLoadFigures(session, heartRateAthlete()).trimp;
    ASSERT_TRUE(men);
    EXPECT_NEAR(*men, 42.409, 0.001);
    const auto women = sessionLoadFigures(session, heartRateAthlete(Sex::Female)).trimp;
    ASSERT_TRUE(women);
    EXPECT_NEAR(*women, 48.527, 0.001);
}

TEST(LoadSessionTrimp, WithoutSessionAverageSumsTheRepsWithHeartRate)
{
    // 10 min at HRmax: 10 x 1 x 0.64 x e^1.92 = 10 x 0.64 x 6.820958 = 43.654;
    // 20 min at HRrest: 0; a rep without heart rate adds nothing.
    LoggedSession session = sessionOf(Sport::Run, Duration::fromMinutes(45));
    session.reps = {repOf(Duration::fromMinutes(10), 200), repOf(Duration::fromMinutes(20), 60),
                    repOf(Duration::fromMinutes(5))};
    const auto trimp = sessionLoadFigures(session, heartRateAthlete()).trimp;
    ASSERT_TRUE(trimp);
    EXPECT_NEAR(*trimp, 43.654, 0.001);
}

TEST(LoadSessionTrimp, AbsentWithoutAnyHeartRate)
{
    LoggedSession session = sessionOf(Sport::Run, Duration::fromMinutes(30));
    session.reps = {repOf(Duration::fromMinutes(10))};
    EXPECT_FALSE(sessionLoadFigures(session, heartRateAthlete()).trimp);
}

TEST(LoadSessionTrimp, AbsentWithoutTheAthletesRestingAndMaximumHeartRate)
{
    LoggedSession session = sessionOf(Sport::Run, Duration::fromMinutes(30));
    session.avgHeartRate = 150;
    Athlete noRest = heartRateAthlete();
    noRest.restingHeartRate.reset();
    EXPECT_FALSE(sessionLoadFigures(session, noRest).trimp);
    Athlete noMax = heartRateAthlete();
    noMax.maxHeartRate.reset();
    EXPECT_FALSE(sessionLoadFigures(session, noMax).trimp);
}

// --- sessionLoadFigures: running TSS ----------------------------------------------

/// Daniels' table 5.1: 5 km in 19:57 is VDOT 50.
Athlete vdot50Athlete()
{
    Athlete athlete;
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{19 * 60 + 57}, {}};
    return athlete;
}

LoggedSession runAt(Speed speed, Duration duration)
{
    LoggedSession session = sessionOf(Sport::Run, duration);
    session.distance = speed * duration;
    return session;
}

TEST(LoadSessionRunningTss, AnHourAtTheAthletesThresholdPaceIs100)
{
    const Athlete athlete = vdot50Athlete();
    const Speed threshold = athletePaces(athlete)->threshold;
    const auto tss =
        sessionLoadFigures(runAt(threshold, Duration::fromHours(1)), athlete).runningTss;
    ASSERT_TRUE(tss);
    EXPECT_NEAR(*tss, 100.0, 1e-9);
    // 30 min at 0.8 x threshold speed: 0.5 x 0.64 x 100 = 32.
    const Speed slower{0.8 * threshold.metresPerSecond};
    const auto easier =
        sessionLoadFigures(runAt(slower, Duration::fromMinutes(30)), athlete).runningTss;
    ASSERT_TRUE(easier);
    EXPECT_NEAR(*easier, 32.0, 1e-9);
}

TEST(LoadSessionRunningTss, AnHourAtDanielsTablePaceTIsAbout100)
{
    // Table 5.2 gives VDOT 50 a T pace of 4:15/km, rounded to the second: 1 s/km is
    // 0.4 % of speed, 0.8 % of TSS, so 100 +- 1.5.
    const Speed tablePace = Speed::fromSecondsPerKilometre(4 * 60 + 15);
    const auto tss =
        sessionLoadFigures(runAt(tablePace, Duration::fromHours(1)), vdot50Athlete()).runningTss;
    ASSERT_TRUE(tss);
    EXPECT_NEAR(*tss, 100.0, 1.5);
}

TEST(LoadSessionRunningTss, OnlyForRunsWithDistanceDurationAndPaces)
{
    const Athlete athlete = vdot50Athlete();
    const Speed speed{3.5};
    LoggedSession ride = runAt(speed, Duration::fromHours(1));
    ride.sport = Sport::Bike;
    EXPECT_FALSE(sessionLoadFigures(ride, athlete).runningTss);
    LoggedSession noDistance = runAt(speed, Duration::fromHours(1));
    noDistance.distance.reset();
    EXPECT_FALSE(sessionLoadFigures(noDistance, athlete).runningTss);
    LoggedSession noDuration = runAt(speed, Duration::fromHours(1));
    noDuration.duration = Duration{0.0};
    EXPECT_FALSE(sessionLoadFigures(noDuration, athlete).runningTss);
    EXPECT_FALSE(sessionLoadFigures(runAt(speed, Duration::fromHours(1)), Athlete{}).runningTss);
}

// --- sessionLoadFigures: time per zone ---------------------------------------------

ZoneSeconds zones(double easy, double marathon, double threshold, double interval,
                  double repetition)
{
    return {easy, marathon, threshold, interval, repetition};
}

Rep runRep(Speed speed, Duration time, RepKind kind = RepKind::Work)
{
    Rep rep = repOf(time);
    rep.kind = kind;
    rep.distance = speed * time;
    return rep;
}

Rep rpeRep(double rpe, Duration time)
{
    Rep rep = repOf(time);
    rep.rpe = rpe;
    return rep;
}

TEST(LoadSessionZones, AWholeRunWithoutRepsGoesByItsAveragePace)
{
    // VDOT 50 (table 5.2): 40 min at 5:15/km is E, all 2400 s of it.
    const Speed easy = Speed::fromSecondsPerKilometre(5 * 60 + 15);
    LoggedSession session = runAt(easy, Duration::fromMinutes(40));
    session.sessionRpe = 9.0; // the pace wins over the rating
    EXPECT_EQ(sessionLoadFigures(session, vdot50Athlete()).zoneSeconds, zones(2400, 0, 0, 0, 0));
}

TEST(LoadSessionZones, AWholeSessionWithoutPaceGoesByItsSessionRpe)
{
    // A 60 min ride rated 7 is I (<= 8.5); the same unrated is in no zone.
    LoggedSession ride = sessionOf(Sport::Bike, Duration::fromMinutes(60));
    ride.sessionRpe = 7.0;
    EXPECT_EQ(sessionLoadFigures(ride, vdot50Athlete()).zoneSeconds, zones(0, 0, 0, 3600, 0));
    ride.sessionRpe.reset();
    EXPECT_EQ(sessionLoadFigures(ride, vdot50Athlete()).zoneSeconds, zones(0, 0, 0, 0, 0));
    // A run with a distance but no paces to compare it with also goes by its rating.
    LoggedSession run = runAt(Speed{4.0}, Duration::fromMinutes(30));
    run.sessionRpe = 6.0;
    EXPECT_EQ(sessionLoadFigures(run, Athlete{}).zoneSeconds, zones(0, 0, 1800, 0, 0));
}

TEST(LoadSessionZones, RepsGoByPaceAndTheRestOfTheSessionIsEasy)
{
    // VDOT 50 (table 5.2): 5 x (3 min at 3:55/km, I; 2 min jog at 6:00/km, E) in a
    // 50 min session. I: 5 x 180 = 900 s; E: 5 x 120 = 600 s of jogs plus the 25 min
    // the reps leave (warm-up, cool-down) = 600 + 1500 = 2100 s.
    const Speed interval = Speed::fromSecondsPerKilometre(3 * 60 + 55);
    const Speed jog = Speed::fromSecondsPerKilometre(6 * 60);
    LoggedSession session = runAt(Speed{3.3}, Duration::fromMinutes(50));
    for (int set = 0; set < 5; ++set) {
        session.reps.push_back(runRep(interval, Duration::fromMinutes(3)));
        session.reps.push_back(runRep(jog, Duration::fromMinutes(2), RepKind::Recovery));
    }
    EXPECT_EQ(sessionLoadFigures(session, vdot50Athlete()).zoneSeconds, zones(2100, 0, 0, 900, 0));
}

TEST(LoadSessionZones, RepsWithoutPaceGoByTheirRpeOrStayUnclassified)
{
    // 45 min: a 10 min rep rated 6 (T), a 5 min rep rated 9 (R), a 5 min rep with
    // nothing to go by (no zone), and 25 min outside the reps (E).
    LoggedSession session = sessionOf(Sport::Run, Duration::fromMinutes(45));
    session.reps = {rpeRep(6.0, Duration::fromMinutes(10)), rpeRep(9.0, Duration::fromMinutes(5)),
                    repOf(Duration::fromMinutes(5))};
    EXPECT_EQ(sessionLoadFigures(session, vdot50Athlete()).zoneSeconds,
              zones(1500, 0, 600, 0, 300));
}

TEST(LoadSessionZones, RepsOfOtherSportsGoByRpeNotPace)
{
    // A bike rep of 20 min at 10 m/s would be "R" against running paces; its RPE 5
    // puts it in M. 30 min session: 600 s E left over.
    LoggedSession ride = sessionOf(Sport::Bike, Duration::fromMinutes(30));
    Rep rep = runRep(Speed{10.0}, Duration::fromMinutes(20));
    rep.rpe = 5.0;
    ride.reps = {rep};
    EXPECT_EQ(sessionLoadFigures(ride, vdot50Athlete()).zoneSeconds, zones(600, 1200, 0, 0, 0));
}

} // namespace
} // namespace paceline
