// The whole-log backup end to end: a log read through the stores, written as JSON,
// read back and restored into another log gives the same log (ids aside); restoring
// again adds nothing; a bad part leaves the target log exactly as it was.

#include "core/import/LogTransfer.h"

#include "core/io/LogJsonFields.h"
#include "core/model/StepPath.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/MicrocycleStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace paceline;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

Step step(StepKind kind, Target target, Intensity intensity)
{
    Step made;
    made.kind = kind;
    made.target = target;
    made.intensity = intensity;
    return made;
}

/// Warm-up, 2 x (3 x (400 m, jog) then 200 m) with a rest between sets, cool-down.
StepTree ladderSteps()
{
    Step fast =
        step(StepKind::Work, Distance{400.0},
             PaceRange{Speed::fromSecondsPerKilometre(200), Speed::fromSecondsPerKilometre(190)});
    Step jog = step(StepKind::Recovery, Duration{60.0}, HeartRateRange{120, 140});
    RepeatGroup inner{StepId{}, 3, {StepNode{fast}, StepNode{jog}}, std::nullopt};
    Step surge = step(StepKind::Work, Distance{200.0}, RpeTarget{8.5});
    RepeatGroup outer{StepId{},
                      2,
                      {StepNode{inner}, StepNode{surge}},
                      step(StepKind::Rest, Duration{180.0}, std::monostate{})};
    return {StepNode{step(StepKind::WarmUp, Duration::fromMinutes(15), PaceZone::Easy)},
            StepNode{outer}, StepNode{step(StepKind::CoolDown, Distance{2000.0}, PaceZone::Easy)}};
}

std::vector<StepId> stepIds(const StepTree& tree)
{
    std::vector<StepId> ids;
    forEachStep(tree, [&](const StepPath&, const Step& s) { ids.push_back(s.id); });
    return ids;
}

Rep rep(RepKind kind, std::optional<StepId> planned, double metres, double seconds)
{
    Rep made;
    made.kind = kind;
    made.plannedStepId = planned;
    made.distance = Distance{metres};
    made.time = Duration{seconds};
    made.rpe = 7.0;
    made.notes = QStringLiteral("rep, \"noted\"");
    return made;
}

