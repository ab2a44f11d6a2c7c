// paceline-cli add-athlete / athletes: validation names the bad value and writes nothing.

#include "CliRunner.h"
#include "core/store/LogStore.h"

#include <QFileInfo>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

CliRun addAthlete(const TempLog& log, QStringList options)
{
    QStringList args{QStringLiteral("add-athlete"), QStringLiteral("--db"), log.path()};
    return runCli(args + options);
}

QJsonArray athletes(const TempLog& log)
{
    const CliRun run = runCli(
        {QStringLiteral("athletes"), QStringLiteral("--db"), log.path(), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.json().value(QStringLiteral("athletes")).toArray();
}

} // namespace

TEST(AthleteCommands, AddThenListAsJson)
{
    TempLog log;
    const CliRun added = addAthlete(
        log, {QStringLiteral("--name"), QStringLiteral("Ana Ruiz"), QStringLiteral("--sex"),
              QStringLiteral("female"), QStringLiteral("--max-hr"), QStringLiteral("188"),
              QStringLiteral("--resting-hr"), QStringLiteral("48"), QStringLiteral("--race"),
              QStringLiteral("10k"), QStringLiteral("--race-time"), QStringLiteral("41:21"),
              QStringLiteral("--sports"), QStringLiteral("run,bike,swim")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();

    const QJsonArray list = athletes(log);
    ASSERT_EQ(list.size(), 1);
    const QJsonObject ana = list.at(0).toObject();
    EXPECT_EQ(ana.value(QStringLiteral("name")).toString(), QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(ana.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    EXPECT_EQ(ana.value(QStringLiteral("max_hr")).toInt(), 188);
    EXPECT_EQ(ana.value(QStringLiteral("resting_hr")).toInt(), 48);
    const QJsonObject race = ana.value(QStringLiteral("race")).toObject();
    EXPECT_DOUBLE_EQ(race.value(QStringLiteral("distance_m")).toDouble(), 10000.0);
    EXPECT_DOUBLE_EQ(race.value(QStringLiteral("time_s")).toDouble(), 41 * 60 + 21);
    // Daniels' Running Formula, table 5.1: 41:21 for 10 km is VDOT 50.
    EXPECT_NEAR(race.value(QStringLiteral("vdot")).toDouble(), 50.0, 0.15);
    EXPECT_EQ(ana.value(QStringLiteral("sports")).toArray().size(), 3);
}

TEST(AthleteCommands, EmptyLogListsNothing)
{
    TempLog log;
    ASSERT_TRUE(paceline::LogStore::open(log.path()).ok());
    EXPECT_TRUE(athletes(log).isEmpty());
    const CliRun text = runCli({QStringLiteral("athletes"), QStringLiteral("--db"), log.path()});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("add-athlete")));
}

TEST(AthleteCommands, ListingAMissingLogNamesItAndCreatesNothing)
{
    TempLog log;
    const CliRun run = runCli({QStringLiteral("athletes"), QStringLiteral("--db"), log.path()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(log.path())) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(log.path()));
}

TEST(AthleteCommands, BadValuesAreNamedAndNothingIsWritten)
{
    TempLog log;
    ASSERT_TRUE(paceline::LogStore::open(log.path()).ok());
    const QList<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--name"), QStringLiteral("  ")}, QStringLiteral("name")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--max-hr"),
          QStringLiteral("300")},
         QStringLiteral("'300'")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--resting-hr"),
          QStringLiteral("fast")},
         QStringLiteral("'fast'")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--max-hr"),
          QStringLiteral("150"), QStringLiteral("--resting-hr"), QStringLiteral("160")},
         QStringLiteral("160")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--sex"),
          QStringLiteral("robot")},
         QStringLiteral("'robot'")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--sports"),
          QStringLiteral("run,curling")},
         QStringLiteral("'curling'")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--race"),
          QStringLiteral("5k")},
         QStringLiteral("--race-time")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--race"),
          QStringLiteral("3.7k"), QStringLiteral("--race-time"), QStringLiteral("12:00")},
         QStringLiteral("'3.7k'")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--race"),
          QStringLiteral("5k"), QStringLiteral("--race-time"), QStringLiteral("5:99")},
         QStringLiteral("'5:99'")},
        {{QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--units"),
          QStringLiteral("leagues")},
         QStringLiteral("'leagues'")},
    };
    for (const auto& [options, named] : cases) {
        const CliRun run = addAthlete(log, options);
        EXPECT_EQ(run.exitCode, 2) << options.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(named))
            << named.toStdString() << " not in: " << run.err.toStdString();
    }
    EXPECT_TRUE(athletes(log).isEmpty());
}

TEST(AthleteCommands, DuplicateNamesAreRefused)
{
    TempLog log;
    ASSERT_EQ(addAthlete(log, {QStringLiteral("--name"), QStringLiteral("Ana")}).exitCode, 0);
    const CliRun again = addAthlete(log, {QStringLiteral("--name"), QStringLiteral("ANA")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("'ANA'"))) << again.err.toStdString();
    EXPECT_EQ(athletes(log).size(), 1);
}
