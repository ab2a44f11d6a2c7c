// The demo's random source: the published splitmix64/xoshiro256** sequence, so the
// same seed gives the same log on every platform, and distributions that behave.

#include "core/demo/Random.h"

#include <gtest/gtest.h>

#include <cmath>

using paceline::demo::Random;

TEST(DemoRandom, FollowsTheReferenceSequence)
{
    // xoshiro256** seeded with splitmix64(0): the state words are splitmix64's first
    // four outputs for seed 0 (e220a8397b1dcdaf, 6e789e6aa1b965f4, 06c45d188009454f,
    // f88bb8a8724c81ec), and the first output is rotl(s1 * 5, 7) * 9.
    Random random(0);
    const quint64 s1 = 0x6E789E6AA1B965F4ull;
    const quint64 product = s1 * 5;
    const quint64 expected = ((product << 7) | (product >> 57)) * 9;
    EXPECT_EQ(random.next(), expected);
}

TEST(DemoRandom, SameSeedSameNumbersOtherSeedOthers)
{
    Random a(42);
    Random b(42);
    Random c(43);
    int same = 0;
    for (int i = 0; i < 100; ++i) {
        const quint64 x = a.next();
        EXPECT_EQ(x, b.next());
        same += x == c.next() ? 1 : 0;
    }
    EXPECT_EQ(same, 0);
    EXPECT_NE(Random::mix(1, 0), Random::mix(1, 1));
    EXPECT_NE(Random::mix(1, 0), Random::mix(2, 0));
}

TEST(DemoRandom, DistributionsStayInRangeAndCentre)
{
    Random random(5);
    const int n = 20000;
    double sum = 0.0;
    double squares = 0.0;
    int low = 0;
    int high = 0;
    for (int i = 0; i < n; ++i) {
        const double u = random.uniform();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        const int k = random.between(3, 5);
        ASSERT_GE(k, 3);
        ASSERT_LE(k, 5);
        low += k == 3 ? 1 : 0;
        high += k == 5 ? 1 : 0;
        const double z = random.normal();
        sum += z;
        squares += z * z;
        const double cut = random.normal(10.0, 2.0, 1.5);
        ASSERT_GE(cut, 7.0);
        ASSERT_LE(cut, 13.0);
    }
    EXPECT_NEAR(sum / n, 0.0, 0.03);
    EXPECT_NEAR(std::sqrt(squares / n), 1.0, 0.03);
    EXPECT_NEAR(double(low) / n, 1.0 / 3.0, 0.02);
    EXPECT_NEAR(double(high) / n, 1.0 / 3.0, 0.02);
}
