// Microcycle templates (migration 4): round trips with nested step trees and double
// days, preset ids kept for undo, updates that replace the sessions, validation.

#include "core/store/MicrocycleStore.h"

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/model/StepPath.h"
#include "core/store/PlanStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

/// Rows a step tree takes in table step: one per step and per group.
int rowsOf(const StepTree& tree)
{
    int count = 0;
    for (const StepNode& node : tree) {
        ++count;
        if (node.isStep())
            continue;
        count += rowsOf(node.group().children);
        count += node.group().recoveryBetweenSets ? 1 : 0;
    }
    return count;
}

class MicrocycleStoreTest : public StoreTest {
protected:
    MicrocycleStore& microcycles() { return store().microcycles(); }

    int rows(const QString& table) const
    {
        RawSql raw(m_store->path());
        return raw.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    /// Every table a microcycle writes to, to prove a refused write left nothing.
    std::vector<int> allRows() const
    {
        return {rows(QStringLiteral("microcycle")), rows(QStringLiteral("microcycle_session")),
                rows(QStringLiteral("microcycle_rest_day")), rows(QStringLiteral("step"))};
    }

    void expectRefused(MicrocycleTemplate microcycle, const QString& words)
    {
        const std::vector<int> before = allRows();
        const MicrocycleTemplate original = microcycle;
        const Status inserted = microcycles().insert(microcycle);
        ASSERT_FALSE(inserted.ok());
        EXPECT_TRUE(inserted.errorMessage().contains(words))
            << inserted.errorMessage().toStdString();
        EXPECT_EQ(microcycle, original);
        EXPECT_EQ(allRows(), before);
    }
};

} // namespace

TEST_F(MicrocycleStoreTest, RoundTripKeepsSessionsStepsAndRestDays)
{
    MicrocycleTemplate microcycle = sampleMicrocycle();
    ASSERT_TRUE(microcycles().insert(microcycle).ok());
    ASSERT_TRUE(microcycle.id.isValid());
    Result<MicrocycleTemplate> found = microcycles().find(microcycle.id);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    EXPECT_EQ(*found, microcycle);
    ASSERT_EQ(found->sessions.size(), 5u);
    EXPECT_EQ(found->sessions[0].steps, richTemplate().steps); // nested groups, no ids
    EXPECT_EQ(found->sessions[1].orderInDay, 1);               // the double day
    EXPECT_EQ(found->restDays, (std::vector<int>{0, 6, 7}));
}

TEST_F(MicrocycleStoreTest, StepIdsOfTheCallerAreNotStored)
{
    // Steps copied from a plan carry that plan's ids; the template keeps only the shape.
    MicrocycleTemplate microcycle = sampleMicrocycle();
    PlannedSession plan = samplePlan(athleteId(), QDate(2024, 3, 5));
    ASSERT_TRUE(store().plans().insert(plan).ok());
    microcycle.sessions[0].steps = plan.steps;
    ASSERT_TRUE(microcycles().insert(microcycle).ok());
    EXPECT_EQ(microcycles().find(microcycle.id)->sessions[0].steps, withoutIds(plan.steps));
    EXPECT_EQ(*store().plans().find(plan.id), plan);
}

TEST_F(MicrocycleStoreTest, AllIsOrderedByNameWithItsOwnSessions)
{
    MicrocycleTemplate runner = sampleMicrocycle(QStringLiteral("runner week"));
    MicrocycleTemplate triathlon = sampleMicrocycle(QStringLiteral("Triathlon week"));
    triathlon.weeks = 1;
    triathlon.sessions = {triathlon.sessions[2], triathlon.sessions[3]};
    triathlon.restDays = {6};
    MicrocycleTemplate base = sampleMicrocycle(QStringLiteral("Base"));
    for (MicrocycleTemplate* each : {&runner, &triathlon, &base})
        ASSERT_TRUE(microcycles().insert(*each).ok());
    Result<std::vector<MicrocycleTemplate>> all = microcycles().all();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, (std::vector<MicrocycleTemplate>{base, runner, triathlon}));
}

TEST_F(MicrocycleStoreTest, EmptyTemplateRoundTrips)
{
    MicrocycleTemplate empty;
    empty.name = QStringLiteral("Blank");
    ASSERT_TRUE(microcycles().insert(empty).ok());
    EXPECT_EQ(*microcycles().find(empty.id), empty);
}

