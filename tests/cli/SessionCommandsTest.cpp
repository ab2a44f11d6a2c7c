// paceline-cli session and advise: notation in, JSON or findings out, and bad
// sessions named by their column.

#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

const QString kSharpening = QStringLiteral(
    "wu 15min @E; 4x100m strides / 60s walk; 8x400m @I / 90s jog; 2x200m @E; cd 10min @E");

QStringList findingRules(const QJsonObject& json)
{
    QStringList rules;
    for (const QJsonValue& finding : json.value(QStringLiteral("findings")).toArray())
        rules << finding.toObject().value(QStringLiteral("rule")).toString();
    return rules;
}

} // namespace

TEST(SessionCommand, NotationToJsonAndBack)
{
    const CliRun json =
        runCli({QStringLiteral("session"), QStringLiteral("--text"), kSharpening,
                QStringLiteral("--name"), QStringLiteral("Sharpening"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject session = json.json();
    EXPECT_EQ(session.value(QStringLiteral("format")).toString(),
              QStringLiteral("paceline-session"));
    EXPECT_EQ(session.value(QStringLiteral("name")).toString(), QStringLiteral("Sharpening"));
    EXPECT_EQ(session.value(QStringLiteral("notation")).toString(), kSharpening);
    EXPECT_EQ(session.value(QStringLiteral("steps")).toArray().size(), 5);

    TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/session.json");
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(json.out.toUtf8());
    out.close();
    const CliRun text = runCli({QStringLiteral("session"), file});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.out.trimmed(), kSharpening);
}

TEST(SessionCommand, MalformedNotationNamesTheColumn)
{
    const CliRun run = runCli({QStringLiteral("session"), QStringLiteral("--text"),
                               QStringLiteral("wu 15min @E; 8x400q @I")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("column"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(SessionCommand, NeedsExactlyOneSource)
{
    EXPECT_EQ(runCli({QStringLiteral("session")}).exitCode, 2);
    const CliRun both = runCli({QStringLiteral("session"), QStringLiteral("--text"),
                                QStringLiteral("10min @E"), QStringLiteral("x.json")});
    EXPECT_EQ(both.exitCode, 2);
    const CliRun missing =
        runCli({QStringLiteral("session"), QStringLiteral("/nonexistent/s.json")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("/nonexistent/s.json")))
        << missing.err.toStdString();
}

TEST(SessionCommand, BadJsonFileNamesTheFile)
{
    TempLog dir;
    const QString file = dir.dir() + QStringLiteral("/broken.json");
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"paceline-session\", \"version\": 1, ");
    out.close();
    const CliRun run = runCli({QStringLiteral("session"), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("broken.json"))) << run.err.toStdString();
}

TEST(AdviseCommand, AWellSequencedSessionHasNoWarnings)
{
    const CliRun run =
        runCli({QStringLiteral("advise"), QStringLiteral("--text"), kSharpening,
                QStringLiteral("--race"), QStringLiteral("5k"), QStringLiteral("--time"),
                QStringLiteral("20:00"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    for (const QJsonValue& finding : run.json().value(QStringLiteral("findings")).toArray()) {
        EXPECT_EQ(finding.toObject().value(QStringLiteral("severity")).toString(),
                  QStringLiteral("info"))
            << finding.toObject().value(QStringLiteral("message")).toString().toStdString();
    }
    const QJsonObject totals = run.json().value(QStringLiteral("totals")).toObject();
    // 15 + 4 x (100 m + 60 s) + 8 x (400 m + 90 s) + 2 x 200 m + 10 min: about 50 minutes.
    EXPECT_GT(totals.value(QStringLiteral("duration_s")).toDouble(), 40 * 60.0);
    EXPECT_LT(totals.value(QStringLiteral("duration_s")).toDouble(), 60 * 60.0);
    EXPECT_GT(totals.value(QStringLiteral("distance_m")).toDouble(), 5000.0);
}

TEST(AdviseCommand, ReportsAMissingWarmUpWithItsSteps)
{
    const CliRun run =
        runCli({QStringLiteral("advise"), QStringLiteral("--text"),
                QStringLiteral("8x400m @I / 90s jog; cd 10min @E"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(findingRules(run.json()).contains(QStringLiteral("warmup.missing")))
        << run.out.toStdString();
    for (const QJsonValue& value : run.json().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        EXPECT_FALSE(finding.value(QStringLiteral("message")).toString().isEmpty());
        EXPECT_TRUE(finding.value(QStringLiteral("steps")).isArray());
    }
}

TEST(AdviseCommand, WeeklyVolumeEnablesTheVolumeCheck)
{
    // 10 x 1 km at I is 10 km of I running: over Daniels' cap of the lesser of 10 km
    // and 8 % of a 40 km week (3.2 km).
    const QStringList args{QStringLiteral("advise"), QStringLiteral("--text"),
                           QStringLiteral("wu 15min @E; 10x1km @I / 3min jog; cd 10min @E"),
                           QStringLiteral("--json")};
    EXPECT_FALSE(findingRules(runCli(args).json()).contains(QStringLiteral("volume.zone-cap")));
    const CliRun withVolume =
        runCli(args + QStringList{QStringLiteral("--weekly-km"), QStringLiteral("40")});
    ASSERT_EQ(withVolume.exitCode, 0) << withVolume.err.toStdString();
    EXPECT_TRUE(findingRules(withVolume.json()).contains(QStringLiteral("volume.zone-cap")))
        << withVolume.out.toStdString();
}

TEST(AdviseCommand, BadInputIsNamed)
{
    const CliRun malformed = runCli({QStringLiteral("advise"), QStringLiteral("--text"),
                                     QStringLiteral("wu 15min @E; 8x(400m @I")});
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_TRUE(malformed.errIsOneLine()) << malformed.err.toStdString();
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("column"))) << malformed.err.toStdString();

    const CliRun weekly =
        runCli({QStringLiteral("advise"), QStringLiteral("--text"), QStringLiteral("10min @E"),
                QStringLiteral("--weekly-km"), QStringLiteral("lots")});
    EXPECT_EQ(weekly.exitCode, 2);
    EXPECT_TRUE(weekly.err.contains(QStringLiteral("'lots'"))) << weekly.err.toStdString();

    const CliRun purpose =
        runCli({QStringLiteral("advise"), QStringLiteral("--text"), QStringLiteral("10min @E"),
                QStringLiteral("--purpose"), QStringLiteral("fun")});
    EXPECT_EQ(purpose.exitCode, 2);
    EXPECT_TRUE(purpose.err.contains(QStringLiteral("'fun'"))) << purpose.err.toStdString();
}

TEST(AdviseCommand, ListsItsRules)
{
    const CliRun run = runCli({QStringLiteral("advise"), QStringLiteral("--rules")});
    ASSERT_EQ(run.exitCode, 0);
    for (const char* rule : {"warmup.missing", "order.not-progressive", "recovery.short",
                             "rotation.missing-zone", "taper.missing", "purpose.mismatch"})
        EXPECT_TRUE(run.out.contains(QLatin1String(rule))) << rule;
}

TEST(AdviseCommand, ListsItsRulesAsJson)
{
    const CliRun run =
        runCli({QStringLiteral("advise"), QStringLiteral("--rules"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray rules = run.json().value(QStringLiteral("rules")).toArray();
    ASSERT_FALSE(rules.isEmpty()) << run.out.toStdString();
    QStringList ids;
    for (const QJsonValue& rule : rules) {
        ids << rule.toObject().value(QStringLiteral("id")).toString();
        EXPECT_FALSE(rule.toObject().value(QStringLiteral("summary")).toString().isEmpty());
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("warmup.missing")));
}

TEST(SessionCommand, ABrickIsRecognisedFromLegsInsideARepeat)
{
    const CliRun run =
        runCli({QStringLiteral("session"), QStringLiteral("--text"),
                QStringLiteral("3x(bike 10min @rpe7; run 5min @E)"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("sport")).toString(), QStringLiteral("brick"))
        << run.out.toStdString();
}

TEST(AdviseCommand, TakesTheWeeklyVolumeFromTheAthletesLog)
{
    TempLog log;
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--db"), log.path(),
                      QStringLiteral("--weeks"), QStringLiteral("8"), QStringLiteral("--end"),
                      QDate::currentDate().toString(Qt::ISODate)})
                  .exitCode,
              0);
    // 15 x 400 m is 6 km at R: within the 8 km cap alone, but over 5 % of any weekly
    // volume a demo runner logs (Daniels: the lesser of 8 km and 5 % of the week).
    const QStringList args{QStringLiteral("advise"), QStringLiteral("--text"),
                           QStringLiteral("wu 15min @E; 15x400m @R / 400m jog; cd 10min @E"),
                           QStringLiteral("--json")};
    EXPECT_FALSE(findingRules(runCli(args).json()).contains(QStringLiteral("volume.zone-cap")));
    const CliRun fromLog = runCli(args + QStringList{QStringLiteral("--db"), log.path()});
    ASSERT_EQ(fromLog.exitCode, 0) << fromLog.err.toStdString();
    EXPECT_TRUE(findingRules(fromLog.json()).contains(QStringLiteral("volume.zone-cap")))
        << fromLog.out.toStdString();
}
