// What each part of the notation means, and the canonical way it is written back.

#include "StepTrees.h"
#include "core/io/SessionNotation.h"

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::trees;

namespace {

StepTree parsed(const char* text)
{
    const auto result = parseSessionNotation(QString::fromUtf8(text));
    EXPECT_TRUE(result.ok()) << text << ": " << str(result.errorMessage());
    return result.ok() ? *result : StepTree{};
}

Step singleStep(const char* text)
{
    const StepTree tree = parsed(text);
    if (tree.size() != 1 || !tree.front().isStep()) {
        ADD_FAILURE() << text << " is not a single step";
        return {};
    }
    return tree.front().step();
}

/// The canonical text for `text`, which must read back as the same tree.
std::string canonical(const char* text)
{
    const StepTree tree = parsed(text);
    const QString written = formatSessionNotation(tree);
    const auto again = parseSessionNotation(written);
    EXPECT_TRUE(again.ok()) << str(written) << ": " << str(again.errorMessage());
    if (again.ok()) {
        EXPECT_EQ(*again, tree) << text << " -> " << str(written);
    }
    return str(written);
}

} // namespace

TEST(NotationAmounts, DistancesAreMetres)
{
    EXPECT_EQ(singleStep("400m").target, Target{metres(400)});
    EXPECT_EQ(singleStep("2km").target, Target{metres(2000)});
    EXPECT_EQ(singleStep("1.5km").target, Target{metres(1500)});
    EXPECT_EQ(singleStep("1mi").target, Target{metres(1609.344)});
    EXPECT_EQ(singleStep("0.5mi").target, Target{metres(804.672)});
    // Kept to the millimetre: 3.1 mi is 4988.9664 m.
    EXPECT_EQ(singleStep("3.1mi").target, Target{metres(4988.966)});
    EXPECT_EQ(singleStep("400.25m").target, Target{metres(400.25)});
}

TEST(NotationAmounts, DurationsAreSeconds)
{
    EXPECT_EQ(singleStep("90s").target, Target{seconds(90)});
    EXPECT_EQ(singleStep("15min").target, Target{seconds(900)});
    EXPECT_EQ(singleStep("2.5min").target, Target{seconds(150)});
    EXPECT_EQ(singleStep("1h").target, Target{seconds(3600)});
    EXPECT_EQ(singleStep("1.5h").target, Target{seconds(5400)});
    EXPECT_EQ(singleStep("1:30").target, Target{seconds(90)});
    EXPECT_EQ(singleStep("1:05:00").target, Target{seconds(3900)});
    EXPECT_EQ(singleStep("2:30.5").target, Target{seconds(150.5)});
    EXPECT_EQ(singleStep("12.5s").target, Target{seconds(12.5)});
}

TEST(NotationAmounts, UnitsAndWordsIgnoreCaseAndSpacing)
{
    EXPECT_EQ(parsed("WU 15MIN @e; 4 x 100 M Strides/60 S Walk"),
              parsed("wu 15min @E; 4x100m strides / 60s walk"));
    EXPECT_EQ(parsed("wu15min@E;8x400m@I/90s jog"), parsed("wu 15min @E; 8x400m @I / 90s jog"));
    EXPECT_EQ(parsed("4\u00d7400m"), parsed("4x400m"));
    EXPECT_EQ(parsed("4X400m"), parsed("4x400m"));
}

TEST(NotationAmounts, CanonicalForms)
{
    EXPECT_EQ(canonical("1000m"), "1km");
    EXPECT_EQ(canonical("1200m"), "1200m");
    EXPECT_EQ(canonical("1.5km"), "1500m");
    EXPECT_EQ(canonical("1609.344m"), "1mi");
    EXPECT_EQ(canonical("2.5mi"), "2.5mi");
    EXPECT_EQ(canonical("400.5m"), "400.5m");
    EXPECT_EQ(canonical("60s"), "1min");
    EXPECT_EQ(canonical("1:30"), "90s");
    EXPECT_EQ(canonical("2.5min"), "2:30");
    EXPECT_EQ(canonical("1h"), "60min");
    EXPECT_EQ(canonical("3725s"), "1:02:05");
    EXPECT_EQ(canonical("12.5s"), "12.5s");
    // Recoveries up to 90 s are said in seconds, longer ones in minutes.
    EXPECT_EQ(canonical("400m / 1min"), "400m / 60s");
    EXPECT_EQ(canonical("jog 1min"), "jog 60s");
    EXPECT_EQ(canonical("400m / 120s jog"), "400m / 2min jog");
}

