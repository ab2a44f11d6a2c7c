// The sessions Paceline ships (core/io/ExampleSessions.cpp, rebuilt by hand here) are
// well sequenced: at any fitness they give no warnings or problems. Plus the
// advisor-wide properties: rule list, order, determinism, open targets.

#include "AdvisorTestSupport.h"
#include "core/advice/SessionAdvisor.h"
#include "core/advice/SessionAnalysis.h"

#include <map>
#include <set>
#include <string>

using namespace paceline;
using namespace paceline::test;

namespace {

struct Example {
    const char* name;
    StepTree (*steps)();
    Purpose purpose;
};

const Example kExamples[] = {
    {"5K sharpening", fiveKSharpening, Purpose::RaceSpecific},
    {"three-zone rotation", threeZoneRotation, Purpose::RaceSpecific},
    {"progressive ladder", progressiveLadder, Purpose::FatigueTolerance},
    {"threshold cruise", thresholdCruise, Purpose::Threshold},
    {"hill strides", hillStrides, Purpose::Turnover},
    {"long run with a fast finish", longRunFastFinish, Purpose::AerobicEndurance},
};

// The same sessions with "Nx rep // recovery" (recovery between the reps, none after
// the last) instead of "Nx rep / recovery": both shapes must pass.
StepTree recoveriesBetween(StepTree steps)
{
    for (StepNode& node : steps) {
        if (!node.isGroup())
            continue;
        RepeatGroup& group = node.group();
        if (group.count > 1 && group.children.size() == 2 && group.children[1].isStep() &&
            group.children[1].step().kind == StepKind::Recovery) {
            group.recoveryBetweenSets = group.children[1].step();
            group.children.pop_back();
        }
    }
    return steps;
}

} // namespace

TEST(WellSequenced, ExampleSessionsGiveNoWarnings)
{
    for (double vdot : {45.0, 50.0, 55.0, 60.0}) {
        for (const Example& example : kExamples) {
            AdviceContext context = runner(vdot, example.purpose);
            context.weeklyDistance = Distance::fromKilometres(60);
            for (const StepTree& steps : {example.steps(), recoveriesBetween(example.steps())}) {
                const std::vector<Finding> found = serious(adviseSession(steps, context));
                EXPECT_TRUE(found.empty()) << example.name << " at VDOT " << vdot << ": "
                                           << ::testing::PrintToString(found);
            }
        }
    }
}

TEST(WellSequenced, TheExamplesHaveLimitsAtTheEndsOfTheFitnessRange)
{
    // A runner of VDOT 35 takes 6:15 for the ladder's 1,200 m at I pace: Daniels'
    // table 5.2 prints no I time over 5:00, and the advisor says so.
    const std::vector<Finding> slow =
        serious(adviseSession(progressiveLadder(), runner(35, Purpose::FatigueTolerance)));
    ASSERT_EQ(slow.size(), 1u) << ::testing::PrintToString(slow);
    EXPECT_EQ(slow.front().rule, QStringLiteral("rep.too-long"));
    // A VDOT 70 runner covers the cruise session's 2 km warm-up in 8 minutes.
    const std::vector<Finding> fast =
        serious(adviseSession(thresholdCruise(), runner(70, Purpose::Threshold)));
    ASSERT_EQ(fast.size(), 1u) << ::testing::PrintToString(fast);
    EXPECT_EQ(fast.front().rule, QStringLiteral("warmup.short"));
    // The others are fine for them too.
    for (const Example& example : kExamples) {
        for (double vdot : {35.0, 70.0}) {
            if (example.steps == progressiveLadder || example.steps == thresholdCruise)
                continue;
            const std::vector<Finding> found =
                serious(adviseSession(example.steps(), runner(vdot, example.purpose)));
            EXPECT_TRUE(found.empty())
                << example.name << " at VDOT " << vdot << ": " << ::testing::PrintToString(found);
        }
    }
}

TEST(WellSequenced, WithoutPacesOrPurpose)
{
    for (const Example& example : kExamples) {
        const std::vector<Finding> found = serious(adviseSession(example.steps(), AdviceContext{}));
        EXPECT_TRUE(found.empty()) << example.name << ": " << ::testing::PrintToString(found);
    }
}

TEST(WellSequenced, BrickAndRecoveryRun)
{
    Step bike = work(minutes(60), RpeTarget{5.0});
    bike.sport = Sport::Bike;
    Step run = work(minutes(20), PaceZone::Marathon);
    run.sport = Sport::Run;
    AdviceContext brick = runner(50, Purpose::RaceSpecific);
    brick.estimate.sport = Sport::Brick;
    EXPECT_TRUE(adviseSession({node(bike), node(run)}, brick).empty())
        << ::testing::PrintToString(adviseSession({node(bike), node(run)}, brick));
    EXPECT_TRUE(adviseSession({node(easy(minutes(30)))}, runner(50, Purpose::Recovery)).empty());
}