class LogTransfer : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    std::unique_ptr<LogStore> open(const QString& name)
    {
        auto opened = LogStore::open(m_dir.filePath(name));
        if (!opened.ok()) {
            ADD_FAILURE() << str(opened.error().message);
            return nullptr;
        }
        return std::move(opened).value();
    }

    /// Two athletes, a template and a plan made from it, a microcycle, rest days, and
    /// sessions linked to the plan with reps linked to its steps.
    void fill(LogStore& store)
    {
        // Rows made and removed first, so the source's ids differ from those a fresh
        // log gives: a link restored without remapping would then point elsewhere.
        Athlete gone;
        gone.name = QStringLiteral("Gone");
        ASSERT_TRUE(store.athletes().insert(gone).ok());
        SessionTemplate goneTemplate;
        goneTemplate.name = QStringLiteral("Gone");
        goneTemplate.steps = ladderSteps();
        ASSERT_TRUE(store.templates().insert(goneTemplate).ok());
        PlannedSession gonePlan;
        gonePlan.athleteId = gone.id;
        gonePlan.date = QDate(2026, 1, 1);
        gonePlan.steps = ladderSteps();
        ASSERT_TRUE(store.plans().insert(gonePlan).ok());
        fillKept(store);
        ASSERT_TRUE(store.athletes().remove(gone.id).ok());
        ASSERT_TRUE(store.templates().remove(goneTemplate.id).ok());
    }

    void fillKept(LogStore& store)
    {
        Athlete ana;
        ana.name = QStringLiteral("Ana Lopes");
        ana.sex = Sex::Female;
        ana.maxHeartRate = 191;
        ana.restingHeartRate = 44;
        ana.recentRace = RaceResult{Distance{10000.0}, Duration{2352.5}, QDate(2026, 1, 21)};
        ana.units = UnitSystem::Imperial;
        Athlete bo;
        bo.name = QStringLiteral("Bo");
        ASSERT_TRUE(store.athletes().insert(ana).ok());
        ASSERT_TRUE(store.athletes().insert(bo).ok());

        SessionTemplate ladders;
        ladders.name = QStringLiteral("Ladders");
        ladders.purpose = Purpose::Threshold;
        ladders.steps = ladderSteps();
        ASSERT_TRUE(store.templates().insert(ladders).ok());

        MicrocycleTemplate week;
        week.name = QStringLiteral("Two hard");
        MicrocycleSession tuesday;
        tuesday.day = 1;
        tuesday.name = QStringLiteral("Ladders");
        tuesday.steps = ladderSteps();
        week.sessions = {tuesday};
        week.restDays = {0};
        ASSERT_TRUE(store.microcycles().insert(week).ok());

        PlannedSession plan;
        plan.athleteId = ana.id;
        plan.date = QDate(2026, 3, 3);
        plan.templateId = ladders.id;
        plan.name = QStringLiteral("Tuesday ladders");
        plan.steps = ladderSteps();
        ASSERT_TRUE(store.plans().insert(plan).ok());
        PlannedSession swim;
        swim.athleteId = bo.id;
        swim.date = QDate(2026, 3, 4);
        swim.sport = Sport::Swim;
        swim.name = QStringLiteral("Drills");
        ASSERT_TRUE(store.plans().insert(swim).ok());
        ASSERT_TRUE(
            store.plans().setRestDay({ana.id, QDate(2026, 3, 1), QStringLiteral("trip")}).ok());

        const std::vector<StepId> planSteps = stepIds(plan.steps);
        LoggedSession done;
        done.athleteId = ana.id;
        done.start = QDateTime(QDate(2026, 3, 3), QTime(18, 5, 7), Qt::OffsetFromUTC, 3600);
        done.title = QStringLiteral("Ladders, windy");
        done.plannedSessionId = plan.id;
        done.duration = Duration{3900.0};
        done.distance = Distance{11000.0};
        done.sessionRpe = 8.0;
        done.avgHeartRate = 150;
        done.wellness.sleep = 4;
        done.notes = QStringLiteral("line one\nline two");
        done.reps = {rep(RepKind::Work, planSteps[1], 400.0, 79.5),
                     rep(RepKind::Recovery, planSteps[2], 150.0, 60.0),
                     rep(RepKind::Work, std::nullopt, 400.0, 80.0)};
        done.stability = PaceStability{2, 0.5, 0.6, Duration{1.25}, 1, 1, std::nullopt};
        ASSERT_TRUE(store.sessions().insert(done).ok());
        LoggedSession easy;
        easy.athleteId = bo.id;
        easy.start = QDateTime(QDate(2026, 3, 5), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
        easy.sport = Sport::Swim;
        easy.duration = Duration{1800.0};
        ASSERT_TRUE(store.sessions().insert(easy).ok());
    }

    LogSnapshot snapshot(const LogStore& store)
    {
        auto read = snapshotOf(store);
        EXPECT_TRUE(read.ok()) << (read.ok() ? std::string() : str(read.errorMessage()));
        return read.ok() ? *read : LogSnapshot{};
    }

    QTemporaryDir m_dir;
};

