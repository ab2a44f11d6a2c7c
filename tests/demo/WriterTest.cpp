// writeDemoData through a real log: what it reports is what the log holds, reps link
// to stored plan steps, one transaction per athlete, and failures leave no partial
// athlete behind.

#include "DemoTestSupport.h"
#include "core/demo/Templates.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

class DemoWriterTest : public ::testing::Test {
protected:
    std::unique_ptr<LogStore> open(const OpenOptions& options = {})
    {
        auto opened = LogStore::open(m_dir.filePath(QStringLiteral("demo.sqlite")), options);
        EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.error().message.toStdString());
        return opened ? std::move(opened).value() : nullptr;
    }

    QTemporaryDir m_dir;
};

const QDate kFarPast{1990, 1, 1};
const QDate kFarFuture{2100, 1, 1};

std::vector<Athlete> athletesOf(LogStore& store)
{
    auto athletes = store.athletes().all();
    EXPECT_TRUE(athletes.ok());
    return athletes ? *athletes : std::vector<Athlete>{};
}

} // namespace

TEST_F(DemoWriterTest, TheLogHoldsWhatTheSummaryReports)
{
    auto store = open();
    ASSERT_TRUE(store);
    const DemoOptions options = demoOptions(3, 10);
    std::vector<std::pair<int, int>> calls;
    auto summary = writeDemoData(*store, options,
                                 [&](int done, int total) { calls.emplace_back(done, total); });
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_EQ(calls, (std::vector<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));

    EXPECT_EQ(summary->athletes, 3);
    EXPECT_EQ(summary->templates, int(demo::templateLibrary().size()));
    ASSERT_TRUE(store->templates().all().ok());
    EXPECT_EQ(int(store->templates().all()->size()), summary->templates);

    int plans = 0;
    int sessions = 0;
    int reps = 0;
    const std::vector<Athlete> athletes = athletesOf(*store);
    ASSERT_EQ(int(athletes.size()), 3);
    for (const Athlete& athlete : athletes) {
        auto planned = store->plans().inRange(athlete.id, kFarPast, kFarFuture);
        auto logged = store->sessions().inRange(athlete.id, kFarPast, kFarFuture, WithReps::Yes);
        ASSERT_TRUE(planned.ok() && logged.ok());
        EXPECT_EQ(*store->sessions().count(athlete.id), int(logged->size()));
        plans += int(planned->size());
        sessions += int(logged->size());

        std::map<qint64, const PlannedSession*> byId;
        QSet<qint64> stepIds;
        for (const PlannedSession& plan : *planned) {
            byId[plan.id.value] = &plan;
            for (const Step* step : allSteps(plan.steps))
                stepIds.insert(step->id.value);
        }
        EXPECT_GT(planned->back().date, kLastDay.addDays(10));
        EXPECT_LE(planned->back().date, kLastDay.addDays(14));
        EXPECT_LE(logged->back().localDate(), kLastDay);
        for (const LoggedSession& session : *logged) {
            reps += int(session.reps.size());
            if (!session.plannedSessionId)
                continue;
            ASSERT_TRUE(byId.count(session.plannedSessionId->value));
            const PlannedSession& plan = *byId[session.plannedSessionId->value];
            EXPECT_EQ(plan.date, session.localDate());
            for (const Rep& rep : session.reps) {
                ASSERT_TRUE(rep.plannedStepId);
                EXPECT_TRUE(stepIds.contains(rep.plannedStepId->value));
                const Step* step = stepOf(plan, *rep.plannedStepId);
                ASSERT_NE(step, nullptr);
                // The link goes to the step the rep ran, not just to some step.
                EXPECT_EQ(rep.kind == RepKind::Recovery, step->kind == StepKind::Recovery);
                if (const auto* duration = std::get_if<Duration>(&step->target)) {
                    EXPECT_EQ(rep.time, *duration);
                }
                if (const auto* distance = std::get_if<Distance>(&step->target)) {
                    EXPECT_EQ(rep.distance, *distance);
                }
            }
        }
    }
    EXPECT_TRUE(store->checkIntegrity().ok());
    EXPECT_EQ(plans, summary->plannedSessions);
    EXPECT_EQ(sessions, summary->loggedSessions);
    EXPECT_EQ(reps, summary->reps);
    EXPECT_GT(reps, 3 * 10 * 15);
}

