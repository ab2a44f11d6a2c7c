// paceline-cli zones: the JSON shape of the issue, the table, and every bad input.

#include "CliRunner.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

QStringList zonesArgs(std::initializer_list<const char*> extra)
{
    QStringList args{QStringLiteral("zones")};
    for (const char* arg : extra)
        args << QString::fromUtf8(arg);
    return args;
}

void expectBadInputNaming(const CliRun& run, const QString& value)
{
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(value))
        << "stderr should name " << value.toStdString() << ": " << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

} // namespace

TEST(ZonesCommand, JsonForA20Minute5k)
{
    const CliRun run = runCli(zonesArgs({"--race", "5k", "--time", "20:00", "--json"}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    // The issue's example: a 20:00 5 km is VDOT 49.8.
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("vdot")).toDouble(), 49.8);

    const QJsonObject equivalents = json.value(QStringLiteral("equivalents")).toObject();
    for (const char* race : {"1500m", "mile", "3k", "5k", "10k", "15k", "half", "marathon"})
        EXPECT_TRUE(equivalents.value(QLatin1String(race)).isDouble()) << race;
    // The race itself comes back as its own equivalent.
    EXPECT_NEAR(equivalents.value(QStringLiteral("5k")).toDouble(), 1200.0, 1.0);
    double previous = 0.0;
    for (const char* race : {"1500m", "mile", "3k", "5k", "10k", "15k", "half", "marathon"}) {
        const double time = equivalents.value(QLatin1String(race)).toDouble();
        EXPECT_GT(time, previous) << race;
        previous = time;
    }

    const QJsonObject paces = json.value(QStringLiteral("paces")).toObject();
    const QJsonArray easy = paces.value(QStringLiteral("E")).toArray();
    ASSERT_EQ(easy.size(), 2);
    const double easyFast = easy.at(0).toDouble();
    const double easySlow = easy.at(1).toDouble();
    EXPECT_LT(easyFast, easySlow);
    // Seconds per km, each zone faster than the one before it.
    EXPECT_LT(paces.value(QStringLiteral("M")).toDouble(), easyFast);
    EXPECT_LT(paces.value(QStringLiteral("T")).toDouble(),
              paces.value(QStringLiteral("M")).toDouble());
    EXPECT_LT(paces.value(QStringLiteral("I")).toDouble(),
              paces.value(QStringLiteral("T")).toDouble());
    EXPECT_LT(paces.value(QStringLiteral("R")).toDouble(),
              paces.value(QStringLiteral("I")).toDouble());
    // 5 km in 20:00 is 240 s/km; I pace sits close to 5K race pace (Daniels).
    EXPECT_NEAR(paces.value(QStringLiteral("I")).toDouble(), 240.0, 10.0);
}

TEST(ZonesCommand, DistanceInMetresEqualsTheNamedRace)
{
    const CliRun named = runCli(zonesArgs({"--race", "10k", "--time", "41:21", "--json"}));
    const CliRun metres = runCli(zonesArgs({"--distance", "10000", "--time", "41:21", "--json"}));
    ASSERT_EQ(named.exitCode, 0);
    ASSERT_EQ(metres.exitCode, 0);
    EXPECT_EQ(named.json(), metres.json());
}

