#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

#include <stdexcept>

using namespace paceline;
using namespace paceline::test;

namespace {

class Transactions : public StoreTest {
protected:
    int rows(const QString& table)
    {
        RawSql raw(store().path());
        return raw.value(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }
};

} // namespace

TEST_F(Transactions, FailureInsideTransactionLeavesNothing)
{
    const Status status = store().transaction([&]() -> Status {
        Athlete athlete = sampleAthlete(QStringLiteral("Temporary"));
        if (Status inserted = store().athletes().insert(athlete); !inserted)
            return inserted;
        LoggedSession session = sampleSession(athlete.id, QDate(2024, 3, 3));
        if (Status inserted = store().sessions().insert(session); !inserted)
            return inserted;
        return Error{QStringLiteral("the import found a bad line")};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.errorMessage(), QStringLiteral("the import found a bad line"));
    EXPECT_EQ(*store().athletes().count(), 1);
    EXPECT_EQ(rows(QStringLiteral("logged_session")), 0);
    EXPECT_EQ(rows(QStringLiteral("rep")), 0);
    EXPECT_EQ(rows(QStringLiteral("daily_load")), 0);
}

TEST_F(Transactions, SuccessfulTransactionKeepsEverything)
{
    const Status status = store().transaction([&]() -> Status {
        for (int day = 1; day <= 3; ++day) {
            LoggedSession session = sampleSession(athleteId(), QDate(2024, 3, day));
            if (Status inserted = store().sessions().insert(session); !inserted)
                return inserted;
        }
        return {};
    });
    ASSERT_TRUE(status.ok()) << status.errorMessage().toStdString();
    EXPECT_EQ(*store().sessions().count(athleteId()), 3);
}

TEST_F(Transactions, FailingWriteLeavesNothingHalfWritten)
{
    LoggedSession session = sampleSession(athleteId(), QDate(2024, 3, 3));
    session.reps[4].rpe = 11.0; // the CHECK allows 0-10
    const Status status = store().sessions().insert(session);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(QStringLiteral("rep_rpe_0_to_10")))
        << status.errorMessage().toStdString();
    EXPECT_TRUE(status.errorMessage().contains(store().path()));
    EXPECT_FALSE(session.id.isValid());
    for (const Rep& rep : session.reps)
        EXPECT_FALSE(rep.id.isValid());
    EXPECT_EQ(rows(QStringLiteral("logged_session")), 0);
    EXPECT_EQ(rows(QStringLiteral("rep")), 0);
    EXPECT_EQ(rows(QStringLiteral("daily_load")), 0);
}

TEST_F(Transactions, FailingTemplateLeavesNoSteps)
{
    SessionTemplate sessionTemplate = richTemplate();
    sessionTemplate.steps[1].group().children[0].group().count = 0; // CHECK: at least once
    ASSERT_FALSE(store().templates().insert(sessionTemplate).ok());
    EXPECT_FALSE(sessionTemplate.id.isValid());
    EXPECT_FALSE(sessionTemplate.steps[0].step().id.isValid());
    EXPECT_EQ(rows(QStringLiteral("session_template")), 0);
    EXPECT_EQ(rows(QStringLiteral("step")), 0);
}

TEST_F(Transactions, FailedSessionUpdateRestoresRepIdsAndRows)
{
    LoggedSession session = sampleSession(athleteId(), QDate(2024, 3, 3));
    ASSERT_TRUE(store().sessions().insert(session).ok());
    const LoggedSession stored = session;
    session.title = QStringLiteral("Changed");
    session.reps.erase(session.reps.begin()); // its row would be deleted
    session.reps.push_back(Rep{}); // inserted, and given an id, before the next one fails
    Rep invalid;
    invalid.rpe = 11.0;
    session.reps.push_back(invalid);
    ASSERT_FALSE(store().sessions().update(session).ok());
    EXPECT_FALSE(session.reps[session.reps.size() - 2].id.isValid());
    EXPECT_EQ(session.reps.front().id, stored.reps[1].id);
    EXPECT_EQ(*store().sessions().find(stored.id), stored);
    EXPECT_EQ(rows(QStringLiteral("rep")), int(stored.reps.size()));
}

TEST_F(Transactions, FailedTemplateUpdateRestoresStepIdsAndRows)
{
    SessionTemplate sessionTemplate = richTemplate();
    ASSERT_TRUE(store().templates().insert(sessionTemplate).ok());
    const SessionTemplate stored = sessionTemplate;
    Step added;
    added.kind = StepKind::Drills;
    // The new first step is written (and given an id) before the group fails.
    sessionTemplate.steps.insert(sessionTemplate.steps.begin(), StepNode{added});
    sessionTemplate.steps[2].group().count = 0;
    ASSERT_FALSE(store().templates().update(sessionTemplate).ok());
    EXPECT_FALSE(sessionTemplate.steps[0].step().id.isValid());
    EXPECT_EQ(sessionTemplate.steps[1].step().id, stored.steps[0].step().id);
    EXPECT_EQ(*store().templates().find(stored.id), stored);
}

TEST_F(Transactions, InnerFailureRollsBackTheOuterTransaction)
{
    const Status status = store().transaction([&]() -> Status {
        Athlete athlete = sampleAthlete(QStringLiteral("Outer"));
        if (Status inserted = store().athletes().insert(athlete); !inserted)
            return inserted;
        return store().transaction([&]() -> Status {
            LoggedSession session = sampleSession(athlete.id, QDate(2024, 3, 3));
            session.wellness.sleep = 9; // out of 1-5
            return store().sessions().insert(session);
        });
    });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(QStringLiteral("wellness_sleep_1_to_5")))
        << status.errorMessage().toStdString();
    EXPECT_EQ(*store().athletes().count(), 1);
    EXPECT_EQ(rows(QStringLiteral("logged_session")), 0);
}

TEST_F(Transactions, AnIgnoredInnerFailureStillFailsTheWholeUnit)
{
    const Status status = store().transaction([&]() -> Status {
        Athlete athlete = sampleAthlete(QStringLiteral("Kept?"));
        (void)store().athletes().insert(athlete);
        Athlete duplicate = sampleAthlete(); // same name as the SetUp athlete
        (void)store().athletes().insert(duplicate);
        return {}; // carries on as if nothing happened
    });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.errorMessage().contains(QStringLiteral("Ana Lopes")));
    EXPECT_EQ(*store().athletes().count(), 1);
    // The store is usable afterwards.
    Athlete next = sampleAthlete(QStringLiteral("Next"));
    EXPECT_TRUE(store().athletes().insert(next).ok());
}

TEST_F(Transactions, NestedTransactionsCommitTogether)
{
    const Status status = store().transaction([&]() -> Status {
        return store().transaction([&]() -> Status {
            return store().transaction([&]() -> Status {
                Athlete athlete = sampleAthlete(QStringLiteral("Deep"));
                return store().athletes().insert(athlete);
            });
        });
    });
    ASSERT_TRUE(status.ok()) << status.errorMessage().toStdString();
    EXPECT_EQ(*store().athletes().count(), 2);
}

TEST_F(Transactions, ExceptionRollsBackAndPropagates)
{
    EXPECT_THROW((void)store().transaction([&]() -> Status {
        Athlete athlete = sampleAthlete(QStringLiteral("Thrown"));
        (void)store().athletes().insert(athlete);
        throw std::runtime_error("boom");
    }),
                 std::runtime_error);
    EXPECT_EQ(*store().athletes().count(), 1);
    Athlete next = sampleAthlete(QStringLiteral("After"));
    EXPECT_TRUE(store().athletes().insert(next).ok());
}
