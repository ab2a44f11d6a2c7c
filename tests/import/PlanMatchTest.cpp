// Imported laps matched to the session planned that day (docs/import.md).
#include "core/import/Conversion.h"

#include <gtest/gtest.h>

namespace paceline {
namespace {

const QDateTime kStart(QDate(2026, 3, 14), QTime(17, 0), QTimeZone::utc());
constexpr StepId kWarmUp{10};
constexpr StepId kWork{11};
constexpr StepId kRecovery{12};
constexpr StepId kCoolDown{13};

Step stepOf(StepId id, StepKind kind, Target target)
{
    Step step;
    step.id = id;
    step.kind = kind;
    step.target = target;
    return step;
}

/// 2 km warm-up, 3 x (800 m, 90 s recovery), 2 km cool-down.
PlannedSession threeBy800(QDate date = kStart.date())
{
    RepeatGroup group;
    group.id = StepId{20};
    group.count = 3;
    group.children = {StepNode{stepOf(kWork, StepKind::Work, Distance{800.0})},
                      StepNode{stepOf(kRecovery, StepKind::Recovery, Duration{90.0})}};
    PlannedSession plan;
    plan.id = PlannedSessionId{5};
    plan.athleteId = AthleteId{7};
    plan.date = date;
    plan.name = QStringLiteral("3 × 800 m");
    plan.sport = Sport::Run;
    plan.steps = {StepNode{stepOf(kWarmUp, StepKind::WarmUp, Distance{2000.0})},
                  StepNode{std::move(group)},
                  StepNode{stepOf(kCoolDown, StepKind::CoolDown, Distance{2000.0})}};
    return plan;
}

RecordedLap lapOf(double seconds, double metres)
{
    RecordedLap lap;
    lap.timerSeconds = seconds;
    lap.distanceMetres = metres;
    return lap;
}

std::vector<RecordedLap> repLaps()
{
    return {lapOf(170, 800), lapOf(90, 250),  lapOf(172, 800),
            lapOf(90, 240),  lapOf(168, 800), lapOf(90, 260)};
}

Conversion convert(std::vector<RecordedLap> laps, std::vector<PlannedSession> plans,
                   Sport sport = Sport::Run)
{
    RecordedSession leg;
    leg.sportName = QStringLiteral("running");
    leg.sport = sport;
    leg.start = kStart;
    leg.laps = std::move(laps);
    Recording recording;
    recording.format = QStringLiteral("fit");
    recording.fileName = QStringLiteral("track.fit");
    recording.utcOffsetSeconds = 0;
    recording.sessions = {leg};
    ConversionContext context;
    context.athlete.id = AthleteId{7};
    context.planned = std::move(plans);
    context.fallbackZone = QTimeZone::utc();
    return sessionsFromRecording(recording, context);
}

std::vector<std::optional<StepId>> linksOf(const LoggedSession& session)
{
    std::vector<std::optional<StepId>> links;
    for (const Rep& rep : session.reps)
        links.push_back(rep.plannedStepId);
    return links;
}

const std::optional<StepId> kNone;

TEST(PlanMatch, EqualCountsLinkLapToStepOneToOne)
{
    // Even laps the pace rules call all work: the kinds come from the plan.
    std::vector<RecordedLap> laps(6, lapOf(180, 800));
    const Conversion conversion = convert(laps, {threeBy800()});
    ASSERT_EQ(conversion.sessions.size(), 1u);
    const LoggedSession& session = conversion.sessions.front();
    EXPECT_EQ(session.plannedSessionId, PlannedSessionId{5});
    EXPECT_EQ(session.title, QStringLiteral("3 × 800 m"));
    EXPECT_EQ(linksOf(session), (std::vector<std::optional<StepId>>{kWork, kRecovery, kWork,
                                                                    kRecovery, kWork, kRecovery}));
    EXPECT_EQ(session.reps[1].kind, RepKind::Recovery);
    EXPECT_DOUBLE_EQ(session.reps[1].time.seconds, 180.0); // measured, not planned
    ASSERT_EQ(conversion.notes.size(), 1);
    EXPECT_TRUE(conversion.notes[0].startsWith(QStringLiteral("matched to the plan \"3 × 800 m\"")))
        << conversion.notes[0].toStdString();
}

TEST(PlanMatch, TwoMoreLapsAreTheWarmUpAndCoolDown)
{
    std::vector<RecordedLap> laps = repLaps();
    laps.insert(laps.begin(), lapOf(700, 2000));
    laps.push_back(lapOf(720, 2000));
    const LoggedSession session = convert(laps, {threeBy800()}).sessions.front();
    EXPECT_EQ(linksOf(session),
              (std::vector<std::optional<StepId>>{kNone, kWork, kRecovery, kWork, kRecovery, kWork,
                                                  kRecovery, kNone}));
    EXPECT_EQ(session.reps.front().kind, RepKind::Recovery);
    EXPECT_EQ(session.reps.back().kind, RepKind::Recovery);
}

TEST(PlanMatch, OneMoreLapIsTheWarmUpWhenItWasEasy)
{
    std::vector<RecordedLap> laps = repLaps();
    laps.insert(laps.begin(), lapOf(700, 2000));
    const LoggedSession session = convert(laps, {threeBy800()}).sessions.front();
    EXPECT_EQ(linksOf(session).front(), kNone);
    EXPECT_EQ(linksOf(session).back(), kRecovery);
    EXPECT_EQ(session.reps[1].plannedStepId, kWork);
}

TEST(PlanMatch, OneMoreLapAtTheEndIsTheCoolDown)
{
    std::vector<RecordedLap> laps = repLaps();
    laps.push_back(lapOf(720, 2000));
    const LoggedSession session = convert(laps, {threeBy800()}).sessions.front();
    EXPECT_EQ(linksOf(session).front(), kWork);
    EXPECT_EQ(linksOf(session).back(), kNone);
}

TEST(PlanMatch, CountsThatDoNotLineUpLinkOnlyTheSession)
{
    std::vector<RecordedLap> laps = repLaps();
    laps.resize(4);
    const Conversion conversion = convert(laps, {threeBy800()});
    const LoggedSession& session = conversion.sessions.front();
    EXPECT_EQ(session.plannedSessionId, PlannedSessionId{5});
    EXPECT_EQ(linksOf(session), std::vector<std::optional<StepId>>(4, kNone));
    EXPECT_TRUE(conversion.notes.front().contains(QStringLiteral("do not line up")))
        << conversion.notes.front().toStdString();
}

TEST(PlanMatch, OnlyAPlanOfThatDayAndSport)
{
    EXPECT_FALSE(convert(repLaps(), {threeBy800(kStart.date().addDays(1))})
                     .sessions.front()
                     .plannedSessionId);
    EXPECT_FALSE(convert(repLaps(), {threeBy800()}, Sport::Bike).sessions.front().plannedSessionId);
    const Conversion unmatched = convert(repLaps(), {});
    EXPECT_EQ(unmatched.sessions.front().title, QStringLiteral("Run from track.fit"));
    EXPECT_TRUE(unmatched.notes.isEmpty());
}

TEST(PlanMatch, TheFirstPlanOfTheDayIsTaken)
{
    PlannedSession second = threeBy800();
    second.id = PlannedSessionId{6};
    second.orderInDay = 1;
    PlannedSession first = threeBy800();
    first.orderInDay = 0;
    EXPECT_EQ(convert(repLaps(), {second, first}).sessions.front().plannedSessionId,
              PlannedSessionId{5});
}

} // namespace
} // namespace paceline
