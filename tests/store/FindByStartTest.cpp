// SessionStore::findByStart: the duplicate check of imports and restores (same athlete
// and start second, whatever offset either start carries; and sport when given).
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"

#include <QTimeZone>

namespace paceline::test {
namespace {

class FindByStart : public StoreTest {
protected:
    LoggedSession stored(const QDateTime& start, Sport sport)
    {
        LoggedSession session = simpleSession(athleteId(), start.date(), sport, 45.0, 5.0);
        session.start = start;
        const Status inserted = store().sessions().insert(session);
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        return session;
    }
    std::optional<LoggedSessionId> find(const QDateTime& start, std::optional<Sport> sport,
                                        std::optional<AthleteId> athlete = std::nullopt)
    {
        Result<std::optional<LoggedSessionId>> found =
            store().sessions().findByStart(athlete.value_or(athleteId()), start, sport);
        EXPECT_TRUE(found.ok()) << (found.ok() ? "" : found.errorMessage().toStdString());
        return found.ok() ? *found : std::nullopt;
    }
};

TEST_F(FindByStart, FindsTheSessionOfThatSportAndSecond)
{
    const QDateTime start(QDate(2026, 3, 14), QTime(7, 0, 12), Qt::OffsetFromUTC, 3600);
    const LoggedSession run = stored(start, Sport::Run);
    stored(start.addSecs(3600), Sport::Run);
    EXPECT_EQ(find(start, Sport::Run), run.id);
    EXPECT_FALSE(find(start, Sport::Bike));
    EXPECT_FALSE(find(start.addSecs(1), Sport::Run));
    EXPECT_FALSE(find(start.addSecs(-1), Sport::Run));
}

TEST_F(FindByStart, WithoutASportAnySessionAtThatSecond)
{
    const QDateTime start(QDate(2026, 3, 14), QTime(7, 0, 12), QTimeZone::utc());
    const LoggedSession cross = stored(start, Sport::CrossTraining);
    EXPECT_EQ(find(start, std::nullopt), cross.id);
    EXPECT_FALSE(find(start, Sport::Run));
    EXPECT_FALSE(find(start.addSecs(1), std::nullopt));
}

TEST_F(FindByStart, OffsetsDoNotMatterOnlyTheInstant)
{
    // Stored at +02:00 on the 15th (23:30 UTC on the 14th); looked for in UTC and at
    // -05:00, where the local day is the 14th.
    const QDateTime utc(QDate(2026, 3, 14), QTime(23, 30), QTimeZone::utc());
    const LoggedSession run = stored(utc.toOffsetFromUtc(7200), Sport::Run);
    ASSERT_EQ(run.localDate(), QDate(2026, 3, 15));
    EXPECT_EQ(find(utc, Sport::Run), run.id);
    EXPECT_EQ(find(utc.toOffsetFromUtc(-5 * 3600), Sport::Run), run.id);
    EXPECT_EQ(find(utc.toOffsetFromUtc(14 * 3600), Sport::Run), run.id);
}

TEST_F(FindByStart, OnlyTheAthletesOwnSessions)
{
    const QDateTime start(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc());
    stored(start, Sport::Run);
    Athlete other = sampleAthlete(QStringLiteral("Ben"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    EXPECT_FALSE(find(start, Sport::Run, other.id));
}

TEST_F(FindByStart, NothingInAnEmptyLog)
{
    EXPECT_FALSE(find(QDateTime(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc()), Sport::Run));
}

} // namespace
} // namespace paceline::test
