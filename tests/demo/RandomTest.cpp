// The demo's random source: the published splitmix64/xoshiro256** sequence, so the
// same seed gives the same log on every platform, and distributions that behave.

#include "core/demo/Random.h"

#include <gtest/gtest.h>

#include <cmath>

using paceline::demo::Random;

TEST(DemoRandom, FollowsTheReferenceSequence)
{
    // Random(0)'s state is splitmix64's first four outputs for seed 0 (the first is the
    // published e220a8397b1dcdaf). The expected outputs come from a separate Python
    // transcription of Blackman and Vigna's xoshiro256** reference code, which
    // reproduces the reference vector of rand_xoshiro (state {1, 2, 3, 4} gives 11520, 0,
    // 1509978240, 1215971899390074240, ...). Five outputs, so the state update is
    // checked too: the first output depends on the seeding alone.
    Random random(0);
    for (const quint64 expected :
         {0x99EC5F36CB75F2B4ull, 0xBF6E1F784956452Aull, 0x1A5F849D4933E6E0ull,
          0x6AA594F1262D2D2Cull, 0xBBA5AD4A1F842E59ull})
        EXPECT_EQ(random.next(), expected);
}

TEST(DemoRandom, StreamsAndDistributionsAreBitIdentical)
{
    // The same Python transcription, so that a change to seeding or to a distribution
    // (say, a switch to the standard library's, which differ between libstdc++, libc++
    // and MSVC) changes every demo log and shows here first. Exact comparisons: the
    // arithmetic is a multiplication by a power of two and sums, the same everywhere.
    EXPECT_EQ(Random::mix(1, 0), 0xBEEB8DA1658EEC67ull);
    EXPECT_EQ(Random::mix(7, 3), 0xA503EF88E857D4C3ull);
    Random random(42);
    for (const double expected : {0.08386297105988216, 0.3789802506626686, 0.6800434110281394})
        EXPECT_EQ(random.uniform(), expected);
    for (const double expected : {2.4069435397065586, 0.273554945768959, 1.3598051861631424})
        EXPECT_EQ(random.normal(), expected);
    for (const int expected : {4, 6, 4, 6, 1, 6})
        EXPECT_EQ(random.between(1, 6), expected);
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