TEST_F(MicrocycleStoreTest, UpdateReplacesSessionsAndRestDays)
{
    MicrocycleTemplate microcycle = sampleMicrocycle();
    ASSERT_TRUE(microcycles().insert(microcycle).ok());
    MicrocycleTemplate changed = microcycle;
    changed.name = QStringLiteral("Renamed");
    changed.weeks = 1;
    changed.sessions = {microcycle.sessions[0]};
    changed.sessions[0].day = 3;
    changed.restDays = {2};
    ASSERT_TRUE(microcycles().update(changed).ok());
    EXPECT_EQ(*microcycles().find(microcycle.id), changed);
    // The dropped sessions' steps went with them.
    EXPECT_EQ(rows(QStringLiteral("step")), rowsOf(richTemplate().steps));
    EXPECT_EQ(rows(QStringLiteral("microcycle_session")), 1);
}

TEST_F(MicrocycleStoreTest, RemoveTakesSessionsStepsAndRestDays)
{
    MicrocycleTemplate microcycle = sampleMicrocycle();
    ASSERT_TRUE(microcycles().insert(microcycle).ok());
    ASSERT_TRUE(microcycles().remove(microcycle.id).ok());
    EXPECT_EQ(allRows(), (std::vector<int>{0, 0, 0, 0}));
    EXPECT_FALSE(microcycles().find(microcycle.id).ok());
    EXPECT_FALSE(microcycles().remove(microcycle.id).ok());
    EXPECT_FALSE(microcycles().update(microcycle).ok());
}

TEST_F(MicrocycleStoreTest, RemovedTemplateComesBackWithItsId)
{
    MicrocycleTemplate removed = sampleMicrocycle(QStringLiteral("Removed"));
    MicrocycleTemplate kept = sampleMicrocycle(QStringLiteral("Kept"));
    ASSERT_TRUE(microcycles().insert(removed).ok());
    ASSERT_TRUE(microcycles().insert(kept).ok());
    const MicrocycleTemplate snapshot = removed;
    ASSERT_TRUE(microcycles().remove(removed.id).ok());
    MicrocycleTemplate restored = snapshot;
    ASSERT_TRUE(microcycles().insert(restored).ok());
    EXPECT_EQ(restored.id, snapshot.id);
    EXPECT_EQ(*microcycles().find(snapshot.id), snapshot);
    EXPECT_EQ(microcycles().all()->size(), 2u);
}

TEST_F(MicrocycleStoreTest, TakenIdIsRefused)
{
    MicrocycleTemplate stored = sampleMicrocycle();
    ASSERT_TRUE(microcycles().insert(stored).ok());
    MicrocycleTemplate clash = sampleMicrocycle(QStringLiteral("Clash"));
    clash.id = stored.id;
    expectRefused(clash,
                  QStringLiteral("already a microcycle template with id %1").arg(stored.id.value));
    EXPECT_EQ(*microcycles().find(stored.id), stored);
}

TEST_F(MicrocycleStoreTest, BadValuesAreRefusedWithNothingWritten)
{
    MicrocycleTemplate noName = sampleMicrocycle(QStringLiteral("  "));
    expectRefused(noName, QStringLiteral("needs a name"));

    MicrocycleTemplate noWeeks = sampleMicrocycle();
    noWeeks.weeks = 0;
    expectRefused(noWeeks, QStringLiteral("at least one week (it has 0)"));

    MicrocycleTemplate lateSession = sampleMicrocycle();
    lateSession.sessions.back().day = 14;
    expectRefused(lateSession, QStringLiteral("day 14 is outside the 14 days"));

    MicrocycleTemplate earlySession = sampleMicrocycle();
    earlySession.sessions.front().day = -1;
    expectRefused(earlySession, QStringLiteral("'Ladders'"));

    MicrocycleTemplate lateRest = sampleMicrocycle();
    lateRest.restDays.push_back(20);
    expectRefused(lateRest, QStringLiteral("A rest day of the microcycle template"));

    MicrocycleTemplate twiceRest = sampleMicrocycle();
    twiceRest.restDays.push_back(6);
    expectRefused(twiceRest, QStringLiteral("day 6 as rest twice"));
}

TEST_F(MicrocycleStoreTest, RefusedUpdateKeepsTheStoredTemplate)
{
    MicrocycleTemplate stored = sampleMicrocycle();
    ASSERT_TRUE(microcycles().insert(stored).ok());
    const std::vector<int> before = allRows();
    MicrocycleTemplate shrunk = stored;
    shrunk.weeks = 1; // the last session (day 13) no longer fits
    EXPECT_FALSE(microcycles().update(shrunk).ok());
    EXPECT_EQ(*microcycles().find(stored.id), stored);
    EXPECT_EQ(allRows(), before);
}
