// The demo log is a function of its options: the same options give the same model
// objects, a different seed gives a different log, and an athlete does not depend on
// how many others are generated with them.

#include "DemoTestSupport.h"
#include "core/demo/Profile.h"
#include "core/demo/Random.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

TEST(DemoDeterminism, SameOptionsGiveIdenticalHistories)
{
    const DemoOptions options = demoOptions(2, 30, 7);
    for (int index : {0, 1}) {
        const demo::AthleteHistory first = demo::generateHistory(index, options);
        const demo::AthleteHistory second = demo::generateHistory(index, options);
        ASSERT_FALSE(first.sessions.empty());
        EXPECT_TRUE(first.profile == second.profile) << index;
        EXPECT_TRUE(first.plans == second.plans) << index;
        EXPECT_TRUE(first.sessions == second.sessions) << index;
        EXPECT_TRUE(first == second) << index;
    }
}

TEST(DemoDeterminism, ADifferentSeedGivesADifferentHistory)
{
    const demo::AthleteHistory one = demo::generateHistory(0, demoOptions(1, 12, 1));
    const demo::AthleteHistory two = demo::generateHistory(0, demoOptions(1, 12, 2));
    EXPECT_FALSE(one.sessions == two.sessions);
    EXPECT_NE(one.profile.athlete.recentRace, two.profile.athlete.recentRace);
}

TEST(DemoDeterminism, AnAthleteDoesNotDependOnTheOthers)
{
    const demo::AthleteHistory alone = demo::generateHistory(2, demoOptions(3, 8));
    const demo::AthleteHistory inCrowd = demo::generateHistory(2, demoOptions(30, 8));
    EXPECT_TRUE(alone == inCrowd);
}

TEST(DemoDeterminism, ALaterLastDayMovesTheWholeHistory)
{
    const demo::AthleteHistory earlier = demo::generateHistory(0, demoOptions(1, 4));
    const demo::AthleteHistory later =
        demo::generateHistory(0, demoOptions(1, 4, 1, kLastDay.addDays(7)));
    ASSERT_FALSE(later.sessions.empty());
    EXPECT_GT(later.sessions.back().localDate(), kLastDay);
    EXPECT_LE(earlier.sessions.back().localDate(), kLastDay);
}

TEST(DemoProfiles, NamesAreUniqueForAHundredAthletes)
{
    for (quint64 seed : {1ull, 77ull, 419ull}) {
        QSet<QString> names;
        for (int index = 0; index < 100; ++index) {
            demo::Random random(demo::Random::mix(seed, quint64(index)));
            const demo::Profile profile = demo::makeProfile(index, seed, random);
            EXPECT_FALSE(profile.athlete.name.trimmed().isEmpty());
            names.insert(profile.athlete.name.toCaseFolded());
        }
        EXPECT_EQ(names.size(), 100) << "seed " << seed;
    }
}

TEST(DemoProfiles, AthletesDifferInKindFitnessAndUnits)
{
    double lowest = 100.0;
    double highest = 0.0;
    int imperial = 0;
    for (int index = 0; index < 30; ++index) {
        demo::Random random(demo::Random::mix(1, quint64(index)));
        const demo::Profile profile = demo::makeProfile(index, 1, random);
        const Athlete& athlete = profile.athlete;
        EXPECT_EQ(profile.triathlete, index % 3 == 1) << index;
        EXPECT_EQ(athlete.sports.contains(Sport::Swim), profile.triathlete) << index;
        EXPECT_TRUE(athlete.sports.contains(Sport::Run)) << index;
        ASSERT_TRUE(athlete.maxHeartRate && athlete.restingHeartRate);
        EXPECT_GE(*athlete.maxHeartRate, 165);
        EXPECT_LE(*athlete.maxHeartRate, 210);
        EXPECT_LT(*athlete.restingHeartRate, 65);
        EXPECT_GE(profile.endVdot, 38.0);
        EXPECT_LE(profile.endVdot, 60.0);
        lowest = std::min(lowest, profile.endVdot);
        highest = std::max(highest, profile.endVdot);
        imperial += athlete.units == UnitSystem::Imperial ? 1 : 0;
    }
    EXPECT_LT(lowest, 42.0);
    EXPECT_GT(highest, 56.0);
    EXPECT_GT(imperial, 2);
    EXPECT_LT(imperial, 15);
}
