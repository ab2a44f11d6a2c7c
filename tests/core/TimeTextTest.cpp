#include "core/model/TimeText.h"

#include <gtest/gtest.h>

using namespace paceline;

namespace {

double parsed(const char* text)
{
    const auto result = parseDuration(QString::fromUtf8(text));
    EXPECT_TRUE(result.ok()) << text << ": " << result.errorMessage().toStdString();
    return result.ok() ? result.value().seconds : -1.0;
}

} // namespace

TEST(ParseDuration, AcceptsTheFormsPeopleType)
{
    EXPECT_DOUBLE_EQ(parsed("92.4"), 92.4);
    EXPECT_DOUBLE_EQ(parsed("1:32"), 92.0);
    EXPECT_DOUBLE_EQ(parsed("1:32.4"), 92.4);
    EXPECT_DOUBLE_EQ(parsed("0:01:32"), 92.0);
    EXPECT_DOUBLE_EQ(parsed("1:05:09"), 3909.0);
    EXPECT_DOUBLE_EQ(parsed(" 20:00 "), 1200.0);
    EXPECT_DOUBLE_EQ(parsed("1:32,4"), 92.4); // decimal comma, as on many watches
    EXPECT_DOUBLE_EQ(parsed("125"), 125.0); // seconds alone may exceed a minute
}

TEST(ParseDuration, RejectsWithTheBadTextNamed)
{
    for (const char* bad : {"", "abc", "1:75", "1:60:00", "-5", "1::2", "1:2:3:4", "12:3x"}) {
        const auto result = parseDuration(QString::fromUtf8(bad));
        ASSERT_FALSE(result.ok()) << bad;
        EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("'%1'").arg(
            QString::fromUtf8(bad))))
            << result.errorMessage().toStdString();
    }
}

TEST(FormatDuration, MinutesHoursAndDecimals)
{
    EXPECT_EQ(formatDuration({92.0}), QStringLiteral("1:32"));
    EXPECT_EQ(formatDuration({92.44}, 1), QStringLiteral("1:32.4"));
    EXPECT_EQ(formatDuration({3909.0}), QStringLiteral("1:05:09"));
    EXPECT_EQ(formatDuration({5.0}), QStringLiteral("0:05"));
    // Rounding carries into the minute instead of printing 0:60.
    EXPECT_EQ(formatDuration({59.96}, 1), QStringLiteral("1:00.0"));
    EXPECT_EQ(formatDuration({-65.0}), QStringLiteral("-1:05"));
}

TEST(FormatDuration, RoundTripsThroughParse)
{
    for (double seconds : {0.0, 59.0, 92.4, 1199.0, 3909.0, 10000.5}) {
        const QString text = formatDuration({seconds}, 1);
        EXPECT_NEAR(parsed(text.toUtf8().constData()), seconds, 0.05) << text.toStdString();
    }
}

TEST(FormatPace, PerKilometreAndPerMile)
{
    const Speed speed = Speed::fromSecondsPerKilometre(255.0);
    EXPECT_EQ(formatPace(speed, UnitSystem::Metric), QStringLiteral("4:15/km"));
    // 255 s/km x 1.609344 = 410.4 s/mi -> 6:50/mi
    EXPECT_EQ(formatPace(speed, UnitSystem::Imperial), QStringLiteral("6:50/mi"));
    EXPECT_EQ(formatPace(Speed{}, UnitSystem::Metric), QStringLiteral("-"));
}

TEST(FormatDistance, KilometresAndMiles)
{
    EXPECT_EQ(formatDistance({12345.0}, UnitSystem::Metric), QStringLiteral("12.35 km"));
    EXPECT_EQ(formatDistance({1609.344}, UnitSystem::Imperial, 1), QStringLiteral("1.0 mi"));
}
