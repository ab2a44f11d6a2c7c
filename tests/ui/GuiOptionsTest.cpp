#include "app/gui/GuiOptions.h"

#include "core/demo/DemoData.h"
#include "core/store/LogStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ctime>

using namespace paceline;

namespace {

const QStringList kViews{QStringLiteral("log"), QStringLiteral("planner"),
                         QStringLiteral("sessions"), QStringLiteral("analysis")};

const QStringList kDialogs{QStringLiteral("athlete"), QStringLiteral("welcome")};

Result<GuiOptions> parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("paceline"));
    return parseGuiOptions(arguments, kViews, kDialogs);
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// `paceline --startup-report` on a small demo log, as the start-up benchmarks run it.
struct StartupReportRun {
    int exitCode = -1;
    QString err;
    qint64 startedNs = 0;
    qint64 finishedNs = 0;
    QList<QJsonObject> lines;
};

StartupReportRun runStartupReport(const QStringList& extra)
{
    StartupReportRun run;
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto store = LogStore::open(log);
        EXPECT_TRUE(store.ok());
        if (!store.ok())
            return run;
        DemoOptions options;
        options.athletes = 2;
        options.weeks = 3;
        options.lastDay = QDate(2026, 11, 22);
        EXPECT_TRUE(writeDemoData(*store.value(), options).ok());
    }
    QProcess process;
    // The user's settings stay out of it, and it stays out of them.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    run.startedNs = monotonicNs();
    process.start(QStringLiteral(PACELINE_GUI_PATH),
                  QStringList{QStringLiteral("--db"), log, QStringLiteral("--startup-report")} +
                      extra);
    EXPECT_TRUE(process.waitForFinished(60000));
    run.finishedNs = monotonicNs();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            run.lines << QJsonDocument::fromJson(line).object();
    }
    return run;
}

} // namespace

TEST(GuiOptions, ScreenshotOptions)
{
    auto options =
        parse({QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("--view"),
               QStringLiteral("planner"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
               QStringLiteral("--size"), QStringLiteral("1024x640")});
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->screenshotFile, QStringLiteral("out.png"));
    EXPECT_EQ(options->view, QStringLiteral("planner"));
    EXPECT_EQ(options->databasePath, QStringLiteral("x.sqlite"));
    EXPECT_EQ(options->size, QSize(1024, 640));
}

TEST(GuiOptions, WorkoutToShowIsADate)
{
    auto options = parse({QStringLiteral("--show-workout"), QStringLiteral("2026-11-17")});
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->workout, QDate(2026, 11, 17));
}

TEST(GuiOptions, TodayForThePlannerIsADate)
{
    auto options = parse({QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->today, QDate(2026, 11, 23));
}

TEST(GuiOptions, DefaultsWhenNothingIsGiven)
{
    auto options = parse({});
    ASSERT_TRUE(options.ok());
    EXPECT_TRUE(options->databasePath.isEmpty());
    EXPECT_TRUE(options->screenshotFile.isEmpty());
    EXPECT_EQ(options->size, QSize(1280, 800));
}

TEST(GuiOptions, BadValuesAreNamed)
{
    for (const auto& [arguments, named] :
         std::initializer_list<std::pair<QStringList, const char*>>{
             {{QStringLiteral("--view"), QStringLiteral("calendar")}, "'calendar'"},
             {{QStringLiteral("--size"), QStringLiteral("big")}, "'big'"},
             {{QStringLiteral("--size"), QStringLiteral("10x10")}, "'10x10'"},
             {{QStringLiteral("stray.sqlite")}, "'stray.sqlite'"},
             {{QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--dialog"),
               QStringLiteral("wizard")},
              "'wizard'"},
             {{QStringLiteral("--dialog"), QStringLiteral("athlete")}, "--screenshot"},
             {{QStringLiteral("--show-workout"), QStringLiteral("17/11/2026")}, "'17/11/2026'"},
             {{QStringLiteral("--today"), QStringLiteral("tomorrow")}, "'tomorrow'"},
         }) {
        auto options = parse(arguments);
        ASSERT_FALSE(options.ok()) << named;
        EXPECT_TRUE(options.errorMessage().contains(QLatin1String(named)))
            << options.errorMessage().toStdString();
    }
}

TEST(GuiOptions, ScreenshotIsDetectedBeforeTheApplicationExists)
{
    char program[] = "paceline";
    char flag[] = "--screenshot=out.png";
    char other[] = "--db";
    char* withFlag[] = {program, flag};
    char* without[] = {program, other};
    EXPECT_TRUE(wantsScreenshot(2, withFlag));
    EXPECT_FALSE(wantsScreenshot(2, without));
}

TEST(GuiOptions, StartupReportAndScreenWalk)
{
    auto report = parse({QStringLiteral("--startup-report")});
    ASSERT_TRUE(report.ok()) << report.errorMessage().toStdString();
    EXPECT_TRUE(report->startupReport);
    EXPECT_FALSE(report->walkScreens);

    auto walk = parse({QStringLiteral("--startup-report"), QStringLiteral("--walk-screens")});
    ASSERT_TRUE(walk.ok()) << walk.errorMessage().toStdString();
    EXPECT_TRUE(walk->startupReport);
    EXPECT_TRUE(walk->walkScreens);

    EXPECT_FALSE(parse({}).value().startupReport);
}

TEST(GuiOptions, ScreenWalkNeedsTheStartupReportAndNoScreenshot)
{
    auto walk = parse({QStringLiteral("--walk-screens")});
    ASSERT_FALSE(walk.ok());
    EXPECT_TRUE(walk.errorMessage().contains(QStringLiteral("--startup-report")));

    auto both = parse({QStringLiteral("--startup-report"), QStringLiteral("--screenshot"),
                       QStringLiteral("a.png")});
    ASSERT_FALSE(both.ok());
    EXPECT_TRUE(both.errorMessage().contains(QStringLiteral("--screenshot")));
}

TEST(GuiOptions, StartupReportPrintsOneLineWhenTheWindowHasPainted)
{
    const StartupReportRun run = runStartupReport({});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(run.lines.size(), 1);
    const QJsonObject& painted = run.lines.front();
    EXPECT_EQ(painted.value(QStringLiteral("event")).toString(), QStringLiteral("painted"));
    // The same clock as this process: after the start, before the exit.
    const qint64 paintedNs = painted.value(QStringLiteral("painted_ns")).toInteger();
    EXPECT_GT(paintedNs, run.startedNs);
    EXPECT_LT(paintedNs, run.finishedNs);
    // A Qt Widgets process holds megabytes, not bytes or gigabytes.
    const qint64 rss = painted.value(QStringLiteral("rss_kib")).toInteger();
    EXPECT_GT(rss, 10 * 1024);
    EXPECT_LT(rss, 4 * 1024 * 1024);
}

TEST(GuiOptions, StartupReportWalksEveryScreenThenReportsMemory)
{
    const StartupReportRun run = runStartupReport({QStringLiteral("--walk-screens")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(run.lines.size(), 2);
    const QJsonObject& painted = run.lines.front();
    const QJsonObject& walked = run.lines.back();
    EXPECT_EQ(walked.value(QStringLiteral("event")).toString(), QStringLiteral("walked"));
    const qint64 rss = walked.value(QStringLiteral("rss_kib")).toInteger();
    EXPECT_GT(rss, 10 * 1024);
    EXPECT_GE(walked.value(QStringLiteral("peak_rss_kib")).toInteger(), rss);
    EXPECT_GE(walked.value(QStringLiteral("peak_rss_kib")).toInteger(),
              painted.value(QStringLiteral("rss_kib")).toInteger());
}
