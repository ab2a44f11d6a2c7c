#include "core/model/Units.h"

#include <gtest/gtest.h>

using namespace paceline;

TEST(Units, PaceAndSpeedAreInverse)
{
    const Speed speed = Speed::fromSecondsPerKilometre(255.0); // 4:15/km
    EXPECT_NEAR(speed.metresPerSecond, 1000.0 / 255.0, 1e-12);
    EXPECT_NEAR(speed.secondsPerKilometre(), 255.0, 1e-9);
    // A mile is 1609.344 m exactly (international yard and pound agreement, 1959).
    EXPECT_NEAR(speed.paceFor(Distance::fromMiles(1.0)).seconds, 255.0 * 1.609344, 1e-9);
}

TEST(Units, ZeroSpeedHasNoPace)
{
    EXPECT_EQ(Speed{}.secondsPerKilometre(), 0.0);
    EXPECT_EQ(Speed::fromSecondsPerKilometre(0.0).metresPerSecond, 0.0);
    EXPECT_EQ((Distance{400.0} / Duration{0.0}).metresPerSecond, 0.0);
}

TEST(Units, ArithmeticBetweenDistanceTimeAndSpeed)
{
    const Speed speed = Distance{400.0} / Duration{80.0};
    EXPECT_DOUBLE_EQ(speed.metresPerSecond, 5.0);
    EXPECT_DOUBLE_EQ((Distance{1000.0} / speed).seconds, 200.0);
    EXPECT_DOUBLE_EQ((speed * Duration{60.0}).metres, 300.0);
    EXPECT_DOUBLE_EQ(Distance::fromKilometres(5.0).metres, 5000.0);
    EXPECT_DOUBLE_EQ(Duration::fromMinutes(1.5).seconds, 90.0);
}