TEST(Advisor, EveryRuleHasAUniqueIdAndASummary)
{
    std::set<std::string> ids;
    for (const RuleInfo& rule : sessionRules()) {
        EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
        EXPECT_GT(std::string(rule.summary).size(), 10u) << rule.id;
    }
    EXPECT_EQ(ids.size(), 14u);
}

TEST(Advisor, FindingsComeInRuleOrderAndAreDeterministic)
{
    // Everything wrong at once: no warm-up, hardest first, long reps, short recoveries,
    // too much I, no cool-down, and the wrong purpose.
    const StepTree steps{
        repeat(6, {node(work(metres(2000), PaceZone::Interval))}, jog(seconds(60))),
        node(jog(seconds(60))),
        repeat(4, {node(work(metres(400), PaceZone::Threshold))}, jog(seconds(60))),
        node(step(StepKind::Work, Target{}, PaceZone::Easy))};
    const AdviceContext context = runner(50, Purpose::Recovery);
    const std::vector<Finding> findings = adviseSession(steps, context);
    ASSERT_GE(findings.size(), 6u);
    std::vector<std::string> order;
    for (const RuleInfo& rule : sessionRules())
        order.push_back(rule.id);
    size_t last = 0;
    for (const Finding& finding : findings) {
        const auto at = std::find(order.begin(), order.end(), finding.rule.toStdString());
        ASSERT_NE(at, order.end()) << finding.rule.toStdString();
        EXPECT_GE(size_t(at - order.begin()), last);
        last = size_t(at - order.begin());
    }
    EXPECT_EQ(findingsOf(findings, "warmup.missing").size(), 1u);
    EXPECT_EQ(findingsOf(findings, "order.not-progressive").size(), 1u);
    EXPECT_EQ(findingsOf(findings, "rep.too-long").size(), 1u);
    EXPECT_EQ(findingsOf(findings, "volume.zone-cap").size(), 1u);
    EXPECT_EQ(findingsOf(findings, "cooldown.missing").size(), 1u);
    EXPECT_EQ(findingsOf(findings, "purpose.mismatch").size(), 1u);
    EXPECT_EQ(findingsOf(findings, "step.open-target").size(), 1u);

    const std::vector<Finding> again = adviseSession(steps, context);
    ASSERT_EQ(again.size(), findings.size());
    for (size_t i = 0; i < findings.size(); ++i) {
        EXPECT_EQ(again[i].rule, findings[i].rule);
        EXPECT_EQ(again[i].message, findings[i].message);
        EXPECT_EQ(again[i].steps, findings[i].steps);
    }
}

TEST(OpenTargetRule, StepsWithoutAnAmountAreNamed)
{
    const StepTree steps{node(warmUp(minutes(15))),
                         node(step(StepKind::Work, Target{}, PaceZone::Marathon)),
                         node(coolDown(Target{}))};
    const Finding finding = onlyFinding(steps, runner(50), "step.open-target");
    EXPECT_EQ(finding.severity, Severity::Info);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1}, {2}}));
    EXPECT_TRUE(finding.message.startsWith(QStringLiteral("Steps 2, 3 have no time or distance")));
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "step.open-target"));
}

TEST(Advisor, SessionsTooLongToUnrollAreNotJudgedStepByStep)
{
    // 100 million reps: the estimate lists no segments, so the rules that read them
    // stay silent (no "missing warm-up" for a session they cannot see), and it is quick.
    StepTree steps{node(work(metres(400), PaceZone::Interval)), node(strides({}))};
    for (int level = 0; level < 4; ++level)
        steps = {repeat(100, std::move(steps))};
    const std::vector<Finding> findings = adviseSession(steps, runner(50, Purpose::Recovery));
    ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(findings);
    EXPECT_EQ(findings.front().rule, QStringLiteral("step.open-target"));
}

TEST(Advisor, RepeatCountsAreReadFromTheTree)
{
    // How often a step runs is read from the counts around it; it must agree with the
    // unrolled segments, recoveries between sets (one fewer than the sets) included.
    const StepTree steps{
        node(warmUp(minutes(15))),
        repeat(2,
               {repeat(3, {node(work(metres(400), PaceZone::Interval))}, jog(seconds(90))),
                each(4, work(seconds(30), PaceZone::Repetition), walk(seconds(60)))},
               walk(minutes(3))),
        node(coolDown(minutes(10)))};
    const AdviceContext context = runner(50);
    const advice::SessionAnalysis session(steps, context);
    std::map<StepPath, int> counted;
    for (const Segment& segment : session.estimate.segments)
        ++counted[segment.path];
    for (const auto& [path, count] : counted)
        EXPECT_EQ(session.occurrences(path), count) << pathText(path).toStdString();
    EXPECT_EQ(counted.at({1, 0, 0}), 6);
    EXPECT_EQ(counted.at({1, 0, kBetweenSets}), 4);
    EXPECT_EQ(counted.at({1, 1, 1}), 8);
    EXPECT_EQ(counted.at({1, kBetweenSets}), 1);
    EXPECT_EQ(session.occurrences({7}), 0);
}