/// The snapshot with every store id replaced by what it points at (an athlete's name,
/// a template's name, a plan's place in the list, a step's place in its plan), so two
/// logs holding the same things compare equal whatever ids their rows got.
LogSnapshot withoutIds(LogSnapshot snapshot)
{
    std::map<qint64, qint64> athletes, templates, plans, steps;
    for (size_t i = 0; i < snapshot.athletes.size(); ++i)
        athletes[std::exchange(snapshot.athletes[i].id.value, qint64(i + 1))] = qint64(i + 1);
    for (size_t i = 0; i < snapshot.templates.size(); ++i) {
        templates[std::exchange(snapshot.templates[i].id.value, qint64(i + 1))] = qint64(i + 1);
        snapshot.templates[i].steps = {};
    }
    for (MicrocycleTemplate& microcycle : snapshot.microcycles)
        microcycle.id = MicrocycleId{};
    auto clearGroups = [](StepTree& tree, auto& self) -> void {
        for (StepNode& node : tree) {
            if (node.isGroup()) {
                node.group().id = StepId{};
                self(node.group().children, self);
            }
        }
    };
    for (size_t i = 0; i < snapshot.planned.size(); ++i) {
        PlannedSession& plan = snapshot.planned[i];
        plans[std::exchange(plan.id.value, qint64(i + 1))] = qint64(i + 1);
        plan.athleteId.value = athletes[plan.athleteId.value];
        if (plan.templateId)
            plan.templateId->value = templates[plan.templateId->value];
        const std::vector<StepId> ids = stepIds(plan.steps);
        for (size_t s = 0; s < ids.size(); ++s)
            steps[ids[s].value] = qint64((i + 1) * 1000 + s);
        clearGroups(plan.steps, clearGroups);
    }
    for (RestDay& day : snapshot.restDays)
        day.athleteId.value = athletes[day.athleteId.value];
    for (LoggedSession& session : snapshot.sessions) {
        session.id = LoggedSessionId{};
        session.athleteId.value = athletes[session.athleteId.value];
        if (session.plannedSessionId)
            session.plannedSessionId->value = plans[session.plannedSessionId->value];
        for (Rep& r : session.reps) {
            r.id = RepId{};
            if (r.plannedStepId)
                r.plannedStepId->value = steps[r.plannedStepId->value];
        }
    }
    // Plan steps last: the sessions' links above needed the old ids.
    for (PlannedSession& plan : snapshot.planned) {
        std::vector<StepId> ids = stepIds(plan.steps);
        for (StepId& id : ids)
            id.value = steps[id.value];
        logjson::assignStepIds(plan.steps, ids);
    }
    return snapshot;
}

void expectSameLog(const LogSnapshot& actual, const LogSnapshot& expected)
{
    const LogSnapshot a = withoutIds(actual);
    const LogSnapshot e = withoutIds(expected);
    EXPECT_EQ(a.athletes, e.athletes);
    EXPECT_EQ(a.templates, e.templates);
    EXPECT_EQ(a.microcycles, e.microcycles);
    EXPECT_EQ(a.planned, e.planned);
    EXPECT_EQ(a.restDays, e.restDays);
    EXPECT_EQ(a.sessions, e.sessions);
}

Result<LogSnapshot> throughJson(const LogSnapshot& snapshot)
{
    return logFromJson(logToJson(snapshot), QStringLiteral("backup.json"));
}

} // namespace

TEST_F(LogTransfer, SnapshotReadsEverythingThroughTheStores)
{
    auto source = open(QStringLiteral("source.sqlite"));
    ASSERT_TRUE(source);
    fill(*source);
    const LogSnapshot read = snapshot(*source);
    EXPECT_EQ(read.athletes.size(), 2u);
    EXPECT_EQ(read.templates.size(), 1u);
    EXPECT_EQ(read.microcycles.size(), 1u);
    EXPECT_EQ(read.planned.size(), 2u);
    EXPECT_EQ(read.restDays.size(), 1u);
    ASSERT_EQ(read.sessions.size(), 2u);
    EXPECT_EQ(read.sessions[0].reps.size(), 3u);
}

TEST_F(LogTransfer, BackupRestoredIntoAnEmptyLogGivesTheSameLog)
{
    auto source = open(QStringLiteral("source.sqlite"));
    auto target = open(QStringLiteral("target.sqlite"));
    ASSERT_TRUE(source && target);
    fill(*source);
    const LogSnapshot original = snapshot(*source);
    auto parsed = throughJson(original);
    ASSERT_TRUE(parsed.ok()) << str(parsed.errorMessage());
    auto counts = restoreSnapshot(*target, *parsed);
    ASSERT_TRUE(counts.ok()) << str(counts.errorMessage());
    EXPECT_EQ(counts->athletesAdded, 2);
    EXPECT_EQ(counts->templatesAdded, 1);
    EXPECT_EQ(counts->microcyclesAdded, 1);
    EXPECT_EQ(counts->plannedAdded, 2);
    EXPECT_EQ(counts->sessionsAdded, 2);
    EXPECT_EQ(counts->sessionsSkipped, 0);
    const LogSnapshot restored = snapshot(*target);
    expectSameLog(restored, original);
    // The links point at the new rows: the rep's step is a step of the restored plan.
    ASSERT_EQ(restored.sessions.size(), 2u);
    const LoggedSession& linked = restored.sessions[0];
    ASSERT_TRUE(linked.plannedSessionId.has_value());
    EXPECT_NE(linked.plannedSessionId, original.sessions[0].plannedSessionId);
    EXPECT_NE(linked.reps[0].plannedStepId, original.sessions[0].reps[0].plannedStepId);
    auto plan = target->plans().find(*linked.plannedSessionId);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(linked.reps[0].plannedStepId, std::optional<StepId>(stepIds(plan->steps)[1]));
    EXPECT_EQ(linked.reps[1].plannedStepId, std::optional<StepId>(stepIds(plan->steps)[2]));
    EXPECT_FALSE(linked.reps[2].plannedStepId.has_value());
    EXPECT_EQ(linked.start.offsetFromUtc(), 3600);
}

