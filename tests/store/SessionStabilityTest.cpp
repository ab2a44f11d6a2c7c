#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

// The stability figures stored with a session (migration 3), and inserting a session
// under its old ids, as undoing a removal does.

namespace {

class SessionStability : public StoreTest {
protected:
    LoggedSession insertedWith(std::optional<PaceStability> stability)
    {
        LoggedSession session = sampleSession(athleteId(), m_day);
        session.stability = stability;
        const Status inserted = store().sessions().insert(session);
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        return session;
    }

    LoggedSession found(LoggedSessionId id)
    {
        Result<LoggedSession> session = store().sessions().find(id);
        EXPECT_TRUE(session.ok()) << session.errorMessage().toStdString();
        return session.ok() ? *session : LoggedSession{};
    }

    std::vector<LoggedSession> listed()
    {
        auto sessions = store().sessions().inRange(athleteId(), m_day, m_day, WithReps::No);
        EXPECT_TRUE(sessions.ok()) << sessions.errorMessage().toStdString();
        return sessions.ok() ? *sessions : std::vector<LoggedSession>{};
    }

    std::vector<DailyLoad> loads()
    {
        auto loads = store().sessions().dailyLoads(athleteId(), m_day, m_day);
        EXPECT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
        return loads.ok() ? *loads : std::vector<DailyLoad>{};
    }

    const QDate m_day{2024, 6, 3};
};

PaceStability everyFigure()
{
    PaceStability stability;
    stability.workReps = 6;
    stability.paceCvPercent = 1.25;
    stability.fadePercent = -0.75; // sped up
    stability.spreadPerKm = Duration{6.25};
    stability.repsWithTarget = 5;
    stability.repsWithinTarget = 4;
    stability.rpeDrift = 1.5;
    return stability;
}

/// What a session of recoveries only gives: a count and nothing to compare.
PaceStability onlyCounts()
{
    PaceStability stability;
    stability.workReps = 0;
    return stability;
}

} // namespace

TEST_F(SessionStability, EveryFigureReadsBack)
{
    const LoggedSession session = insertedWith(everyFigure());
    EXPECT_EQ(found(session.id).stability, std::optional<PaceStability>(everyFigure()));
    EXPECT_EQ(found(session.id), session);
}

TEST_F(SessionStability, AbsentFiguresReadBackAbsent)
{
    const LoggedSession session = insertedWith(onlyCounts());
    const std::optional<PaceStability> stability = found(session.id).stability;
    ASSERT_TRUE(stability.has_value());
    EXPECT_EQ(*stability, onlyCounts());
    EXPECT_FALSE(stability->paceCvPercent.has_value());
    EXPECT_FALSE(stability->spreadPerKm.has_value());
    EXPECT_FALSE(stability->rpeDrift.has_value());
}

TEST_F(SessionStability, SessionWithoutFiguresStoresNulls)
{
    const LoggedSession session = insertedWith(std::nullopt);
    EXPECT_FALSE(found(session.id).stability.has_value());
    RawSql raw(store().path());
    EXPECT_TRUE(raw.value(QStringLiteral("SELECT work_reps IS NULL AND pace_cv_percent IS NULL "
                                         "AND reps_with_target IS NULL FROM logged_session"))
                    .toBool());
}

TEST_F(SessionStability, ListsWithoutRepsShowTheFigures)
{
    const LoggedSession with = insertedWith(everyFigure());
    const LoggedSession without = insertedWith(std::nullopt);
    const std::vector<LoggedSession> sessions = listed();
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_TRUE(sessions[0].reps.empty());
    EXPECT_EQ(sessions[0].id, with.id);
    EXPECT_EQ(sessions[0].stability, std::optional<PaceStability>(everyFigure()));
    EXPECT_FALSE(sessions[1].stability.has_value());
    auto withReps = store().sessions().inRange(athleteId(), m_day, m_day, WithReps::Yes);
    ASSERT_TRUE(withReps.ok());
    EXPECT_EQ((*withReps)[0], with);
    EXPECT_EQ((*withReps)[1], without);
}

TEST_F(SessionStability, UpdateReplacesAndClearsTheFigures)
{
    LoggedSession session = insertedWith(everyFigure());
    session.stability->fadePercent = 3.5;
    session.stability->rpeDrift.reset();
    ASSERT_TRUE(store().sessions().update(session).ok());
    EXPECT_EQ(found(session.id), session);
    session.stability.reset();
    ASSERT_TRUE(store().sessions().update(session).ok());
    EXPECT_FALSE(found(session.id).stability.has_value());
}