TEST(ZonesCommand, HourTimesAreAccepted)
{
    const CliRun run = runCli(zonesArgs({"--race", "half", "--time", "1:31:35", "--json"}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Daniels' Running Formula, table 5.1: a 1:31:35 half marathon is VDOT 50.
    EXPECT_NEAR(run.json().value(QStringLiteral("vdot")).toDouble(), 50.0, 0.15);
}

TEST(ZonesCommand, ReadableTableInTheChosenUnits)
{
    const CliRun km = runCli(zonesArgs({"--race", "5k", "--time", "20:00"}));
    ASSERT_EQ(km.exitCode, 0);
    EXPECT_TRUE(km.out.contains(QStringLiteral("VDOT 49.8")));
    EXPECT_TRUE(km.out.contains(QStringLiteral("/km")));
    EXPECT_TRUE(km.out.contains(QStringLiteral("Threshold")));

    const CliRun miles = runCli(zonesArgs({"--race", "5k", "--time", "20:00", "--units", "mi"}));
    ASSERT_EQ(miles.exitCode, 0);
    EXPECT_TRUE(miles.out.contains(QStringLiteral("/mi")));
    EXPECT_FALSE(miles.out.contains(QStringLiteral("/km")));
}

TEST(ZonesCommand, BadRaceName)
{
    expectBadInputNaming(runCli(zonesArgs({"--race", "5x", "--time", "20:00"})),
                         QStringLiteral("'5x'"));
}

TEST(ZonesCommand, BadTimes)
{
    expectBadInputNaming(runCli(zonesArgs({"--race", "5k", "--time", "20:75"})),
                         QStringLiteral("'20:75'"));
    expectBadInputNaming(runCli(zonesArgs({"--race", "5k", "--time", "twenty"})),
                         QStringLiteral("'twenty'"));
    expectBadInputNaming(runCli(zonesArgs({"--race", "5k", "--time", "0"})), QStringLiteral("'0'"));
    // Faster than any human: a typo, not a race.
    expectBadInputNaming(runCli(zonesArgs({"--race", "marathon", "--time", "20:00"})),
                         QStringLiteral("'20:00'"));
}

TEST(ZonesCommand, BadDistance)
{
    expectBadInputNaming(runCli(zonesArgs({"--distance", "-3", "--time", "20:00"})),
                         QStringLiteral("'-3'"));
    expectBadInputNaming(runCli(zonesArgs({"--distance", "far", "--time", "20:00"})),
                         QStringLiteral("'far'"));
}

TEST(ZonesCommand, MissingOrConflictingArguments)
{
    expectBadInputNaming(runCli(zonesArgs({"--race", "5k"})), QStringLiteral("--time"));
    expectBadInputNaming(runCli(zonesArgs({"--time", "20:00"})), QStringLiteral("--race"));
    expectBadInputNaming(
        runCli(zonesArgs({"--race", "5k", "--distance", "5000", "--time", "20:00"})),
        QStringLiteral("--distance"));
    expectBadInputNaming(
        runCli(zonesArgs({"--race", "5k", "--time", "20:00", "--units", "furlongs"})),
        QStringLiteral("'furlongs'"));
}

TEST(ZonesCommand, UsesTheAthletesRecentRaceAndUnits)
{
    TempLog log;
    ASSERT_EQ(runCli({QStringLiteral("add-athlete"), QStringLiteral("--db"), log.path(),
                      QStringLiteral("--name"), QStringLiteral("Ana"), QStringLiteral("--race"),
                      QStringLiteral("5k"), QStringLiteral("--race-time"), QStringLiteral("20:00"),
                      QStringLiteral("--units"), QStringLiteral("mi")})
                  .exitCode,
              0);
    const CliRun json = runCli(
        {QStringLiteral("zones"), QStringLiteral("--db"), log.path(), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_DOUBLE_EQ(json.json().value(QStringLiteral("vdot")).toDouble(), 49.8);

    const CliRun table = runCli({QStringLiteral("zones"), QStringLiteral("--db"), log.path(),
                                 QStringLiteral("--athlete"), QStringLiteral("ana")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("/mi")));
}

TEST(ZonesCommand, AthleteProblemsAreNamed)
{
    TempLog log;
    for (const char* name : {"Ana", "Ben"}) {
        ASSERT_EQ(runCli({QStringLiteral("add-athlete"), QStringLiteral("--db"), log.path(),
                          QStringLiteral("--name"), QLatin1String(name)})
                      .exitCode,
                  0);
    }
    expectBadInputNaming(runCli({QStringLiteral("zones"), QStringLiteral("--db"), log.path()}),
                         QStringLiteral("--athlete"));
    expectBadInputNaming(runCli({QStringLiteral("zones"), QStringLiteral("--db"), log.path(),
                                 QStringLiteral("--athlete"), QStringLiteral("Cleo")}),
                         QStringLiteral("'Cleo'"));
    expectBadInputNaming(runCli({QStringLiteral("zones"), QStringLiteral("--db"), log.path(),
                                 QStringLiteral("--athlete"), QStringLiteral("Ben")}),
                         QStringLiteral("'Ben'")); // has no race
}
