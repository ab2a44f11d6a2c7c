// `paceline --screenshot` run as a user (or the docs script) would: the real
// executable, offscreen, on a demo log and on files it must refuse.

#include "core/io/ExampleSessions.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/TemplateStore.h"
#include "ui/shell/DemoLog.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

struct GuiRun {
    int exitCode = -1;
    QString err;
};

GuiRun runGui(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PACELINE_GUI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(ScreenshotCommand, RendersEachViewOfALog)
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.sqlite"));
    for (const char* view : {"log", "planner", "sessions", "analysis"}) {
        const QString png = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(view)));
        const GuiRun run = runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                                   QLatin1String(view), QStringLiteral("--db"), log,
                                   QStringLiteral("--size"), QStringLiteral("1024x640")});
        ASSERT_EQ(run.exitCode, 0) << view << ": " << run.err.toStdString();
        EXPECT_EQ(QImage(png).size(), QSize(1024, 640)) << view;
    }
}

TEST(ScreenshotCommand, RendersADialog)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("athlete.png"));
    const GuiRun run = runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--dialog"),
                               QStringLiteral("athlete"), QStringLiteral("--db"),
                               dir.filePath(QStringLiteral("log.sqlite"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(QImage(png).isNull());
}

TEST(ScreenshotCommand, RefusesAFileThatIsNotALogAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray text("shopping list: eggs, milk, new racing flats\n");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const QString png = dir.filePath(QStringLiteral("out.png"));
    const GuiRun run = runGui({QStringLiteral("--screenshot"), png, QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("notes.sqlite"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(png));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), text);
}

TEST(ScreenshotCommand, BadOptionsExitWith2)
{
    const GuiRun run = runGui({QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                               QStringLiteral("--view"), QStringLiteral("calendar")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'calendar'"))) << run.err.toStdString();
}

TEST(DemoLog, IsWrittenOnceBesideTheDefaultLog)
{
    // Test mode (see TestMain.cpp) keeps this inside ~/.qttest, never the user's folder.
    QFile::remove(demoLogPath());
    {
        std::unique_ptr<LogStore> demo = openOrCreateDemoLog(nullptr);
        ASSERT_NE(demo, nullptr);
        EXPECT_EQ(*demo->athletes().count(), 2);
        EXPECT_NE(demo->path(), LogStore::defaultPath());
        // The shipped examples are in its library beside the demo's own sessions.
        const auto library = demo->templates().all();
        ASSERT_TRUE(library.ok());
        QStringList names;
        for (const SessionTemplate& session : library.value())
            names << session.name;
        for (const SessionTemplate& example : exampleSessions())
            EXPECT_TRUE(names.contains(example.name)) << example.name.toStdString();
    }
    {
        std::unique_ptr<LogStore> again = openOrCreateDemoLog(nullptr);
        ASSERT_NE(again, nullptr);
        EXPECT_EQ(*again->athletes().count(), 2); // reused, not written twice
    }
    QFile::remove(demoLogPath());
}
