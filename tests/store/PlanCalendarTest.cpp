// Rest days and completions of plans (migration 4).

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class PlanCalendar : public StoreTest {
protected:
    PlanStore& plans() { return store().plans(); }

    int restRows() const
    {
        RawSql raw(m_store->path());
        return raw.value(QStringLiteral("SELECT count(*) FROM rest_day")).toInt();
    }

    LoggedSession logFor(const PlannedSession& plan, QTime start)
    {
        LoggedSession session = simpleSession(plan.athleteId, plan.date, Sport::Run, 40, 6, 8000);
        session.start = QDateTime(plan.date, start, Qt::UTC);
        session.plannedSessionId = plan.id;
        EXPECT_TRUE(store().sessions().insert(session).ok());
        return session;
    }

    const QDate m_monday{2024, 6, 3};
};

} // namespace

TEST_F(PlanCalendar, RestDaysRoundTripInDateOrder)
{
    const RestDay sunday{athleteId(), m_monday.addDays(6), QStringLiteral("family day")};
    const RestDay monday{athleteId(), m_monday, QString()};
    const RestDay nextWeek{athleteId(), m_monday.addDays(7), QStringLiteral("travel")};
    for (const RestDay& day : {sunday, monday, nextWeek})
        ASSERT_TRUE(plans().setRestDay(day).ok());
    Result<std::vector<RestDay>> week =
        plans().restDays(athleteId(), m_monday, m_monday.addDays(6));
    ASSERT_TRUE(week.ok()) << week.error().message.toStdString();
    const RestDay mondayRead{athleteId(), m_monday, QStringLiteral("")};
    EXPECT_EQ(*week, (std::vector<RestDay>{mondayRead, sunday}));
}

TEST_F(PlanCalendar, MarkingAgainReplacesTheNote)
{
    ASSERT_TRUE(plans().setRestDay({athleteId(), m_monday, QStringLiteral("sore")}).ok());
    ASSERT_TRUE(plans().setRestDay({athleteId(), m_monday, QStringLiteral("ill")}).ok());
    EXPECT_EQ(*plans().restDays(athleteId(), m_monday, m_monday),
              (std::vector<RestDay>{{athleteId(), m_monday, QStringLiteral("ill")}}));
    EXPECT_EQ(restRows(), 1);
}

TEST_F(PlanCalendar, ClearingUnmarksAndToleratesUnmarkedDays)
{
    ASSERT_TRUE(plans().setRestDay({athleteId(), m_monday, QStringLiteral("x")}).ok());
    EXPECT_TRUE(plans().clearRestDay(athleteId(), m_monday.addDays(1)).ok());
    EXPECT_EQ(restRows(), 1);
    EXPECT_TRUE(plans().clearRestDay(athleteId(), m_monday).ok());
    EXPECT_EQ(restRows(), 0);
    EXPECT_FALSE(plans().clearRestDay(athleteId(), QDate()).ok());
}

TEST_F(PlanCalendar, RestDayKeepsThePlansOfItsDay)
{
    PlannedSession plan = samplePlan(athleteId(), m_monday);
    ASSERT_TRUE(plans().insert(plan).ok());
    ASSERT_TRUE(plans().setRestDay({athleteId(), m_monday, QString()}).ok());
    EXPECT_EQ(*plans().inRange(athleteId(), m_monday, m_monday),
              (std::vector<PlannedSession>{plan}));
}

TEST_F(PlanCalendar, BadRestDaysAreRefusedWithNothingWritten)
{
    const Status noDate = plans().setRestDay({athleteId(), QDate(), QStringLiteral("x")});
    ASSERT_FALSE(noDate.ok());
    EXPECT_TRUE(noDate.errorMessage().contains(QStringLiteral("valid date")));

    const Status noAthlete = plans().setRestDay({AthleteId{999}, m_monday, QString()});
    ASSERT_FALSE(noAthlete.ok());
    EXPECT_TRUE(noAthlete.errorMessage().contains(QStringLiteral("no athlete with id 999")))
        << noAthlete.errorMessage().toStdString();
    EXPECT_EQ(restRows(), 0);
}

TEST_F(PlanCalendar, RestDaysBelongToTheirAthleteAndGoWithIt)
{
    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    ASSERT_TRUE(plans().setRestDay({athleteId(), m_monday, QStringLiteral("mine")}).ok());
    ASSERT_TRUE(plans().setRestDay({other.id, m_monday, QStringLiteral("theirs")}).ok());
    EXPECT_EQ(plans().restDays(other.id, m_monday, m_monday)->front().note,
              QStringLiteral("theirs"));
    ASSERT_TRUE(store().athletes().remove(other.id).ok());
    EXPECT_TRUE(plans().restDays(other.id, m_monday, m_monday)->empty());
    EXPECT_EQ(restRows(), 1);
}

TEST_F(PlanCalendar, CompletionsLinkEachPlanToItsFirstLoggedSession)
{
    PlannedSession none = samplePlan(athleteId(), m_monday);
    PlannedSession once = samplePlan(athleteId(), m_monday.addDays(1));
    PlannedSession twice = samplePlan(athleteId(), m_monday.addDays(2));
    PlannedSession outside = samplePlan(athleteId(), m_monday.addDays(9));
    for (PlannedSession* plan : {&none, &once, &twice, &outside})
        ASSERT_TRUE(plans().insert(*plan).ok());
    const LoggedSession onlyOne = logFor(once, QTime(7, 0));
    const LoggedSession later = logFor(twice, QTime(18, 0));   // saved first, ran later
    const LoggedSession earlier = logFor(twice, QTime(6, 30)); // the first one logged
    logFor(outside, QTime(7, 0));

    auto done = plans().completions(athleteId(), m_monday, m_monday.addDays(6));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    const std::map<PlannedSessionId, LoggedSessionId> expected{{once.id, onlyOne.id},
                                                               {twice.id, earlier.id}};
    EXPECT_EQ(*done, expected);
    EXPECT_NE(later.id, earlier.id);
    EXPECT_TRUE(plans().completions(athleteId(), m_monday, m_monday)->empty());
}

TEST_F(PlanCalendar, CompletionsAreOfTheAthleteAsked)
{
    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    PlannedSession theirs = samplePlan(other.id, m_monday);
    ASSERT_TRUE(plans().insert(theirs).ok());
    logFor(theirs, QTime(7, 0));
    EXPECT_TRUE(plans().completions(athleteId(), m_monday, m_monday)->empty());
    EXPECT_EQ(plans().completions(other.id, m_monday, m_monday)->size(), 1u);
}
