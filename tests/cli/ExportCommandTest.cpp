// paceline-cli export and restore: the CSV pair has a header and one row per session
// (and per rep), imports back into another log, and a JSON backup restored into a fresh
// log lists the same sessions.

#include "LogTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "import/FitActivityFixture.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

CliRun exportLog(const TempLog& log, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), log.path()} +
                  arguments);
}

/// The non-empty lines of a CSV file (no field of these exports holds a line break).
QStringList csvLines(const QString& path)
{
    return QString::fromUtf8(readBytes(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// The reps the store holds for the log's athlete, counted without the exporter.
int storedRepCount(const AthleteLog& log)
{
    auto store = LogStore::open(log.path(), OpenOptions{/*readOnly=*/true});
    if (!store)
        return -1;
    auto sessions = (*store)->sessions().inRange(AthleteId{log.athleteId()}, QDate(2000, 1, 1),
                                                 QDate(2100, 1, 1), WithReps::Yes);
    if (!sessions)
        return -1;
    int reps = 0;
    for (const LoggedSession& session : *sessions)
        reps += int(session.reps.size());
    return reps;
}

/// A log with two logged workouts, in March and April.
class TwoWorkouts : public AthleteLog {
public:
    TwoWorkouts()
    {
        logExample(*this, QStringLiteral("2026-03-10"));
        logExample(*this, QStringLiteral("2026-04-14"),
                   {QStringLiteral("--session-rpe"), QStringLiteral("7")});
    }
};

/// A session list without the ids a log gives its rows, to compare two logs.
QJsonArray withoutIds(QJsonArray sessions)
{
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        QJsonObject session = sessions[i].toObject();
        session.remove(QStringLiteral("id"));
        session.remove(QStringLiteral("athlete_id"));
        sessions[i] = session;
    }
    return sessions;
}

} // namespace

TEST(ExportCommand, CsvHasAHeaderAndOneRowPerSessionAndRep)
{
    const TwoWorkouts log;
    const TempLog out;
    const QString folder = out.dir() + QStringLiteral("/export/new");
    const CliRun run = exportLog(log, {QStringLiteral("--csv"), folder, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("sessions")].toInt(), 2);

    const QStringList sessions = csvLines(folder + QStringLiteral("/sessions.csv"));
    ASSERT_EQ(sessions.size(), 3) << sessions.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(sessions[0].contains(QStringLiteral("date"))) << sessions[0].toStdString();
    EXPECT_TRUE(sessions[1].contains(QStringLiteral("2026-03-10"))) << sessions[1].toStdString();
    EXPECT_TRUE(sessions[2].contains(QStringLiteral("2026-04-14"))) << sessions[2].toStdString();

    const QStringList reps = csvLines(folder + QStringLiteral("/reps.csv"));
    const int stored = storedRepCount(log);
    ASSERT_GE(stored, 16);
    EXPECT_EQ(reps.size(), stored + 1);
    EXPECT_EQ(run.json()[QStringLiteral("reps")].toInt(), stored);
    // A formatted pace column beside the SI ones: 400 m in 92.1 s is 3:50/km.
    EXPECT_TRUE(reps.join(QLatin1Char('\n')).contains(QStringLiteral("3:50")))
        << reps[1].toStdString();
}

TEST(ExportCommand, AnAthleteWithoutSessionsGetsTheHeadersOnly)
{
    const AthleteLog log;
    const TempLog out;
    const CliRun run =
        exportLog(log, {QStringLiteral("--csv"), out.dir(), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json()[QStringLiteral("sessions")].toInt(), 0);
    EXPECT_EQ(run.json()[QStringLiteral("reps")].toInt(), 0);
    const QStringList sessions = csvLines(out.dir() + QStringLiteral("/sessions.csv"));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_TRUE(sessions[0].startsWith(QStringLiteral("session,date,")))
        << sessions[0].toStdString();
    const QStringList reps = csvLines(out.dir() + QStringLiteral("/reps.csv"));
    ASSERT_EQ(reps.size(), 1);
    EXPECT_TRUE(reps[0].startsWith(QStringLiteral("session,rep,"))) << reps[0].toStdString();
}

TEST(ExportCommand, FromAndToChooseTheDays)
{
    const TwoWorkouts log;
    const TempLog out;
    const CliRun run = exportLog(log, {QStringLiteral("--csv"), out.dir(), QStringLiteral("--from"),
                                       QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                                       QStringLiteral("2026-04-30")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList sessions = csvLines(out.dir() + QStringLiteral("/sessions.csv"));
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_TRUE(sessions[1].contains(QStringLiteral("2026-04-14")));
}

TEST(ExportCommand, CsvImportsIntoAnotherAthletesLog)
{
    const TwoWorkouts log;
    const TempLog out;
    ASSERT_EQ(exportLog(log, {QStringLiteral("--csv"), out.dir()}).exitCode, 0);

    const AthleteLog other;
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), other.path(),
                               out.dir() + QStringLiteral("/sessions.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonArray original = listedSessions(log);
    const QJsonArray imported = listedSessions(other);
    ASSERT_EQ(imported.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        SCOPED_TRACE(i);
        for (const char* key : {"local_date", "sport", "duration_s", "distance_m", "session_rpe"})
            EXPECT_EQ(imported[i][QLatin1String(key)], original[i][QLatin1String(key)]) << key;
    }
}

TEST(ExportCommand, BackupRestoredIntoAFreshLogListsTheSameSessions)
{
    const TwoWorkouts log;
    const TempLog out;
    const QString backup = out.dir() + QStringLiteral("/backup.json");
    const CliRun exported =
        exportLog(log, {QStringLiteral("--backup"), backup, QStringLiteral("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json()[QStringLiteral("sessions")].toInt(), 2);

    const TempLog fresh;
    const CliRun restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), fresh.path(),
                                    backup, QStringLiteral("--json")});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(restored.json()[QStringLiteral("athletes_added")].toInt(), 1);
    EXPECT_EQ(restored.json()[QStringLiteral("sessions_added")].toInt(), 2);
    EXPECT_EQ(listedSessions(fresh), listedSessions(log));

    // Restoring again adds nothing: every session is already logged.
    const CliRun again = runCli({QStringLiteral("restore"), QStringLiteral("--db"), fresh.path(),
                                 backup, QStringLiteral("--json")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json()[QStringLiteral("sessions_skipped")].toInt(), 2);
    EXPECT_EQ(withoutIds(listedSessions(fresh)), withoutIds(listedSessions(log)));
}

TEST(ExportCommand, UsageErrorsExitWith2)
{
    const TwoWorkouts log;
    const TempLog out;
    const QList<QStringList> cases{
        {},
        {QStringLiteral("--csv"), out.dir(), QStringLiteral("--backup"),
         out.dir() + QStringLiteral("/b.json")},
        {QStringLiteral("--csv"), out.dir(), QStringLiteral("--from"), QStringLiteral("2026-05-01"),
         QStringLiteral("--to"), QStringLiteral("2026-04-01")},
        {QStringLiteral("--csv"), out.dir(), QStringLiteral("--from"), QStringLiteral("May")},
        {QStringLiteral("--backup"), out.dir() + QStringLiteral("/b.json"),
         QStringLiteral("--from"), QStringLiteral("2026-05-01")},
    };
    for (const QStringList& arguments : cases) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = exportLog(log, arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    }
    EXPECT_TRUE(QDir(out.dir()).entryList(QDir::Files).isEmpty());
}

TEST(ExportCommand, AFolderThatCannotBeMadeFailsWith1)
{
    const TwoWorkouts log;
    const TempLog out;
    const QString blocker = out.dir() + QStringLiteral("/file");
    ASSERT_TRUE(writeBytes(blocker, "in the way"));
    const CliRun run = exportLog(log, {QStringLiteral("--csv"), blocker + QStringLiteral("/sub")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(blocker)) << run.err.toStdString();
}

TEST(RestoreCommand, ABadBackupIsRefusedAndCreatesNoLog)
{
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/broken.json");
    ASSERT_TRUE(
        writeBytes(file, "{\"format\": \"paceline-log\", \"version\": 1, \"sessions\": [1,"));
    const TempLog fresh;
    const CliRun run =
        runCli({QStringLiteral("restore"), QStringLiteral("--db"), fresh.path(), file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("broken.json"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(fresh.path()));
}
