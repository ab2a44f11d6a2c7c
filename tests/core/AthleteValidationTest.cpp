#include "core/model/AthleteValidation.h"

#include <gtest/gtest.h>

using namespace paceline;

namespace {

Athlete valid()
{
    Athlete athlete;
    athlete.name = QStringLiteral("Ana");
    athlete.maxHeartRate = 188;
    athlete.restingHeartRate = 48;
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{1200.0}, {}};
    return athlete;
}

void expectRejected(const Athlete& athlete, const char* named)
{
    const Status status = validateAthlete(athlete);
    ASSERT_FALSE(status.ok()) << named;
    EXPECT_TRUE(status.errorMessage().contains(QLatin1String(named)))
        << status.errorMessage().toStdString();
}

} // namespace

TEST(AthleteValidation, AcceptsAPlausibleProfile)
{
    EXPECT_TRUE(validateAthlete(valid()).ok());
    Athlete minimal;
    minimal.name = QStringLiteral("Ben");
    EXPECT_TRUE(validateAthlete(minimal).ok());
}

TEST(AthleteValidation, NamesEachBadField)
{
    Athlete athlete = valid();
    athlete.name = QStringLiteral("   ");
    expectRejected(athlete, "name");

    athlete = valid();
    athlete.maxHeartRate = 251;
    expectRejected(athlete, "251 bpm");

    athlete = valid();
    athlete.restingHeartRate = 24;
    expectRejected(athlete, "24 bpm");

    athlete = valid();
    athlete.restingHeartRate = 190;
    expectRejected(athlete, "190 bpm");

    athlete = valid();
    athlete.recentRace->time = Duration{0.0};
    expectRejected(athlete, "race time");

    athlete = valid();
    athlete.recentRace->distance = Distance{0.0};
    expectRejected(athlete, "race distance");

    // 5 km in 7:00 is 11.9 m/s: faster than the 100 m world record's average.
    athlete = valid();
    athlete.recentRace->time = Duration{420.0};
    expectRejected(athlete, "faster than any human");
}

TEST(AthleteValidation, HeartRateBoundsAreInclusive)
{
    Athlete athlete = valid();
    athlete.restingHeartRate = kMinHeartRate;
    athlete.maxHeartRate = kMaxHeartRate;
    EXPECT_TRUE(validateAthlete(athlete).ok());
}
