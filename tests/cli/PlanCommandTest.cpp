// paceline-cli plan and plan check, run as a user would: a week of a demo log with
// its statuses and findings, and week files good, bad and malformed.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

/// A demo log of one runner whose history ends on Sunday 2026-03-29; its plan runs
/// two weeks further. Made once: the demo takes a moment.
const TempLog& demoLog()
{
    static const TempLog log;
    static const bool made = [] {
        const CliRun run =
            runCli({QStringLiteral("demo"), QStringLiteral("--db"), log.path(),
                    QStringLiteral("--athletes"), QStringLiteral("1"), QStringLiteral("--weeks"),
                    QStringLiteral("8"), QStringLiteral("--end"), QStringLiteral("2026-03-29")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return true;
    }();
    (void)made;
    return log;
}

CliRun planWeek(const QString& week, QStringList more = {})
{
    return runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--db"), demoLog().path(),
                              QStringLiteral("--week"), week, QStringLiteral("--today"),
                              QStringLiteral("2026-03-29"), QStringLiteral("--json")} +
                  more);
}

QStringList statusesOf(const QJsonObject& week)
{
    QStringList statuses;
    for (const QJsonValue& day : week[QStringLiteral("days")].toArray())
        for (const QJsonValue& session : day[QStringLiteral("sessions")].toArray())
            statuses << session[QStringLiteral("status")].toString();
    return statuses;
}

/// Writes `json` to a file in `dir` and returns its path.
QString weekFile(const QTemporaryDir& dir, const QByteArray& json)
{
    const QString path = dir.filePath(QStringLiteral("week.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json);
    return path;
}

CliRun check(const QString& path)
{
    return runCli(
        {QStringLiteral("plan"), QStringLiteral("check"), path, QStringLiteral("--json")});
}

QStringList rulesOf(const CliRun& run)
{
    QStringList rules;
    for (const QJsonValue& finding : run.json()[QStringLiteral("findings")].toArray())
        rules << finding[QStringLiteral("rule")].toString();
    return rules;
}

const char kGoodWeek[] = R"({"format": "paceline-week", "version": 1, "start": "2026-11-23",
  "athlete": {"race": {"distance_m": 5000, "time_s": 1200}},
  "days": [{"rest": true},
           {"sessions": ["wu 15min @E; 8x400m @I / 90s jog; cd 10min @E"]},
           {"sessions": ["run 30min @E"]},
           {"sessions": ["wu 2km @E; 5x1km @T / 60s jog; jog 5min; cd 2km @E"]},
           {"sessions": ["run 30min @E"]},
           {"sessions": ["run 40min @E"]},
           {"sessions": ["run 60min @E"]}]})";

// Intervals on Tuesday and Wednesday: hard on consecutive days.
const char kBackToBack[] = R"({"format": "paceline-week", "version": 1, "start": "2026-11-23",
  "days": [{"rest": true},
           {"sessions": ["wu 15min @E; 8x400m @I / 90s jog; cd 10min @E"]},
           {"sessions": ["wu 15min @E; 6x1km @I / 2min jog; cd 10min @E"]},
           {"sessions": ["run 30min @E"]},
           {"rest": true},
           {"sessions": ["run 40min @E"]},
           {"sessions": ["run 60min @E"]}]})";

} // namespace

