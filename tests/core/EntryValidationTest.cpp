#include "core/model/EntryValidation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace paceline;

namespace {

Rep workRep(double metres, double seconds)
{
    Rep rep;
    rep.distance = Distance{metres};
    rep.time = Duration{seconds};
    return rep;
}

/// A session with nothing wrong: 4 x 400 m in 92 s (3:50/km) with a recovery.
LoggedSession goodSession()
{
    LoggedSession session;
    session.start = QDateTime(QDate(2026, 3, 2), QTime(7, 30), Qt::OffsetFromUTC, 3600);
    session.duration = Duration{2400.0};
    session.distance = Distance{6000.0};
    session.sessionRpe = 7.0;
    session.avgHeartRate = 150;
    session.maxHeartRate = 182;
    session.wellness.sleep = 4;
    for (int index = 0; index < 4; ++index)
        session.reps.push_back(workRep(400.0, 92.0));
    Rep recovery = workRep(200.0, 90.0);
    recovery.kind = RepKind::Recovery;
    session.reps.push_back(recovery);
    return session;
}

/// The single problem of `session`, or a failure naming how many there were.
EntryProblem onlyProblem(const LoggedSession& session)
{
    const std::vector<EntryProblem> problems = validateLoggedSession(session);
    EXPECT_EQ(problems.size(), 1u);
    return problems.size() == 1 ? problems.front() : EntryProblem{};
}

void expectOnly(const LoggedSession& session, EntryField field, int rep, const char* message)
{
    const std::vector<EntryProblem> problems = validateLoggedSession(session);
    ASSERT_EQ(problems.size(), 1u)
        << (problems.empty() ? "none" : problems.front().message.toStdString());
    EXPECT_EQ(problems.front().field, field);
    EXPECT_EQ(problems.front().rep, rep);
    EXPECT_EQ(problems.front().message, QString::fromUtf8(message));
}

void expectValid(const LoggedSession& session)
{
    const std::vector<EntryProblem> problems = validateLoggedSession(session);
    EXPECT_TRUE(problems.empty()) << problems.front().message.toStdString();
}

} // namespace

TEST(EntryValidation, AGoodSessionHasNoProblems)
{
    expectValid(goodSession());
}

TEST(EntryValidation, NoStartTime)
{
    LoggedSession session = goodSession();
    session.start = QDateTime();
    expectOnly(session, EntryField::Start, -1, "Start: the session needs a date and time");
}

TEST(EntryValidation, SessionDurationMustBePositive)
{
    LoggedSession session = goodSession();
    session.duration = Duration{0.0};
    expectOnly(session, EntryField::Duration, -1, "Duration: 0:00.0 must be more than zero");
    session.duration = Duration{-5.0};
    expectOnly(session, EntryField::Duration, -1, "Duration: -0:05.0 must be more than zero");
}

TEST(EntryValidation, NegativeSessionDistance)
{
    LoggedSession session = goodSession();
    session.distance = Distance{-100.0};
    expectOnly(session, EntryField::Distance, -1, "Distance: -100 m cannot be negative");
}

TEST(EntryValidation, SessionPaceFasterThanTwoMinutesPerKm)
{
    LoggedSession session = goodSession();
    session.duration = Duration{600.0}; // 6 km in 10:00 is 100 s/km = 1:40/km
    expectOnly(session, EntryField::Distance, -1,
               "Distance: 6000 m in 10:00.0 is 1:40.0/km, faster than anyone runs (2:00/km)");
    session.duration = Duration{720.0}; // 6 km in 12:00 is exactly 2:00/km: allowed
    expectValid(session);
}

TEST(EntryValidation, RepTimeMustBePositive)
{
    LoggedSession session = goodSession();
    session.reps[2].time = Duration{0.0};
    expectOnly(session, EntryField::RepTime, 2, "Rep 3 time: 0:00.0 must be more than zero");
    session.reps[2].time = Duration{std::nan("")};
    expectOnly(session, EntryField::RepTime, 2, "Rep 3 time: must be a time");
}

TEST(EntryValidation, RepPaceFasterThanTwoMinutesPerKm)
{
    LoggedSession session = goodSession();
    session.reps[0].time = Duration{9.2}; // 400 m in 9.2 s is 23 s/km: "92" typed as "9.2"
    expectOnly(session, EntryField::RepTime, 0,
               "Rep 1 time: 400 m in 0:09.2 is 0:23.0/km, faster than anyone runs (2:00/km)");
    session.reps[0].time = Duration{48.0}; // 400 m in 48 s is exactly 120 s/km: allowed
    expectValid(session);
    session.reps[0].time = Duration{47.9}; // 119.75 s/km
    EXPECT_EQ(onlyProblem(session).field, EntryField::RepTime);
}

