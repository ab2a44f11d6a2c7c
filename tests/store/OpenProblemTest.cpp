#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace paceline;
using namespace paceline::test;

namespace {

class OpenProblems : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// Opens a file that must be refused with `problem`, and checks that the message
    /// names it and the file (with its companions) is exactly as before.
    OpenError expectRefused(const QString& path, OpenProblem problem)
    {
        const FileState before = FileState::of(path);
        auto opened = LogStore::open(path);
        EXPECT_FALSE(opened.ok());
        if (opened.ok())
            return {};
        const OpenError& error = opened.error();
        EXPECT_EQ(int(error.problem), int(problem)) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QFileInfo(path).absoluteFilePath()))
            << error.message.toStdString();
        const FileState after = FileState::of(path);
        EXPECT_TRUE(after == before) << "the refused file was changed";
        EXPECT_FALSE(after.wal);
        EXPECT_FALSE(after.shm);
        EXPECT_FALSE(after.journal);
        return error;
    }

    /// A closed Paceline log with an athlete and a session in it.
    QString pacelineLog()
    {
        const QString path = m_dir.filePath(QStringLiteral("paceline.sqlite"));
        auto store = LogStore::open(path);
        EXPECT_TRUE(store.ok());
        Athlete athlete = sampleAthlete();
        EXPECT_TRUE((*store)->athletes().insert(athlete).ok());
        LoggedSession session = sampleSession(athlete.id, QDate(2024, 2, 2));
        EXPECT_TRUE((*store)->sessions().insert(session).ok());
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(OpenProblems, RandomBytesAreNotADatabase)
{
    const QString path = m_dir.filePath(QStringLiteral("noise.sqlite"));
    QByteArray bytes(8192, '\0');
    QRandomGenerator random(42);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    writeFile(path, bytes);
    expectRefused(path, OpenProblem::NotADatabase);
}

TEST_F(OpenProblems, TextFileIsNotADatabase)
{
    const QString path = m_dir.filePath(QStringLiteral("week.csv"));
    writeFile(path, "date,distance_km,time\n2024-01-01,10.0,45:12\n");
    const OpenError error = expectRefused(path, OpenProblem::NotADatabase);
    EXPECT_TRUE(error.message.contains(QStringLiteral("not a database")));
}

TEST_F(OpenProblems, HeaderAloneIsNotADatabase)
{
    const QString path = m_dir.filePath(QStringLiteral("stub.sqlite"));
    writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\1'));
    expectRefused(path, OpenProblem::NotADatabase);
}

TEST_F(OpenProblems, OtherProgramsDatabaseIsNotPaceline)
{
    const QString path = m_dir.filePath(QStringLiteral("places.sqlite"));
    {
        RawSql raw(path);
        raw.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')"));
    }
    const OpenError error = expectRefused(path, OpenProblem::NotPaceline);
    EXPECT_TRUE(error.message.contains(QStringLiteral("moz_places")));
}

TEST_F(OpenProblems, OtherProgramsApplicationIdIsNotPaceline)
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawSql raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = 1234"));
        raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        raw.exec(QStringLiteral("CREATE TABLE athlete (id INTEGER PRIMARY KEY)"));
    }
    expectRefused(path, OpenProblem::NotPaceline);
}

TEST_F(OpenProblems, OtherProgramsEmptyDatabaseIsNotPaceline)
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    {
        RawSql raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = 1234"));
    }
    const OpenError error = expectRefused(path, OpenProblem::NotPaceline);
    EXPECT_TRUE(error.message.contains(QStringLiteral("(no tables yet)")))
        << error.message.toStdString();
}

TEST_F(OpenProblems, NewerVersionIsRefused)
{
    const QString path = pacelineLog();
    {
        RawSql raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const OpenError error = expectRefused(path, OpenProblem::NewerVersion);
    EXPECT_TRUE(error.message.contains(QStringLiteral("99")));
    EXPECT_TRUE(error.message.contains(QStringLiteral("newer")));
}

TEST_F(OpenProblems, CorruptSchemaPageIsDamaged)
{
    const QString path = pacelineLog();
    // Page 1 holds sqlite_schema: its b-tree header starts right after the file header.
    overwrite(path, 100, QByteArray(64, '\xff'));
    const OpenError error = expectRefused(path, OpenProblem::Damaged);
    EXPECT_TRUE(error.message.contains(QStringLiteral("damaged")));
}

TEST_F(OpenProblems, TruncatedLogIsDamaged)
{
    const QString path = pacelineLog();
    QFile file(path);
    ASSERT_TRUE(file.resize(file.size() / 2 / 4096 * 4096));
    const OpenError error = expectRefused(path, OpenProblem::Damaged);
    EXPECT_TRUE(error.message.contains(QStringLiteral("shorter")));
}

TEST_F(OpenProblems, MissingTableIsDamaged)
{
    const QString path = pacelineLog();
    {
        RawSql raw(path);
        raw.exec(QStringLiteral("DROP TABLE rep"));
    }
    const OpenError error = expectRefused(path, OpenProblem::Damaged);
    EXPECT_TRUE(error.message.contains(QStringLiteral("rep")));
}

TEST_F(OpenProblems, FolderThatCannotBeCreated)
{
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
    writeFile(blocker, "not a folder");
    const QString path = blocker + QStringLiteral("/sub/log.sqlite");
    auto opened = LogStore::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().problem, OpenProblem::CannotOpen);
    EXPECT_TRUE(opened.error().message.contains(path)) << opened.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(OpenProblems, FolderInsteadOfFile)
{
    const QString path = m_dir.filePath(QStringLiteral("folder.sqlite"));
    ASSERT_TRUE(QDir().mkpath(path));
    auto opened = LogStore::open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().problem, OpenProblem::CannotOpen);
    EXPECT_TRUE(opened.error().message.contains(path));
}

TEST_F(OpenProblems, MissingFolderIsCreated)
{
    const QString path = m_dir.filePath(QStringLiteral("new/deeper/log.sqlite"));
    auto opened = LogStore::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ((*opened)->path(), path);
    EXPECT_FALSE((*opened)->isReadOnly());
    EXPECT_TRUE((*opened)->readOnlyReason().isEmpty());
}

TEST_F(OpenProblems, EmptyFileAndEmptySqliteFileBecomeLogs)
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(empty, {});
    const QString blank = m_dir.filePath(QStringLiteral("blank.sqlite"));
    {
        RawSql raw(blank);
        // Leaves a valid SQLite header and no tables.
        raw.exec(QStringLiteral("CREATE TABLE scratch (x)"));
        raw.exec(QStringLiteral("DROP TABLE scratch"));
    }
    for (const QString& path : {empty, blank}) {
        auto opened = LogStore::open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ((*opened)->schemaVersion(), LogStore::latestSchemaVersion());
    }
}

TEST_F(OpenProblems, DefaultPathIsInTheAppDataFolder)
{
    EXPECT_TRUE(LogStore::defaultPath().endsWith(QStringLiteral("/paceline.sqlite")));
    EXPECT_TRUE(QFileInfo(LogStore::defaultPath()).isAbsolute());
}

TEST_F(OpenProblems, TwoLogsOpenAtOnce)
{
    auto first = LogStore::open(m_dir.filePath(QStringLiteral("a.sqlite")));
    auto second = LogStore::open(m_dir.filePath(QStringLiteral("b.sqlite")));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    Athlete athlete = sampleAthlete();
    ASSERT_TRUE((*first)->athletes().insert(athlete).ok());
    EXPECT_EQ(*(*first)->athletes().count(), 1);
    EXPECT_EQ(*(*second)->athletes().count(), 0);
}