TEST(NotationIntensity, ZonesIgnoreCase)
{
    EXPECT_EQ(singleStep("1min @E").intensity, Intensity{PaceZone::Easy});
    EXPECT_EQ(singleStep("1min @m").intensity, Intensity{PaceZone::Marathon});
    EXPECT_EQ(singleStep("1min @T").intensity, Intensity{PaceZone::Threshold});
    EXPECT_EQ(singleStep("1min @i").intensity, Intensity{PaceZone::Interval});
    EXPECT_EQ(singleStep("1min @R").intensity, Intensity{PaceZone::Repetition});
    EXPECT_EQ(singleStep("1min @Race").intensity, Intensity{PaceZone::RotationRace});
    EXPECT_EQ(singleStep("1min @surge").intensity, Intensity{PaceZone::RotationSurge});
    EXPECT_EQ(singleStep("1min @easy").intensity, Intensity{PaceZone::RotationEasy});
    EXPECT_EQ(canonical("1min @i; 1min @RACE"), "1min @I; 1min @race");
}

TEST(NotationIntensity, PacesAreSpeedRanges)
{
    EXPECT_EQ(singleStep("1km @3:55/km").intensity, Intensity{pacePerKm(235)});
    const Speed mile = Speed::fromPace(seconds(380), Distance{kMetresPerMile});
    EXPECT_EQ(singleStep("1mi @6:20/mi").intensity, (Intensity{PaceRange{mile, mile}}));
    const PaceRange range{Speed::fromSecondsPerKilometre(235), Speed::fromSecondsPerKilometre(230)};
    EXPECT_EQ(singleStep("1km @3:50-3:55/km").intensity, Intensity{range});
    EXPECT_EQ(singleStep("1km @3:55-3:50/km").intensity, Intensity{range}) << "either order";
    EXPECT_EQ(canonical("1km @3:55-3:50/km"), "1km @3:50-3:55/km");
    EXPECT_EQ(canonical("1mi @6:20/mi"), "1mi @6:20/mi");
    EXPECT_EQ(canonical("1km @3:55.5/km"), "1km @3:55.5/km");
    EXPECT_EQ(canonical("1km @4:00-4:10/km / 90s jog"), "1km @4:00-4:10/km / 90s jog");
    EXPECT_EQ(canonical("1km @3:55 / km"), "1km @3:55/km");
}

TEST(NotationIntensity, HeartRateAndEffort)
{
    EXPECT_EQ(singleStep("10min @hr150-160").intensity, (Intensity{HeartRateRange{150, 160}}));
    EXPECT_EQ(singleStep("10min @hr150").intensity, (Intensity{HeartRateRange{150, 150}}));
    EXPECT_EQ(singleStep("10min @HR 150 - 160").intensity, (Intensity{HeartRateRange{150, 160}}));
    EXPECT_EQ(singleStep("10min @rpe7").intensity, Intensity{RpeTarget{7.0}});
    EXPECT_EQ(singleStep("10min @rpe6.5").intensity, Intensity{RpeTarget{6.5}});
    EXPECT_EQ(singleStep("10min @rpe0").intensity, Intensity{RpeTarget{0.0}});
    EXPECT_EQ(canonical("10min @hr150-150; 10min @rpe6.50"), "10min @hr150; 10min @rpe6.5");
}

