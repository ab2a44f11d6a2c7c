#include "ImportTestSupport.h"

#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"

namespace paceline::test {

void ImportTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto opened = LogStore::open(pathOf(QStringLiteral("log.sqlite")));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    m_store = std::move(opened).value();
    m_athlete.name = QStringLiteral("Ana Lopes");
    m_athlete.maxHeartRate = 190;
    m_athlete.restingHeartRate = 45;
    m_athlete.recentRace = RaceResult{Distance{10000.0}, Duration{2400.0}, QDate(2026, 2, 1)};
    m_athlete.sports = {Sport::Run, Sport::Bike, Sport::Swim};
    const Status inserted = m_store->athletes().insert(m_athlete);
    ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
}

int ImportTest::sessionCount()
{
    Result<int> count = m_store->sessions().count(m_athlete.id);
    EXPECT_TRUE(count.ok()) << (count.ok() ? "" : count.errorMessage().toStdString());
    return count.ok() ? *count : -1;
}

} // namespace paceline::test
