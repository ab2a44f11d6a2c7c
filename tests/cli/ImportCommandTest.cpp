// paceline-cli import: files made with the project's FIT encoder go into an athlete's
// log; duplicates are skipped with a message, a bad file in a batch fails alone, and
// the exit status says whether everything went in.

#include "LogTestSupport.h"
#include "import/FitActivityFixture.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

/// `laps` laps of 400 m in 90 s (heart rate 150, at most 165).
QByteArray intervalRun(const QDateTime& startUtc, int laps = 2)
{
    const FitLapSpec lap{.seconds = 90, .metres = 400.0, .heartRate = 150, .maxHeartRate = 165};
    return fitActivityFile(runOf(std::vector<FitLapSpec>(std::size_t(laps), lap), startUtc));
}

QDateTime morning(int day)
{
    return QDateTime(QDate(2026, 3, day), QTime(7, 0, 0), Qt::UTC);
}

/// A folder of recordings that lives as long as the object.
class Recordings {
public:
    QString add(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        EXPECT_TRUE(writeBytes(path, bytes)) << path.toStdString();
        return path;
    }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

CliRun import(const TempLog& log, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), log.path()} +
                  arguments);
}

QStringList errorLines(const CliRun& run)
{
    return run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST(ImportCommand, ImportsFilesAndSaysHowMany)
{
    const AthleteLog log;
    Recordings files;
    const QString a = files.add(QStringLiteral("a.fit"), intervalRun(morning(2)));
    const QString b = files.add(QStringLiteral("b.fit"), intervalRun(morning(3), 4));

    const CliRun run = import(log, {a, b});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported 2 files"))) << run.out.toStdString();
    EXPECT_EQ(sessionCount(log), 2);

    const QJsonArray sessions = listedSessions(log);
    ASSERT_EQ(sessions.size(), 2);
    // Newest first: the 4-lap run of March 3rd, 1,600 m.
    EXPECT_EQ(sessions[0][QStringLiteral("local_date")].toString(), QStringLiteral("2026-03-03"));
    EXPECT_NEAR(sessions[0][QStringLiteral("distance_m")].toDouble(), 1600.0, 0.5);
    EXPECT_NEAR(sessions[0][QStringLiteral("duration_s")].toDouble(), 360.0, 0.5);
    EXPECT_EQ(sessions[0][QStringLiteral("sport")].toString(), QStringLiteral("run"));
}

TEST(ImportCommand, AFolderIsSearchedAndOtherFilesLeftAlone)
{
    const AthleteLog log;
    Recordings files;
    files.add(QStringLiteral("week1/mon.fit"), intervalRun(morning(2)));
    files.add(QStringLiteral("week1/notes.txt"), "not an activity");
    files.add(QStringLiteral("week2/wed.FIT"), intervalRun(morning(11)));

    const CliRun run = import(log, {files.dir(), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json[QStringLiteral("files")].toInt(), 2);
    EXPECT_EQ(json[QStringLiteral("imported")].toInt(), 2);
    EXPECT_EQ(json[QStringLiteral("failed")].toInt(), 0);
    EXPECT_EQ(sessionCount(log), 2);
}

TEST(ImportCommand, ImportingAgainSkipsDuplicatesWithAMessage)
{
    const AthleteLog log;
    Recordings files;
    const QString a = files.add(QStringLiteral("a.fit"), intervalRun(morning(2)));
    ASSERT_EQ(import(log, {a}).exitCode, 0);

    // The same recording under another name is still the same run.
    const QString copy = files.add(QStringLiteral("copy-of-a.fit"), intervalRun(morning(2)));
    const CliRun run = import(log, {a, copy, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json[QStringLiteral("imported")].toInt(), 0);
    EXPECT_EQ(json[QStringLiteral("duplicates")].toInt(), 2);
    const QJsonArray problems = json[QStringLiteral("problems")].toArray();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[1][QStringLiteral("outcome")].toString(), QStringLiteral("duplicate"));
    EXPECT_TRUE(
        problems[1][QStringLiteral("file")].toString().endsWith(QStringLiteral("copy-of-a.fit")));
    EXPECT_FALSE(problems[1][QStringLiteral("message")].toString().isEmpty());
    EXPECT_EQ(sessionCount(log), 1);
}

TEST(ImportCommand, ABadFileInTheMiddleFailsAloneAndIsNamed)
{
    const AthleteLog log;
    Recordings files;
    const QByteArray good = intervalRun(morning(4));
    files.add(QStringLiteral("1-good.fit"), intervalRun(morning(2)));
    files.add(QStringLiteral("2-cut.fit"), good.left(good.size() - 40));
    files.add(QStringLiteral("3-good.fit"), intervalRun(morning(6)));

    const CliRun run = import(log, {files.dir()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(sessionCount(log), 2);
    const QStringList errors = errorLines(run);
    ASSERT_EQ(errors.size(), 1) << run.err.toStdString();
    EXPECT_TRUE(errors[0].startsWith(QStringLiteral("paceline-cli import: ")))
        << run.err.toStdString();
    EXPECT_TRUE(errors[0].contains(QStringLiteral("2-cut.fit"))) << run.err.toStdString();
    // The summary counts it and names it too.
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 failed"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2-cut.fit"))) << run.out.toStdString();
}

TEST(ImportCommand, NoProgressLineWhenStderrIsNotATerminal)
{
    const AthleteLog log;
    Recordings files;
    files.add(QStringLiteral("a.fit"), intervalRun(morning(2)));
    files.add(QStringLiteral("b.fit"), intervalRun(morning(3)));
    const CliRun run = import(log, {files.dir()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QLatin1Char('\r')));
    EXPECT_FALSE(run.err.contains(QStringLiteral("[1/2]")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("[1/2]")));
}

TEST(ImportCommand, OnATerminalAProgressLineCountsTheFiles)
{
    // util-linux `script` gives the tool a pseudo-terminal, as a person's shell would.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        GTEST_SKIP() << "util-linux 'script' is not installed: no pseudo-terminal to test with";
    const AthleteLog log;
    Recordings files;
    files.add(QStringLiteral("a.fit"), intervalRun(morning(2)));
    files.add(QStringLiteral("b.fit"), intervalRun(morning(3)));
    const QString command = QStringLiteral("'%1' import --db '%2' '%3'")
                                .arg(QStringLiteral(PACELINE_CLI_PATH), log.path(), files.dir());
    QProcess process;
    process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    ASSERT_TRUE(process.waitForFinished(120000));
    const QString terminal = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_EQ(process.exitCode(), 0) << terminal.toStdString();
    EXPECT_TRUE(terminal.contains(QStringLiteral("\r[1/2] a.fit"))) << terminal.toStdString();
    EXPECT_TRUE(terminal.contains(QStringLiteral("\r[2/2] b.fit"))) << terminal.toStdString();
    EXPECT_TRUE(terminal.contains(QStringLiteral("Imported 2 files"))) << terminal.toStdString();
    EXPECT_EQ(sessionCount(log), 2);
}

TEST(ImportCommand, UsageErrorsExitWith2AndWriteNothing)
{
    const AthleteLog log;
    Recordings files;
    const QString a = files.add(QStringLiteral("a.fit"), intervalRun(morning(2)));
    const QString text = files.add(QStringLiteral("only/notes.txt"), "nothing to import");
    const TempLog absent;
    const QList<QStringList> cases{
        {},
        {files.dir() + QStringLiteral("/missing.fit")},
        {QFileInfo(text).path()},
        {a, QStringLiteral("--split-km"), QStringLiteral("fast")},
        {a, QStringLiteral("--split-km"), QStringLiteral("nan")},
        {a, QStringLiteral("--split-km"), QStringLiteral("1"), QStringLiteral("--split-pace")},
        {a, QStringLiteral("--athlete"), QStringLiteral("Nobody")},
    };
    for (const QStringList& arguments : cases) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = import(log, arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    }
    EXPECT_EQ(sessionCount(log), 0);

    // A log that does not exist is a typo in --db, not a new log.
    const CliRun run = import(absent, {a});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(absent.path())) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(absent.path()));
}