TEST(NotationWords, KindsBeforeOrAfterTheAmount)
{
    EXPECT_EQ(singleStep("wu 15min"), step(StepKind::WarmUp, minutes(15)));
    EXPECT_EQ(singleStep("15min wu"), step(StepKind::WarmUp, minutes(15)));
    EXPECT_EQ(singleStep("warmup 15min"), step(StepKind::WarmUp, minutes(15)));
    EXPECT_EQ(singleStep("cooldown 10min"), step(StepKind::CoolDown, minutes(10)));
    EXPECT_EQ(singleStep("100m strides"), step(StepKind::Strides, metres(100)));
    EXPECT_EQ(singleStep("strides 100m"), step(StepKind::Strides, metres(100)));
    EXPECT_EQ(singleStep("drills 5min"), step(StepKind::Drills, minutes(5)));
    EXPECT_EQ(singleStep("mobility 10min"), step(StepKind::Mobility, minutes(10)));
    EXPECT_EQ(singleStep("rest 2min"), step(StepKind::Rest, minutes(2)));
    EXPECT_EQ(singleStep("work 3min @T"), work(minutes(3), PaceZone::Threshold));
    EXPECT_EQ(singleStep("rec 2min @easy"), recovery(minutes(2), {}, PaceZone::RotationEasy));
    EXPECT_EQ(singleStep("recovery 2min"), recovery(minutes(2)));
    EXPECT_EQ(canonical("15min wu; strides 100m; cooldown 5min"),
              "wu 15min; 100m strides; cd 5min");
}

TEST(NotationWords, JogWalkAndStandAreRecoveries)
{
    EXPECT_EQ(singleStep("jog 5min"), jog(minutes(5)));
    EXPECT_EQ(singleStep("5min jog"), jog(minutes(5)));
    EXPECT_EQ(singleStep("walk 2min"), walk(minutes(2)));
    EXPECT_EQ(singleStep("stand 1min"), recovery(minutes(1), RecoveryMode::Stand));
    EXPECT_EQ(singleStep("jog 5min @E"), recovery(minutes(5), RecoveryMode::Jog, PaceZone::Easy));
    EXPECT_EQ(canonical("5min jog @E"), "jog 5min @E");
    // A mode on another kind keeps the kind: a warm-up done walking.
    Step walkingWarmUp = step(StepKind::WarmUp, minutes(10));
    walkingWarmUp.recoveryMode = RecoveryMode::Walk;
    EXPECT_EQ(singleStep("wu 10min walk"), walkingWarmUp);
    EXPECT_EQ(canonical("walk wu 10min"), "wu 10min walk");
}

TEST(NotationWords, SportsMarkMultisportLegs)
{
    EXPECT_EQ(singleStep("bike 60min @rpe5"),
              inSport(work(minutes(60), RpeTarget{5}), Sport::Bike));
    EXPECT_EQ(singleStep("swim 400m @T"),
              inSport(work(metres(400), PaceZone::Threshold), Sport::Swim));
    EXPECT_EQ(singleStep("bike wu 10min"),
              inSport(step(StepKind::WarmUp, minutes(10)), Sport::Bike));
    EXPECT_EQ(canonical("wu bike 10min"), "bike wu 10min");
    EXPECT_EQ(canonical("run 20min @M"), "run 20min @M");
}

TEST(NotationWords, AKindAloneIsAnOpenStep)
{
    EXPECT_EQ(singleStep("wu @E"), step(StepKind::WarmUp, {}, PaceZone::Easy));
    EXPECT_EQ(singleStep("strides"), step(StepKind::Strides));
    EXPECT_EQ(singleStep("rest"), step(StepKind::Rest));
    EXPECT_EQ(singleStep("work @I"), work({}, PaceZone::Interval));
    EXPECT_EQ(singleStep("bike"), inSport(work({}), Sport::Bike));
    EXPECT_EQ(parsed("4x strides"), StepTree{repeat(4, {node(step(StepKind::Strides))})});
    EXPECT_EQ(parsed("4xstrides"), parsed("4x strides"));
    EXPECT_EQ(canonical("4xstrides / jog"), "4x strides / jog");
}