TEST_F(LogTransfer, RestoringTwiceAddsNothingTheSecondTime)
{
    auto source = open(QStringLiteral("source.sqlite"));
    auto target = open(QStringLiteral("target.sqlite"));
    ASSERT_TRUE(source && target);
    fill(*source);
    const LogSnapshot original = snapshot(*source);
    ASSERT_TRUE(restoreSnapshot(*target, original).ok());
    const LogSnapshot once = snapshot(*target);
    auto again = restoreSnapshot(*target, original);
    ASSERT_TRUE(again.ok()) << str(again.errorMessage());
    EXPECT_EQ(again->athletesAdded, 0);
    EXPECT_EQ(again->athletesMatched, 2);
    EXPECT_EQ(again->templatesAdded, 0);
    EXPECT_EQ(again->microcyclesAdded, 0);
    EXPECT_EQ(again->plannedAdded, 0);
    EXPECT_EQ(again->plannedSkipped, 2);
    EXPECT_EQ(again->sessionsAdded, 0);
    EXPECT_EQ(again->sessionsSkipped, 2);
    const LogSnapshot twice = snapshot(*target);
    EXPECT_EQ(twice.athletes, once.athletes);
    EXPECT_EQ(twice.planned, once.planned);
    EXPECT_EQ(twice.sessions, once.sessions);
}

TEST_F(LogTransfer, AthletesAreMatchedByNameAndGetTheBackupsSessions)
{
    auto source = open(QStringLiteral("source.sqlite"));
    auto target = open(QStringLiteral("target.sqlite"));
    ASSERT_TRUE(source && target);
    fill(*source);
    Athlete already;
    already.name = QStringLiteral("bo"); // names match ignoring case
    ASSERT_TRUE(target->athletes().insert(already).ok());
    auto counts = restoreSnapshot(*target, snapshot(*source));
    ASSERT_TRUE(counts.ok()) << str(counts.errorMessage());
    EXPECT_EQ(counts->athletesMatched, 1);
    EXPECT_EQ(counts->athletesAdded, 1);
    EXPECT_EQ(*target->sessions().count(already.id), 1);
}

TEST_F(LogTransfer, ABadPartInTheMiddleLeavesTheTargetLogUnchanged)
{
    auto source = open(QStringLiteral("source.sqlite"));
    auto target = open(QStringLiteral("target.sqlite"));
    ASSERT_TRUE(source && target);
    fill(*source);
    Athlete present;
    present.name = QStringLiteral("Cy");
    ASSERT_TRUE(target->athletes().insert(present).ok());
    const LogSnapshot before = snapshot(*target);

    LogSnapshot broken = snapshot(*source);
    // The second plan has no date: the store refuses it after the athletes, the template,
    // the microcycle and the first plan were written.
    ASSERT_EQ(broken.planned.size(), 2u);
    broken.planned[1].date = QDate();
    auto counts = restoreSnapshot(*target, broken);
    ASSERT_FALSE(counts.ok());
    EXPECT_TRUE(counts.errorMessage().startsWith(QStringLiteral("Nothing was restored: ")))
        << str(counts.errorMessage());
    const LogSnapshot after = snapshot(*target);
    EXPECT_EQ(after.athletes, before.athletes);
    EXPECT_TRUE(after.templates.empty());
    EXPECT_TRUE(after.microcycles.empty());
    EXPECT_TRUE(after.planned.empty());
    EXPECT_TRUE(after.sessions.empty());
}
