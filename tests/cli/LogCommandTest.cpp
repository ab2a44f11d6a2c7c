// paceline-cli log: a workout from its notation and splits, with stability figures;
// every impossible value is named and nothing is written.

#include "LogTestSupport.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

QString key(const char* name)
{
    return QLatin1String(name);
}

std::vector<QJsonObject> repsOfKind(const QJsonObject& session, const QString& kind)
{
    std::vector<QJsonObject> reps;
    for (const QJsonValue& rep : session.value(key("reps")).toArray())
        if (rep.toObject().value(key("kind")).toString() == kind)
            reps.push_back(rep.toObject());
    return reps;
}

} // namespace

TEST(LogCommand, TheIssueExampleLogsEightRepsWithStability)
{
    AthleteLog log;
    // The command of issue 4, word for word (the log holds one athlete).
    const CliRun run = logWorkout(
        log, {key("--date"), key("2026-11-20"), key("--text"), key("8x400m @I / 90s jog"),
              key("--splits"), key("92.1,91.4,90.8,91.0,90.2,90.9,89.8,89.5"), key("--rpe"),
              key("6,6,7,7,7,8,8,9"), key("--session-rpe"), key("7"), key("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject session = run.json();
    EXPECT_GT(session.value(key("id")).toInteger(), 0);
    EXPECT_EQ(session.value(key("title")).toString(), kEightBy400);
    EXPECT_EQ(session.value(key("session_rpe")).toDouble(), 7.0);
    EXPECT_EQ(session.value(key("local_date")).toString(), key("2026-11-20"));

    const std::vector<QJsonObject> work = repsOfKind(session, key("work"));
    ASSERT_EQ(work.size(), 8u);
    EXPECT_DOUBLE_EQ(work[0].value(key("time_s")).toDouble(), 92.1);
    EXPECT_DOUBLE_EQ(work[7].value(key("time_s")).toDouble(), 89.5);
    EXPECT_EQ(work[7].value(key("rpe")).toDouble(), 9.0);
    EXPECT_EQ(work[0].value(key("distance_m")).toDouble(), 400.0);
    // Each 90 s jog is logged with its planned time; no rep links to the unstored steps.
    const std::vector<QJsonObject> recoveries = repsOfKind(session, key("recovery"));
    ASSERT_EQ(recoveries.size(), 8u);
    EXPECT_EQ(recoveries[0].value(key("time_s")).toDouble(), 90.0);
    for (const QJsonValue& rep : session.value(key("reps")).toArray())
        EXPECT_TRUE(rep.toObject().value(key("planned_step_id")).isNull());

    // 725.7 s of reps and 8 x 90 s of jogging; 8 x 400 m plus the jogs' distance,
    // estimated from the athlete's easy pace: between a walk's 2 m/s (8 x 180 m) and
    // a brisk 4 m/s (8 x 360 m).
    EXPECT_NEAR(session.value(key("duration_s")).toDouble(), 1445.7, 0.05);
    EXPECT_GT(session.value(key("distance_m")).toDouble(), 3200.0 + 8 * 180.0);
    EXPECT_LT(session.value(key("distance_m")).toDouble(), 3200.0 + 8 * 360.0);
    const QJsonObject stability = session.value(key("stability")).toObject();
    EXPECT_EQ(stability.value(key("work_reps")).toInt(), 8);
    // By hand: the times' mean is 90.7125 s, their sample standard deviation 0.8526 s,
    // so the pace varies by 0.94 %.
    EXPECT_NEAR(stability.value(key("pace_cv_percent")).toDouble(), 0.94, 0.006);
    EXPECT_EQ(stability.value(key("reps_with_target")).toInt(), 8);
    EXPECT_EQ(sessionCount(log), 1);
}

TEST(LogCommand, TextOutputSummarisesRepsAndStability)
{
    AthleteLog log;
    const CliRun run = logExample(log, key("2026-11-20"), {key("--title"), key("Track 400s")});
    EXPECT_TRUE(run.out.startsWith(key("Track 400s\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(key("8 work reps, average pace 3:47/km")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(key("pace CV 0.9 %"))) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(LogCommand, WarmUpAndCoolDownAddToTheDurationButAreNotReps)
{
    AthleteLog log;
    const CliRun run =
        logWorkout(log, {key("--date"), key("2026-11-20"), key("--text"),
                         key("wu 15min @E; 4x400m @I / 90s jog; cd 10min @E"), key("--splits"),
                         key("1:30,1:31,1:29,1:30"), key("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject session = run.json();
    EXPECT_EQ(session.value(key("reps")).toArray().size(), 8);
    // 360 s of reps, 4 x 90 s of jogging, 25 min of warm-up and cool-down.
    EXPECT_NEAR(session.value(key("duration_s")).toDouble(), 360 + 360 + 1500, 0.05);
    // The warm-up, cool-down and jogs count in distance too, estimated from the
    // athlete's paces: 25 min even at a slow 6:15/km is 4000 m, so well over
    // 1600 + 4000 m, and the average pace lies between an I pace and an easy one.
    EXPECT_GT(session.value(key("distance_m")).toDouble(), 5600.0);
    const double pace = session.value(key("pace_s_per_km")).toDouble();
    EXPECT_GT(pace, 200.0);
    EXPECT_LT(pace, 375.0);
}

TEST(LogCommand, RecoveriesGivenOnlyAsADistanceAreLeftOut)
{
    AthleteLog log;
    const CliRun run = logWorkout(log, {key("--date"), key("2026-11-20"), key("--text"),
                                        key("6x(200m @R / 200m jog)"), key("--splits"),
                                        key("36 35.5 35 35.2 34.8 34.5"), key("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject session = run.json();
    EXPECT_EQ(repsOfKind(session, key("work")).size(), 6u);
    EXPECT_TRUE(repsOfKind(session, key("recovery")).empty());
    // The jogs' distance is known; their time is an estimate added to the duration.
    EXPECT_DOUBLE_EQ(session.value(key("distance_m")).toDouble(), 2400.0);
    EXPECT_GT(session.value(key("duration_s")).toDouble(), 211.0 + 6 * 30.0);
}

TEST(LogCommand, TheSportFollowsTheLegsOfTheText)
{
    AthleteLog log;
    const CliRun run = logWorkout(log, {key("--date"), key("2026-11-20"), key("--text"),
                                        key("bike 60min @rpe5; run 20min @M"), key("--splits"),
                                        key("1:00:00, 20:00"), key("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(key("sport")).toString(), key("brick"));
    EXPECT_NEAR(run.json().value(key("duration_s")).toDouble(), 4800.0, 0.05);
}

TEST(LogCommand, StartsAtTheGivenTimeForTheAthleteGivenById)
{
    AthleteLog log;
    const CliRun run = logExample(log, key("2026-03-10"),
                                  {key("--time"), key("07:30"), key("--athlete"),
                                   QString::number(log.athleteId()), key("--json")});
    EXPECT_TRUE(run.json().value(key("start")).toString().startsWith(key("2026-03-10T07:30:00")))
        << run.out.toStdString();
}

/// One bad value in an otherwise good command, and what its error must name.
struct BadValue {
    const char* name;
    const char* option;
    const char* value;
    const char* named; ///< text the error must contain
};

class LogRefuses : public ::testing::TestWithParam<BadValue> {};

TEST_P(LogRefuses, NamesTheValueAndWritesNothing)
{
    AthleteLog log;
    logExample(log, key("2026-11-19"));
    ASSERT_EQ(sessionCount(log), 1);

    QStringList options{key("--date"),   key("2026-11-20"), key("--text"), kEightBy400,
                        key("--splits"), kEightSplits,      key("--rpe"),  kEightRpe};
    const int at = int(options.indexOf(QLatin1String(GetParam().option)));
    if (at >= 0)
        options[at + 1] = QLatin1String(GetParam().value);
    else
        options << QLatin1String(GetParam().option) << QLatin1String(GetParam().value);
    const CliRun run = logWorkout(log, options);

    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String(GetParam().named))) << run.err.toStdString();
    EXPECT_EQ(sessionCount(log), 1);
}

INSTANTIATE_TEST_SUITE_P(
    BadValues, LogRefuses,
    ::testing::Values(
        BadValue{"ZeroTime", "--splits", "92.1,0,90.8,91.0,90.2,90.9,89.8,89.5",
                 "--splits value 2: "},
        BadValue{"FasterThan2MinPerKm", "--splits", "92.1,91.4,90.8,91.0,90.2,40,89.8,89.5",
                 "--splits value 6: "},
        BadValue{"Rpe11", "--rpe", "6,6,11,7,7,8,8,9", "--rpe value 3: "},
        BadValue{"HeartRate300", "--hr", "150,300,150,150,150,150,150,150", "--hr value 2: "},
        BadValue{"SessionRpe12", "--session-rpe", "12", "--session-rpe"},
        BadValue{"TooFewSplits", "--splits", "92.1,91.4,90.8,91.0,90.2,90.9,89.8",
                 "--splits has 7 times but '8x400m @I / 90s jog' has 8 reps"},
        BadValue{"TooFewRpe", "--rpe", "6,6,7", "--rpe has 3 values but --splits has 8 times"},
        BadValue{"UnreadableSplit", "--splits", "92.1,91.4,90.8,91.0,90.2,90.9,89.8,1:7x",
                 "split 8 '1:7x'"},
        BadValue{"UnreadableRpe", "--rpe", "6,6,7,hard,7,8,8,9", "--rpe value 4 'hard'"},
        BadValue{"NoSuchDay", "--date", "2026-02-30", "--date '2026-02-30'"},
        BadValue{"NotATime", "--time", "7h30", "--time '7h30'"},
        BadValue{"BadNotation", "--text", "8x400q @I", "--text column"},
        BadValue{"NoWorkReps", "--text", "wu 15min @E", "no work reps"},
        BadValue{"UnknownSport", "--sport", "curling", "--sport 'curling'"},
        BadValue{"UnknownAthlete", "--athlete", "Bob", "'Bob'"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LogCommand, ReportsEveryProblemOnItsOwnLine)
{
    AthleteLog log;
    const CliRun run = logWorkout(
        log, {key("--date"), key("2026-11-20"), key("--text"), kEightBy400, key("--splits"),
              key("92.1,0,90.8,91.0,90.2,40,89.8,89.5"), key("--rpe"), key("6,6,11,7,7,8,8,9")});
    EXPECT_EQ(run.exitCode, 2);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.filter(key("--splits value 2: ")).size(), 1) << run.err.toStdString();
    EXPECT_EQ(lines.filter(key("--splits value 6: ")).size(), 1) << run.err.toStdString();
    EXPECT_EQ(lines.filter(key("--rpe value 3: ")).size(), 1) << run.err.toStdString();
    EXPECT_EQ(sessionCount(log), 0);
}

TEST(LogCommand, AReadOnlyLogIsRefusedWithTheReason)
{
    AthleteLog log;
    ASSERT_EQ(sessionCount(log), 0);
    ASSERT_TRUE(QFile::setPermissions(log.path(), QFile::ReadOwner | QFile::ReadGroup));
    const CliRun run = logWorkout(log, {key("--date"), key("2026-11-20"), key("--text"),
                                        kEightBy400, key("--splits"), kEightSplits});
    QFile::setPermissions(log.path(), QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(key("read-only"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(log.path())) << run.err.toStdString();
    EXPECT_EQ(sessionCount(log), 0);
}

TEST(LogCommand, AMissingLogIsNamedAndNotCreated)
{
    TempLog log;
    const CliRun run = logWorkout(log, {key("--date"), key("2026-11-20"), key("--text"),
                                        kEightBy400, key("--splits"), kEightSplits});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(log.path())) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(log.path()));
}