TEST_F(DemoWriterTest, StoredContentIsTheGeneratedContent)
{
    auto store = open();
    ASSERT_TRUE(store);
    const DemoOptions options = demoOptions(1, 3, 9);
    ASSERT_TRUE(writeDemoData(*store, options).ok());
    const demo::AthleteHistory expected = demo::generateHistory(0, options);

    const std::vector<Athlete> athletes = athletesOf(*store);
    ASSERT_EQ(athletes.size(), 1u);
    Athlete athlete = expected.profile.athlete;
    athlete.id = athletes.front().id;
    EXPECT_EQ(athletes.front(), athlete);

    auto logged = store->sessions().inRange(athlete.id, kFarPast, kFarFuture, WithReps::Yes);
    ASSERT_TRUE(logged.ok());
    ASSERT_EQ(logged->size(), expected.sessions.size());
    for (std::size_t i = 0; i < logged->size(); ++i) {
        const LoggedSession& stored = (*logged)[i];
        const LoggedSession& generated = expected.sessions[i];
        EXPECT_EQ(stored.title, generated.title);
        EXPECT_EQ(stored.start, generated.start);
        EXPECT_EQ(stored.start.offsetFromUtc(), generated.start.offsetFromUtc());
        EXPECT_EQ(stored.duration, generated.duration);
        EXPECT_EQ(stored.distance, generated.distance);
        EXPECT_EQ(stored.sessionRpe, generated.sessionRpe);
        EXPECT_EQ(stored.wellness, generated.wellness);
        ASSERT_EQ(stored.reps.size(), generated.reps.size());
        for (std::size_t r = 0; r < stored.reps.size(); ++r) {
            EXPECT_EQ(stored.reps[r].time, generated.reps[r].time);
            EXPECT_EQ(stored.reps[r].rpe, generated.reps[r].rpe);
        }
    }
}

TEST_F(DemoWriterTest, AReadOnlyLogRefusesAndKeepsNothing)
{
    ASSERT_TRUE(open());
    {
        auto store = open({.readOnly = true});
        ASSERT_TRUE(store);
        int calls = 0;
        auto summary = writeDemoData(*store, demoOptions(2, 2), [&](int, int) { ++calls; });
        ASSERT_FALSE(summary.ok());
        EXPECT_FALSE(summary.errorMessage().isEmpty());
        EXPECT_EQ(calls, 0);
    }
    auto store = open();
    EXPECT_EQ(*store->athletes().count(), 0);
    EXPECT_TRUE(store->templates().all()->empty());
}

TEST_F(DemoWriterTest, AFailureMidWayKeepsOnlyWholeAthletes)
{
    auto store = open();
    ASSERT_TRUE(store);
    const DemoOptions options = demoOptions(3, 4);
    // Someone already has the third demo athlete's name: that athlete cannot be added.
    Athlete clash;
    clash.name = demo::generateHistory(2, options).profile.athlete.name;
    ASSERT_TRUE(store->athletes().insert(clash).ok());

    int calls = 0;
    auto summary = writeDemoData(*store, options, [&](int, int) { ++calls; });
    ASSERT_FALSE(summary.ok());
    EXPECT_TRUE(summary.errorMessage().contains(clash.name))
        << summary.errorMessage().toStdString();
    EXPECT_EQ(calls, 2);

    const std::vector<Athlete> athletes = athletesOf(*store);
    EXPECT_EQ(athletes.size(), 3u);
    for (const Athlete& athlete : athletes) {
        const int sessions = *store->sessions().count(athlete.id);
        const auto plans = store->plans().inRange(athlete.id, kFarPast, kFarFuture);
        if (athlete.id == clash.id) {
            EXPECT_EQ(sessions, 0);
            EXPECT_TRUE(plans->empty());
        } else {
            EXPECT_GT(sessions, 10);
            EXPECT_FALSE(plans->empty());
        }
    }
}

TEST_F(DemoWriterTest, BadOptionsAreRefusedBeforeWriting)
{
    auto store = open();
    ASSERT_TRUE(store);
    for (const DemoOptions& options : {demoOptions(0, 4), demoOptions(421, 4), demoOptions(1, 0),
                                       demoOptions(1, 1041), demoOptions(1, 4, 1, QDate())}) {
        auto summary = writeDemoData(*store, options);
        EXPECT_FALSE(summary.ok());
    }
    EXPECT_EQ(*store->athletes().count(), 0);
    EXPECT_TRUE(store->templates().all()->empty());
}

TEST_F(DemoWriterTest, TemplatesAlreadyInTheLogAreReused)
{
    auto store = open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(writeDemoData(*store, demoOptions(1, 1)).ok());
    const int before = int(store->templates().all()->size());
    // Another seed brings other names; the library is the same and is not duplicated.
    ASSERT_TRUE(writeDemoData(*store, demoOptions(1, 1, 2)).ok());
    EXPECT_EQ(int(store->templates().all()->size()), before);
}

TEST_F(DemoWriterTest, TenYearsOfOneAthlete)
{
    // How long this takes is measured in tests/bench/DemoBench.cpp, not here.
    auto store = open();
    ASSERT_TRUE(store);
    auto summary = writeDemoData(*store, demoOptions(1, 520));
    ASSERT_TRUE(summary.ok()) << summary.errorMessage().toStdString();
    EXPECT_GT(summary->loggedSessions, 520 * 4);
    EXPECT_EQ(*store->sessions().count(store->athletes().all()->front().id),
              summary->loggedSessions);
}
