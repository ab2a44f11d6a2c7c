// paceline-cli inspect on files made with the project's FIT encoder: every figure is
// known from how the file was built, so the JSON is checked value by value.

#include "CliRunner.h"
#include "import/FitActivityFixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

/// `laps` laps of 400 m in 90 s (heart rate 150, at most 165).
QByteArray intervalRun(const QDateTime& startUtc, int laps = 2)
{
    const FitLapSpec lap{.seconds = 90, .metres = 400.0, .heartRate = 150, .maxHeartRate = 165};
    return fitActivityFile(runOf(std::vector<FitLapSpec>(std::size_t(laps), lap), startUtc));
}

const QDateTime kStart(QDate(2026, 3, 14), QTime(7, 30, 0), Qt::UTC);

CliRun inspect(const QString& file, bool json = true)
{
    QStringList arguments{QStringLiteral("inspect"), file};
    if (json)
        arguments << QStringLiteral("--json");
    return runCli(arguments);
}

} // namespace

TEST(InspectCommand, PrintsTheLapsOfARun)
{
    const TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/intervals.fit");
    ASSERT_TRUE(writeBytes(file, intervalRun(kStart, 3)));

    const CliRun run = inspect(file);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json[QStringLiteral("format")].toString(), QStringLiteral("fit"));
    EXPECT_EQ(json[QStringLiteral("sport")].toString(), QStringLiteral("running"));
    EXPECT_EQ(json[QStringLiteral("start")].toString(), QStringLiteral("2026-03-14T07:30:00Z"));
    EXPECT_DOUBLE_EQ(json[QStringLiteral("elapsed_s")].toDouble(), 270.0);
    EXPECT_DOUBLE_EQ(json[QStringLiteral("timer_s")].toDouble(), 270.0);
    EXPECT_DOUBLE_EQ(json[QStringLiteral("distance_m")].toDouble(), 1200.0);
    EXPECT_EQ(json[QStringLiteral("records")].toInt(), 270);
    EXPECT_FALSE(json.contains(QStringLiteral("sessions")));

    const QJsonArray laps = json[QStringLiteral("laps")].toArray();
    ASSERT_EQ(laps.size(), 3);
    const QJsonObject second = laps[1].toObject();
    EXPECT_EQ(second[QStringLiteral("start")].toString(), QStringLiteral("2026-03-14T07:31:30Z"));
    EXPECT_DOUBLE_EQ(second[QStringLiteral("elapsed_s")].toDouble(), 90.0);
    EXPECT_DOUBLE_EQ(second[QStringLiteral("timer_s")].toDouble(), 90.0);
    EXPECT_DOUBLE_EQ(second[QStringLiteral("distance_m")].toDouble(), 400.0);
    EXPECT_EQ(second[QStringLiteral("avg_hr")].toInt(), 150);
    EXPECT_EQ(second[QStringLiteral("max_hr")].toInt(), 165);
}

TEST(InspectCommand, MissingValuesAreNull)
{
    // A lap without heart rate: the fixture writes FIT's invalid sentinel (0xFF).
    const TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/no-hr.fit");
    ASSERT_TRUE(writeBytes(
        file, fitActivityFile(runOf({FitLapSpec{.seconds = 60, .metres = 250.0}}, kStart))));
    const CliRun run = inspect(file);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject lap = run.json()[QStringLiteral("laps")].toArray().first().toObject();
    ASSERT_TRUE(lap.contains(QStringLiteral("avg_hr")));
    EXPECT_TRUE(lap[QStringLiteral("avg_hr")].isNull());
    EXPECT_TRUE(lap[QStringLiteral("max_hr")].isNull());
    EXPECT_DOUBLE_EQ(lap[QStringLiteral("distance_m")].toDouble(), 250.0);
}

TEST(InspectCommand, AMultisportFileListsItsSessionsAndSumsThem)
{
    const TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/brick.fit");
    FitActivitySpec brick;
    brick.startUtc = kStart;
    brick.legs = {{FitSport::Cycling,
                   {{.seconds = 600, .metres = 5000.0, .heartRate = 140, .maxHeartRate = 150},
                    {.seconds = 600, .metres = 5200.0, .heartRate = 145, .maxHeartRate = 155}}},
                  {FitSport::Running,
                   {{.seconds = 300, .metres = 1000.0, .heartRate = 160, .maxHeartRate = 170}}}};
    ASSERT_TRUE(writeBytes(file, fitActivityFile(brick)));

    const CliRun result = inspect(file);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject json = result.json();
    EXPECT_EQ(json[QStringLiteral("sport")].toString(), QStringLiteral("multisport"));
    EXPECT_EQ(json[QStringLiteral("start")].toString(), QStringLiteral("2026-03-14T07:30:00Z"));
    EXPECT_DOUBLE_EQ(json[QStringLiteral("elapsed_s")].toDouble(), 1500.0);
    EXPECT_DOUBLE_EQ(json[QStringLiteral("distance_m")].toDouble(), 11200.0);
    EXPECT_EQ(json[QStringLiteral("laps")].toArray().size(), 3);

    const QJsonArray sessions = json[QStringLiteral("sessions")].toArray();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions[0][QStringLiteral("sport")].toString(), QStringLiteral("cycling"));
    EXPECT_EQ(sessions[0][QStringLiteral("laps")].toArray().size(), 2);
    EXPECT_DOUBLE_EQ(sessions[0][QStringLiteral("distance_m")].toDouble(), 10200.0);
    EXPECT_EQ(sessions[1][QStringLiteral("sport")].toString(), QStringLiteral("running"));
    EXPECT_EQ(sessions[1][QStringLiteral("start")].toString(),
              QStringLiteral("2026-03-14T07:50:00Z"));
    EXPECT_EQ(sessions[1][QStringLiteral("laps")].toArray().size(), 1);
}

TEST(InspectCommand, TextShowsATableOfLaps)
{
    const TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/intervals.fit");
    ASSERT_TRUE(writeBytes(file, intervalRun(kStart, 2)));
    const CliRun run = inspect(file, /*json=*/false);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("intervals.fit: FIT"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2026-03-14 07:30:00 UTC")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("07:31:30"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("400.0"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1:30"))) << run.out.toStdString();
}

TEST(InspectCommand, ATruncatedFileFailsWithOneLineNamingIt)
{
    const TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/cut.fit");
    const QByteArray whole = intervalRun(kStart, 2);
    ASSERT_TRUE(writeBytes(file, whole.left(whole.size() / 2)));
    const CliRun run = inspect(file);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("cut.fit"))) << run.err.toStdString();
}

TEST(InspectCommand, RandomBytesAreRefusedWithTheFileNamed)
{
    const TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/noise.bin");
    QByteArray noise;
    for (int i = 0; i < 3000; ++i)
        noise.append(char((i * 7919 + 13) % 251));
    ASSERT_TRUE(writeBytes(file, noise));
    const CliRun run = inspect(file);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("noise.bin"))) << run.err.toStdString();
}

TEST(InspectCommand, UsageErrorsExitWith2)
{
    const TempLog dir;
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("inspect")},
          QStringList{QStringLiteral("inspect"), dir.dir() + QStringLiteral("/absent.fit")},
          QStringList{QStringLiteral("inspect"), QStringLiteral("a.fit"),
                      QStringLiteral("b.fit")}}) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    }
}

TEST(InspectCommand, AFolderIsAUsageErrorThatSaysSo)
{
    const TempLog dir;
    const CliRun run = inspect(dir.dir());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("is a folder"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("there is no file"))) << run.err.toStdString();
}