TEST(EntryValidation, ThePaceBoundIsForRunningOnly)
{
    // 400 m in 30 s is 75 s/km: impossible running, an ordinary bike sprint (48 km/h).
    LoggedSession session = goodSession();
    session.reps[0].time = Duration{30.0};
    session.sport = Sport::Bike;
    expectValid(session);
    session.sport = Sport::Run;
    EXPECT_EQ(onlyProblem(session).rep, 0);
}

TEST(EntryValidation, RpeFromZeroToTen)
{
    LoggedSession session = goodSession();
    session.sessionRpe = 0.0;
    session.reps[0].rpe = 10.0;
    expectValid(session);
    session.sessionRpe = 10.5;
    expectOnly(session, EntryField::SessionRpe, -1, "Session RPE: 10.5 is outside 0-10");
    session.sessionRpe = 7.0;
    session.reps[1].rpe = -0.5;
    expectOnly(session, EntryField::RepRpe, 1, "Rep 2 RPE: -0.5 is outside 0-10");
}

TEST(EntryValidation, HeartRatesFrom25To250)
{
    LoggedSession session = goodSession();
    session.avgHeartRate = 25;
    session.maxHeartRate = 250;
    session.reps[0].avgHeartRate = 25;
    session.reps[0].maxHeartRate = 250;
    expectValid(session);
    session.avgHeartRate = 24;
    expectOnly(session, EntryField::AvgHeartRate, -1,
               "Average heart rate: 24 bpm is outside 25-250 bpm");
    session.avgHeartRate = 150;
    session.reps[3].maxHeartRate = 251;
    expectOnly(session, EntryField::RepMaxHeartRate, 3,
               "Rep 4 maximum heart rate: 251 bpm is outside 25-250 bpm");
}

TEST(EntryValidation, MaximumHeartRateBelowTheAverage)
{
    LoggedSession session = goodSession();
    session.avgHeartRate = 185; // the maximum is 182
    expectOnly(session, EntryField::MaxHeartRate, -1,
               "Maximum heart rate: 182 bpm is below the average 185 bpm");
    session.avgHeartRate = 150;
    session.reps[1].avgHeartRate = 170;
    session.reps[1].maxHeartRate = 160;
    expectOnly(session, EntryField::RepMaxHeartRate, 1,
               "Rep 2 maximum heart rate: 160 bpm is below the average 170 bpm");
    // An implausible average is marked on its own cell, not again on the maximum.
    session.reps[1].avgHeartRate = 300;
    expectOnly(session, EntryField::RepAvgHeartRate, 1,
               "Rep 2 average heart rate: 300 bpm is outside 25-250 bpm");
}

TEST(EntryValidation, ValuesThatAreNotNumbersAreMarkedOnce)
{
    LoggedSession session = goodSession();
    session.reps[0].distance = Distance{std::numeric_limits<double>::infinity()};
    expectOnly(session, EntryField::RepDistance, 0, "Rep 1 distance: must be a number of metres");
    session = goodSession();
    session.reps[0].rpe = std::nan("");
    EXPECT_EQ(onlyProblem(session).field, EntryField::RepRpe);
}

TEST(EntryValidation, WellnessFromOneToFive)
{
    LoggedSession session = goodSession();
    session.wellness = {
        .sleep = 1, .soreness = 5, .energy = 3, .mood = 2, .legStiffness = 4, .breathing = 5};
    expectValid(session);
    session.wellness.legStiffness = 6;
    expectOnly(session, EntryField::Wellness, -1, "Leg stiffness: 6 is outside 1-5");
    session.wellness.legStiffness = 0;
    expectOnly(session, EntryField::Wellness, -1, "Leg stiffness: 0 is outside 1-5");
}

TEST(EntryValidation, NegativeRepDistanceAndCadence)
{
    LoggedSession session = goodSession();
    session.reps[4].distance = Distance{-200.0};
    expectOnly(session, EntryField::RepDistance, 4, "Rep 5 distance: -200 m cannot be negative");
    session.reps[4].distance = Distance{0.0}; // a standing recovery covers no ground
    expectValid(session);
    session.reps[0].cadence = -1.0;
    expectOnly(session, EntryField::RepCadence, 0,
               "Rep 1 cadence: -1 per minute cannot be negative");
}

TEST(EntryValidation, ProblemsComeInFieldOrderThenRepOrder)
{
    LoggedSession session = goodSession();
    session.reps[3].rpe = 11.0;
    session.reps[1].time = Duration{0.0};
    session.reps[0].rpe = 12.0;
    session.sessionRpe = -1.0;
    const std::vector<EntryProblem> problems = validateLoggedSession(session);
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].field, EntryField::SessionRpe);
    EXPECT_EQ(problems[1].field, EntryField::RepTime);
    EXPECT_EQ(problems[1].rep, 1);
    EXPECT_EQ(problems[2].field, EntryField::RepRpe);
    EXPECT_EQ(problems[2].rep, 0);
    EXPECT_EQ(problems[3].field, EntryField::RepRpe);
    EXPECT_EQ(problems[3].rep, 3);
}