TEST(NotationRepeats, ARecoveryAfterEachRep)
{
    const StepTree expected{
        repeat(8, {node(work(metres(400), PaceZone::Interval)), node(jog(seconds(90)))})};
    EXPECT_EQ(parsed("8x400m @I / 90s jog"), expected);
    EXPECT_EQ(parsed("8x400m @I / jog 90s"), expected);
    EXPECT_EQ(parsed("8x400m @I"),
              (StepTree{repeat(8, {node(work(metres(400), PaceZone::Interval))})}));
    // A recovery with only an intensity, or with no word at all, is still a recovery.
    EXPECT_EQ(parsed("4x1km / 2min @easy"),
              (StepTree{repeat(4, {node(work(metres(1000))),
                                   node(recovery(minutes(2), {}, PaceZone::RotationEasy))})}));
    EXPECT_EQ(
        parsed("4x1km / 2min rest"),
        (StepTree{repeat(4, {node(work(metres(1000))), node(step(StepKind::Rest, minutes(2)))})}));
    EXPECT_EQ(canonical("4x1km / rest 2min"), "4x1km / 2min rest");
}

TEST(NotationRepeats, AStepWithItsRecoveryIsAUnit)
{
    EXPECT_EQ(parsed("400m @T / 90s jog"),
              (StepTree{pair(work(metres(400), PaceZone::Threshold), jog(seconds(90)))}));
    EXPECT_EQ(canonical("1x400m @T / 90s jog"), "400m @T / 90s jog");
    EXPECT_EQ(canonical("1x400m"), "1x400m");
}

TEST(NotationRepeats, GroupsAndNesting)
{
    EXPECT_EQ(parsed("3x(1km @T; 2min jog)"),
              (StepTree{repeat(
                  3, {node(work(metres(1000), PaceZone::Threshold)), node(jog(minutes(2)))})}));
    EXPECT_EQ(canonical("3x(1km @T; 2min jog)"), "3x1km @T / 2min jog");
    EXPECT_EQ(parsed("2x(3x400m @I / 200m jog; 800m @T)"),
              (StepTree{repeat(2, {repeat(3, {node(work(metres(400), PaceZone::Interval)),
                                              node(jog(metres(200)))}),
                                   node(work(metres(800), PaceZone::Threshold))})}));
    EXPECT_EQ(canonical("2x(3x(200m @R / 200m jog); 1km @T)"),
              "2x(3x(200m @R / 200m jog); 1km @T)");
    EXPECT_EQ(canonical("3x(400m)"), "3x400m");
    EXPECT_EQ(canonical("2x(2x(2x(2x(2x(2x(2x(2x100m)))))))"),
              "2x(2x(2x(2x(2x(2x(2x(2x100m)))))))");
}

TEST(NotationRepeats, RecoveryBetweenSets)
{
    const StepTree expected{
        repeat(2, {node(work(metres(300), PaceZone::Repetition)), node(jog(metres(300)))},
               walk(minutes(4)))};
    EXPECT_EQ(parsed("2x300m @R / 300m jog // 4min walk"), expected);
    EXPECT_EQ(
        parsed("2x(4x300m @R / 300m jog) // 4min walk"),
        (StepTree{repeat(
            2, {repeat(4, {node(work(metres(300), PaceZone::Repetition)), node(jog(metres(300)))})},
            walk(minutes(4)))}));
    // Between the reps only: eight 400s with seven recoveries.
    EXPECT_EQ(
        parsed("8x400m @I // 90s jog"),
        (StepTree{repeat(8, {node(work(metres(400), PaceZone::Interval))}, jog(seconds(90)))}));
    EXPECT_EQ(canonical("2x(4x300m @R / 300m jog) // 4min walk"),
              "2x(4x300m @R / 300m jog) // 4min walk");
    EXPECT_EQ(canonical("8x400m @I // jog 90s"), "8x400m @I // 90s jog");
    EXPECT_EQ(canonical("1x400m // 90s jog"), "1x400m // 90s jog");
    EXPECT_EQ(canonical("1x400m / 60s jog // 90s jog"), "1x400m / 60s jog // 90s jog");
}
