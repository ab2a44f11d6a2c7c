// proposeFatigueAdjustment: the next hard session and the three ways to ease it
// (docs/planner.md, "Fatigue").

#include "SessionBuilders.h"
#include "core/advice/FatigueAdvisor.h"
#include "core/science/SessionEstimate.h"

#include <gtest/gtest.h>

#include <cmath>

namespace paceline {
namespace {

using namespace test;

const QDate kMonday(2026, 11, 30);

FatigueSignal acwrSignal()
{
    return {QStringLiteral("fatigue.acwr"), QStringLiteral("Acute:chronic load 1.62"), 1.62, 1.5};
}

FatigueSignal rpeSignal()
{
    return {QStringLiteral("fatigue.rpe-rising"), QStringLiteral("RPE rising"), 1.2, 1.0};
}

PlannedSession planned(qint64 id, const QString& name, StepTree steps, Sport sport = Sport::Run)
{
    PlannedSession session;
    session.id = PlannedSessionId{id};
    session.athleteId = AthleteId{1};
    session.name = name;
    session.sport = sport;
    session.steps = std::move(steps);
    return session;
}

/// wu 15min @E; 5x1km @I / 2min jog; cd 10min @E: hard by any reading.
PlannedSession intervals(qint64 id)
{
    return planned(id, QStringLiteral("5 × 1 km @ I"),
                   {node(warmUp(minutes(15))),
                    each(5, work(metres(1000), PaceZone::Interval), jog(minutes(2))),
                    node(coolDown(minutes(10)))});
}

PlannedSession easyRun(qint64 id)
{
    return planned(id, QStringLiteral("Easy 45 min"), {node(work(minutes(45), PaceZone::Easy))});
}

PlanDay day(int offset, std::vector<PlannedSession> sessions)
{
    PlanDay planDay;
    planDay.date = kMonday.addDays(offset);
    for (PlannedSession& session : sessions)
        session.date = planDay.date;
    planDay.sessions = std::move(sessions);
    return planDay;
}

PlannedSession longRun(qint64 id)
{
    return planned(id, QStringLiteral("Long run"), {node(work(minutes(120), PaceZone::Easy))});
}

/// Monday easy, Tuesday rest, Wednesday long and easy, Thursday the intervals.
std::vector<PlanDay> week()
{
    PlanDay rest = day(1, {});
    rest.rest = true;
    return {day(0, {easyRun(10)}), rest, day(2, {longRun(14)}), day(3, {intervals(11)}),
            day(4, {easyRun(12)})};
}

const Step& onlyStep(const PlannedSession& session)
{
    EXPECT_EQ(session.steps.size(), 1u);
    return session.steps.at(0).step();
}

TEST(FatigueProposal, NothingWithoutASignal)
{
    EXPECT_FALSE(proposeFatigueAdjustment({}, week(), EstimateContext{}));
}

TEST(FatigueProposal, NothingWithoutAHardSessionAhead)
{
    const std::vector<PlanDay> easyWeek = {day(0, {easyRun(10)}), day(1, {easyRun(11)})};
    EXPECT_FALSE(proposeFatigueAdjustment({acwrSignal()}, easyWeek, EstimateContext{}));
    EXPECT_FALSE(proposeFatigueAdjustment({acwrSignal()}, {}, EstimateContext{}));
}

TEST(FatigueProposal, PicksTheNextHardSessionNotTheEasyOneBeforeIt)
{
    const auto proposal =
        proposeFatigueAdjustment({acwrSignal(), rpeSignal()}, week(), EstimateContext{});
    ASSERT_TRUE(proposal);
    EXPECT_EQ(proposal->session, PlannedSessionId{11});
    EXPECT_EQ(proposal->day, kMonday.addDays(3));
    EXPECT_EQ(proposal->triggers.size(), 2u);
    EXPECT_EQ(proposal->message.toStdString(),
              std::string("Fatigue: acute:chronic load 1.62 and RPE rising at the same "
                          "pace. Thursday's 5 × 1 km @ I is the next hard session: make it "
                          "easy or shorter so the fatigue can clear before the next hard "
                          "day."));
}

TEST(FatigueProposal, OffersASteadyRunOfTheSameLength)
{
    const auto proposal = proposeFatigueAdjustment({acwrSignal()}, week(), EstimateContext{});
    ASSERT_TRUE(proposal);
    ASSERT_EQ(proposal->options.size(), 3u);
    const WeekFix& steady = proposal->options[0];
    ASSERT_EQ(steady.changes.size(), 1u);
    EXPECT_EQ(steady.changes[0].session, PlannedSessionId{11});
    EXPECT_FALSE(steady.changes[0].moveTo); // same day
    ASSERT_TRUE(steady.changes[0].replacement);
    const PlannedSession& run = *steady.changes[0].replacement;
    EXPECT_EQ(run.sport, Sport::Run);
    EXPECT_EQ(run.name, QStringLiteral("Steady run (instead of 5 × 1 km @ I)"));
    EXPECT_EQ(run.id, PlannedSessionId{11});
    const Step& step = onlyStep(run);
    EXPECT_EQ(step.kind, StepKind::Work);
    EXPECT_EQ(step.intensity, Intensity{PaceZone::Easy});
    // The hard session's estimated length, to the nearest 5 min.
    const double hardSeconds =
        estimateSession(intervals(11).steps, EstimateContext{}).duration.seconds;
    const double steadySeconds = std::round(hardSeconds / 300) * 300;
    EXPECT_DOUBLE_EQ(std::get<Duration>(step.target).seconds, steadySeconds);
    // Over 40 min of easy running is aerobic endurance work rather than recovery.
    EXPECT_EQ(run.purpose, steadySeconds > 40 * 60 ? Purpose::AerobicEndurance : Purpose::Recovery);
}

TEST(FatigueProposal, OffersCrossTrainingForARunnerAndARideForATriathlete)
{
    const auto runner = proposeFatigueAdjustment({acwrSignal()}, week(), EstimateContext{});
    ASSERT_TRUE(runner);
    ASSERT_GE(runner->options.size(), 2u);
    const PlannedSession& cross = *runner->options[1].changes.at(0).replacement;
    EXPECT_EQ(cross.sport, Sport::CrossTraining);
    EXPECT_EQ(cross.purpose, Purpose::Recovery);
    EXPECT_EQ(onlyStep(cross).intensity, Intensity{RpeTarget{3.0}});

    std::vector<PlanDay> triathlon = week();
    triathlon[2].sessions.push_back(
        planned(13, QStringLiteral("Ride"), {node(work(minutes(90), RpeTarget{4}))}, Sport::Bike));
    const auto triathlete = proposeFatigueAdjustment({acwrSignal()}, triathlon, EstimateContext{});
    ASSERT_TRUE(triathlete);
    ASSERT_GE(triathlete->options.size(), 2u);
    EXPECT_EQ(triathlete->options[1].changes.at(0).replacement->sport, Sport::Bike);
}

TEST(FatigueProposal, OffersTheSessionWithShorterHardBlocks)
{
    const auto proposal = proposeFatigueAdjustment({acwrSignal()}, week(), EstimateContext{});
    ASSERT_TRUE(proposal);
    ASSERT_EQ(proposal->options.size(), 3u);
    const PlannedSession& shorter = *proposal->options[2].changes.at(0).replacement;
    EXPECT_EQ(shorter.steps, shortenHardBlocks(intervals(11).steps));
    // round(5 x 2/3) = round(3.33) = 3 reps of 1 km, still at I.
    EXPECT_EQ(shorter.steps[1].group().count, 3);
    EXPECT_EQ(shorter.sport, Sport::Run);
    EXPECT_EQ(shorter.name, QStringLiteral("5 × 1 km @ I (shortened)"));
    EXPECT_EQ(proposal->options[2].label.toStdString(),
              "Cut the hard blocks of Thursday's 5 × 1 km @ I to about two thirds, at the "
              "same paces");
}

TEST(FatigueProposal, TheHardSessionOfADoubleDayIsTheOneReplaced)
{
    // An easy morning run and intervals in the evening of the same day.
    const std::vector<PlanDay> plan = {day(0, {easyRun(20), intervals(21)})};
    const auto proposal = proposeFatigueAdjustment({rpeSignal()}, plan, EstimateContext{});
    ASSERT_TRUE(proposal);
    EXPECT_EQ(proposal->session, PlannedSessionId{21});
    for (const WeekFix& option : proposal->options) {
        ASSERT_EQ(option.changes.size(), 1u);
        EXPECT_EQ(option.changes[0].session, PlannedSessionId{21});
        EXPECT_TRUE(option.label.contains(QStringLiteral("Monday's 5 × 1 km @ I")))
            << option.label.toStdString();
    }
}

TEST(FatigueProposal, AHardRideBecomesAnEasyRideOrCrossTraining)
{
    // wu 15min; 4x8min @T / 3min easy; cd 10min on the bike: threshold work, hard.
    PlannedSession ride = planned(31, QStringLiteral("4 × 8 min @ T"),
                                  {node(warmUp(minutes(15))),
                                   each(4, work(minutes(8), PaceZone::Threshold), jog(minutes(3))),
                                   node(coolDown(minutes(10)))},
                                  Sport::Bike);
    const auto proposal =
        proposeFatigueAdjustment({acwrSignal()}, {day(1, {ride})}, EstimateContext{});
    ASSERT_TRUE(proposal);
    ASSERT_EQ(proposal->options.size(), 3u);
    const PlannedSession& steady = *proposal->options[0].changes.at(0).replacement;
    EXPECT_EQ(steady.sport, Sport::Bike);
    EXPECT_EQ(onlyStep(steady).intensity, Intensity{RpeTarget{3.0}});
    EXPECT_EQ(proposal->options[1].changes.at(0).replacement->sport, Sport::CrossTraining);
    // round(4 x 2/3) = round(2.67) = 3 reps of 8 min, still at T.
    EXPECT_EQ(proposal->options[2].changes.at(0).replacement->steps[1].group().count, 3);
}

} // namespace
} // namespace paceline
