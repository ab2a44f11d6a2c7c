// The demo writes each session with the stability figures the app would store: its
// reps against the plan it came from (as stored) and the athlete's training paces.

#include "DemoTestSupport.h"
#include "core/science/Stability.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kFarPast{1990, 1, 1};
const QDate kFarFuture{2100, 1, 1};

std::unique_ptr<LogStore> demoLog(const QString& path, const DemoOptions& options)
{
    auto opened = LogStore::open(path);
    EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().message.toStdString());
    if (!opened)
        return nullptr;
    std::unique_ptr<LogStore> store = std::move(opened).value();
    auto written = writeDemoData(*store, options);
    EXPECT_TRUE(written.ok()) << (written ? "" : written.errorMessage().toStdString());
    return store;
}

std::vector<LoggedSession> sessionsOf(LogStore& store, AthleteId athlete)
{
    auto sessions = store.sessions().inRange(athlete, kFarPast, kFarFuture, WithReps::Yes);
    EXPECT_TRUE(sessions.ok()) << (sessions ? "" : sessions.errorMessage().toStdString());
    return sessions ? *sessions : std::vector<LoggedSession>{};
}

/// The figures as the app computes them before a save, from what the log holds.
PaceStability expectedFigures(LogStore& store, const Athlete& athlete, const LoggedSession& session)
{
    StepTree planned;
    if (session.plannedSessionId) {
        auto plan = store.plans().find(*session.plannedSessionId);
        EXPECT_TRUE(plan.ok());
        if (plan)
            planned = plan->steps;
    }
    return sessionStability(session, planned, athletePaces(athlete));
}

} // namespace

TEST(DemoStability, SessionsAreStoredWithTheirFigures)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    std::unique_ptr<LogStore> store =
        demoLog(dir.filePath(QStringLiteral("demo.sqlite")), demoOptions(2, 8));
    ASSERT_TRUE(store);
    auto athletes = store->athletes().all();
    ASSERT_TRUE(athletes.ok());
    ASSERT_EQ(athletes->size(), 2u);
    int withTargets = 0;
    for (const Athlete& athlete : *athletes) {
        const std::vector<LoggedSession> sessions = sessionsOf(*store, athlete.id);
        ASSERT_FALSE(sessions.empty());
        for (const LoggedSession& session : sessions) {
            ASSERT_TRUE(session.stability.has_value()) << session.title.toStdString();
            EXPECT_EQ(*session.stability, expectedFigures(*store, athlete, session))
                << session.title.toStdString() << " on "
                << session.localDate().toString(Qt::ISODate).toStdString();
            withTargets += session.stability->repsWithTarget > 0 ? 1 : 0;
        }
    }
    // Interval reps link to planned steps with pace targets: the figures were computed
    // against the stored plan, not an empty one.
    EXPECT_GT(withTargets, 0);
}

TEST(DemoStability, FiguresAreDeterministic)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const DemoOptions options = demoOptions(1, 6, 3);
    std::unique_ptr<LogStore> first = demoLog(dir.filePath(QStringLiteral("a.sqlite")), options);
    std::unique_ptr<LogStore> second = demoLog(dir.filePath(QStringLiteral("b.sqlite")), options);
    ASSERT_TRUE(first && second);
    const AthleteId athlete = first->athletes().all()->front().id;
    const std::vector<LoggedSession> one = sessionsOf(*first, athlete);
    ASSERT_FALSE(one.empty());
    EXPECT_TRUE(one == sessionsOf(*second, athlete));
}