TEST_F(SessionStability, NegativeCountIsRefusedAndNothingWritten)
{
    PaceStability impossible = everyFigure();
    impossible.repsWithinTarget = -1;
    LoggedSession session = sampleSession(athleteId(), m_day);
    session.stability = impossible;
    const Status inserted = store().sessions().insert(session);
    ASSERT_FALSE(inserted.ok());
    EXPECT_TRUE(inserted.errorMessage().contains(QStringLiteral("reps_within_target")))
        << inserted.errorMessage().toStdString();
    EXPECT_FALSE(session.id.isValid());
    EXPECT_EQ(*store().sessions().count(athleteId()), 0);
}

TEST_F(SessionStability, RemovedSessionComesBackWithItsIds)
{
    const LoggedSession session = insertedWith(everyFigure());
    insertedWith(std::nullopt); // a later session: the removed ids are not the highest
    ASSERT_TRUE(store().sessions().remove(session.id).ok());
    LoggedSession restored = session;
    const Status inserted = store().sessions().insert(restored);
    ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
    EXPECT_EQ(restored, session);
    EXPECT_EQ(found(session.id), session);
}

TEST_F(SessionStability, LastSessionComesBackWithItsIdsAfterOthersWereAdded)
{
    // SQLite gives a new row max(id) + 1, which can be the removed session's id.
    const LoggedSession session = insertedWith(everyFigure());
    ASSERT_TRUE(store().sessions().remove(session.id).ok());
    LoggedSession restored = session;
    ASSERT_TRUE(store().sessions().insert(restored).ok());
    EXPECT_EQ(restored, session);
    const LoggedSession later = insertedWith(std::nullopt);
    EXPECT_GT(later.id.value, session.id.value);
    EXPECT_GT(later.reps.front().id.value, session.reps.back().id.value);
}

TEST_F(SessionStability, PresetIdOfAnotherSessionIsRefused)
{
    const LoggedSession first = insertedWith(everyFigure());
    LoggedSession clash = sampleSession(athleteId(), m_day);
    clash.id = first.id;
    const Status inserted = store().sessions().insert(clash);
    ASSERT_FALSE(inserted.ok());
    EXPECT_TRUE(inserted.errorMessage().contains(
        QStringLiteral("already a logged session with id %1").arg(first.id.value)))
        << inserted.errorMessage().toStdString();
    EXPECT_EQ(clash.id, first.id);
    EXPECT_EQ(*store().sessions().count(athleteId()), 1);
}

TEST_F(SessionStability, RepIdsHeldByAnotherSessionAreReplaced)
{
    const LoggedSession first = insertedWith(everyFigure());
    LoggedSession copy = first; // e.g. "log this again": same reps, new session
    copy.id = {};
    ASSERT_TRUE(store().sessions().insert(copy).ok());
    EXPECT_NE(copy.id, first.id);
    for (std::size_t i = 0; i < copy.reps.size(); ++i)
        EXPECT_NE(copy.reps[i].id, first.reps[i].id);
    EXPECT_EQ(found(first.id), first);
    EXPECT_EQ(found(copy.id), copy);
}

TEST_F(SessionStability, DailyLoadIsRightAfterRemoveAndReinsert)
{
    const LoggedSession kept = insertedWith(std::nullopt);
    const LoggedSession session = insertedWith(everyFigure());
    const std::vector<DailyLoad> both = loads();
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].sessions, 2);

    ASSERT_TRUE(store().sessions().remove(session.id).ok());
    const std::vector<DailyLoad> one = loads();
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].sessions, 1);
    EXPECT_EQ(one[0].duration, kept.duration);
    EXPECT_EQ(one[0].sessionRpeLoad, 7.5 * 62.5);

    LoggedSession restored = session;
    ASSERT_TRUE(store().sessions().insert(restored).ok());
    EXPECT_EQ(loads(), both);
}

TEST_F(SessionStability, FreePresetRepIdsAreKeptOnceEach)
{
    LoggedSession session = sampleSession(athleteId(), m_day);
    session.reps[0].id = RepId{1000}; // past every row: free
    session.reps[1].id = RepId{1000}; // twice in one session: only the first keeps it
    ASSERT_TRUE(store().sessions().insert(session).ok());
    EXPECT_EQ(session.reps[0].id, RepId{1000});
    EXPECT_GT(session.reps[1].id.value, 1000);
    EXPECT_GT(session.reps[2].id.value, 1000);
    EXPECT_EQ(found(session.id), session);
    const LoggedSession later = insertedWith(std::nullopt);
    EXPECT_GT(later.reps.front().id.value, session.reps.back().id.value);
}
