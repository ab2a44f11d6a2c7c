#include "LoadFigureSupport.h"

#include "core/science/Stability.h"
#include "core/store/AthleteStore.h"

namespace paceline::test {

Athlete heartRateAthlete(const QString& name)
{
    Athlete athlete = sampleAthlete(name);
    athlete.sex = Sex::Male;
    athlete.restingHeartRate = 50;
    athlete.maxHeartRate = 190;
    return athlete;
}

void HeartRateAthleteTest::SetUp()
{
    StoreTest::SetUp();
    m_athlete = heartRateAthlete();
    const Status inserted = store().athletes().insert(m_athlete);
    ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
}

LoggedSession thresholdHour(const Athlete& athlete, QDate day, std::optional<int> avgHeartRate)
{
    const Speed threshold = athletePaces(athlete).value().threshold;
    LoggedSession session =
        simpleSession(athlete.id, day, Sport::Run, 60, 6, (threshold * Duration{3600}).metres);
    session.title = QStringLiteral("Tempo hour");
    session.avgHeartRate = avgHeartRate;
    return session;
}

LoggedSession easyHalfHour(AthleteId athlete, QDate day)
{
    LoggedSession session = simpleSession(athlete, day, Sport::Run, 30, 3);
    session.title = QStringLiteral("Shake-out");
    return session;
}

ZoneSeconds zones(double easy, double marathon, double threshold, double interval,
                  double repetition)
{
    return {easy, marathon, threshold, interval, repetition};
}

} // namespace paceline::test
