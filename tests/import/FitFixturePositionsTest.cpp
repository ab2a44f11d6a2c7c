// The FIT fixture's GPS positions read back through the FIT reader: semicircles to
// degrees (FIT profile: 2^31 semicircles per 180 degrees), one point per second heading
// north at the lap's speed (1 degree of latitude = 111,195 m on the mean-radius sphere).

#include "FitActivityFixture.h"
#include "core/io/activity/FitReader.h"

#include <gtest/gtest.h>

namespace paceline::test {
namespace {

TEST(FitFixturePositions, RecordsCarryPositionsWhenAsked)
{
    FitActivitySpec spec = runOf(evenLaps(1, 100, 5.0), FitActivitySpec().startUtc);
    spec.positions = true;
    auto recording = FitReader().read(fitActivityFile(spec), QStringLiteral("track.fit"));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const std::vector<RecordedSample>& samples = recording->sessions.front().samples;
    ASSERT_EQ(samples.size(), 100u);
    // After 100 s at 5 m/s: 500 m north of 46 N, still on 14 E.
    ASSERT_TRUE(samples.back().latitude && samples.back().longitude);
    EXPECT_NEAR(*samples.back().latitude, 46.0 + 500.0 / 111195.0, 1e-6);
    EXPECT_NEAR(*samples.back().longitude, 14.0, 1e-6);
}

TEST(FitFixturePositions, NoPositionsByDefault)
{
    auto recording =
        FitReader().read(fitActivityFile(runOf(evenLaps(1, 10, 5.0), FitActivitySpec().startUtc)),
                         QStringLiteral("treadmill.fit"));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    for (const RecordedSample& sample : recording->sessions.front().samples)
        EXPECT_FALSE(sample.latitude.has_value());
}

} // namespace
} // namespace paceline::test