TEST(PlanCommand, ShowsTheSevenDaysFromTheGivenDate)
{
    // A Wednesday: the date starts the week, whatever its weekday.
    const CliRun run = planWeek(QStringLiteral("2026-03-25"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject week = run.json()[QStringLiteral("week")].toObject();
    EXPECT_EQ(week[QStringLiteral("start")].toString(), QStringLiteral("2026-03-25"));
    const QJsonArray days = week[QStringLiteral("days")].toArray();
    ASSERT_EQ(days.size(), 7);
    for (qsizetype i = 0; i < days.size(); ++i)
        EXPECT_EQ(days[i][QStringLiteral("date")].toString(),
                  QDate(2026, 3, 25).addDays(i).toString(Qt::ISODate));
    EXPECT_TRUE(run.json()[QStringLiteral("findings")].isArray());
}

TEST(PlanCommand, ListsSessionsWithHardnessLoadAndStatus)
{
    const CliRun run = planWeek(QStringLiteral("2026-03-23"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject week = run.json()[QStringLiteral("week")].toObject();
    int sessions = 0;
    for (const QJsonValue& day : week[QStringLiteral("days")].toArray()) {
        for (const QJsonValue& value : day[QStringLiteral("sessions")].toArray()) {
            const QJsonObject session = value.toObject();
            ++sessions;
            EXPECT_FALSE(session[QStringLiteral("name")].toString().isEmpty());
            EXPECT_FALSE(session[QStringLiteral("notation")].toString().isEmpty());
            EXPECT_TRUE(QStringList({"easy", "moderate", "hard"})
                            .contains(session[QStringLiteral("hardness")].toString()));
            EXPECT_GE(session[QStringLiteral("load")].toDouble(-1), 0.0);
            EXPECT_TRUE(QStringList({"done", "missed", "planned"})
                            .contains(session[QStringLiteral("status")].toString()));
        }
    }
    EXPECT_GE(sessions, 3) << "a demo runner trains several times a week";
    // The week before --today is past: nothing in it is still "planned".
    EXPECT_FALSE(
        statusesOf(planWeek(QStringLiteral("2026-03-16")).json()[QStringLiteral("week")].toObject())
            .contains(QStringLiteral("planned")));
}

TEST(PlanCommand, FutureSessionsArePlanned)
{
    const CliRun run = planWeek(QStringLiteral("2026-03-30"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList statuses = statusesOf(run.json()[QStringLiteral("week")].toObject());
    ASSERT_FALSE(statuses.isEmpty()) << "the demo plan runs two weeks past its history";
    EXPECT_EQ(statuses.count(QStringLiteral("planned")), statuses.size());
}

TEST(PlanCommand, TextOutputNamesTheDays)
{
    const CliRun run = runCli({QStringLiteral("plan"), QStringLiteral("--db"), demoLog().path(),
                               QStringLiteral("--week"), QStringLiteral("2026-03-30")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Mon 2026-03-30"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Sun 2026-04-05")));
}

TEST(PlanCommand, BadOrMissingWeekIsNamed)
{
    for (const QStringList& options :
         {QStringList{QStringLiteral("--week"), QStringLiteral("2026-02-30")}, QStringList{}}) {
        const CliRun run =
            runCli(QStringList{QStringLiteral("plan"), QStringLiteral("--db"), demoLog().path()} +
                   options);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--week"))) << run.err.toStdString();
    }
}

TEST(PlanCheck, AGoodWeekHasNoFindings)
{
    QTemporaryDir dir;
    const CliRun run = check(weekFile(dir, kGoodWeek));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.json()[QStringLiteral("findings")].isArray()) << run.out.toStdString();
    EXPECT_EQ(rulesOf(run), QStringList()) << run.out.toStdString();
}

TEST(PlanCheck, HardDaysBackToBackAreFound)
{
    QTemporaryDir dir;
    const CliRun run = check(weekFile(dir, kBackToBack));
    ASSERT_EQ(run.exitCode, 0) << "findings are not an error: " << run.err.toStdString();
    EXPECT_TRUE(rulesOf(run).contains(QStringLiteral("week.hard-back-to-back")))
        << run.out.toStdString();
    for (const QJsonValue& value : run.json()[QStringLiteral("findings")].toArray()) {
        const QJsonObject finding = value.toObject();
        EXPECT_TRUE(QStringList({"info", "warning", "problem"})
                        .contains(finding[QStringLiteral("severity")].toString()));
        EXPECT_TRUE(finding[QStringLiteral("days")].isArray());
        EXPECT_FALSE(finding[QStringLiteral("message")].toString().isEmpty());
    }
}

TEST(PlanCheck, AMalformedWeekNamesThePath)
{
    QTemporaryDir dir;
    const CliRun run =
        check(weekFile(dir, R"({"format": "paceline-week", "version": 1, "start": "2026-11-23",
                 "days": [{}, {"sessions": ["30min @E", "8x400m @X"]}]})"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("week.json: days[1].sessions[1]: column 9")))
        << run.err.toStdString();
}

TEST(PlanCheck, AMissingFileIsNamed)
{
    const CliRun run = check(QStringLiteral("/nonexistent/week.json"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/nonexistent/week.json")))
        << run.err.toStdString();
}

TEST(PlanCheck, TextOutputNamesTheRuleAndDays)
{
    QTemporaryDir dir;
    const CliRun run =
        runCli({QStringLiteral("plan"), QStringLiteral("check"), weekFile(dir, kBackToBack)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Checked 7 days from Mon 2026-11-23 to Sun "
                                                "2026-11-29")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("week.hard-back-to-back")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Tue 2026-11-24"))) << run.out.toStdString();
}
