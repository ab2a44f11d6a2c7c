// Sharing a session as a file: written whole or not at all, read back equal, and
// every failure names the file.

#include "core/io/SessionFiles.h"

#include "core/io/ExampleSessions.h"
#include "core/model/StepPath.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

SessionTemplate sharpening()
{
    SessionTemplate session = exampleSessions().front();
    session.id = TemplateId{42}; // ids are local to a log and are not shared
    return session;
}

} // namespace

TEST(SessionFiles, WrittenAndReadBackEqual)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sharpening.json"));
    const SessionTemplate session = sharpening();
    ASSERT_TRUE(writeSessionFile(session, path).ok());
    auto read = readSessionFile(path);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    SessionTemplate expected = session;
    expected.id = {};
    expected.steps = withoutIds(expected.steps);
    EXPECT_EQ(read.value(), expected);
}

TEST(SessionFiles, FailuresNameTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    auto notThere = readSessionFile(missing);
    ASSERT_FALSE(notThere.ok());
    EXPECT_TRUE(notThere.errorMessage().contains(missing));

    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/s.json"));
    const Status unwritable = writeSessionFile(sharpening(), nowhere);
    ASSERT_FALSE(unwritable.ok());
    EXPECT_TRUE(unwritable.errorMessage().contains(nowhere));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"paceline-session\", \"version\": 1, \"name\": ");
    file.close();
    auto malformed = readSessionFile(broken);
    ASSERT_FALSE(malformed.ok());
    EXPECT_TRUE(malformed.errorMessage().contains(broken))
        << malformed.errorMessage().toStdString();
    EXPECT_TRUE(malformed.errorMessage().contains(QStringLiteral("byte")))
        << malformed.errorMessage().toStdString();
}

TEST(SessionFiles, RefusesAFileFarTooLargeToBeASession)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5 * 1024 * 1024, ' '));
    file.close();
    auto read = readSessionFile(path);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.errorMessage().contains(QStringLiteral("too large")));
}

TEST(SessionFiles, ReadsNoMoreThanTheLimitFromAFileOfUnknownSize)
{
    // A device reports no size; reading it whole would never end.
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        GTEST_SKIP() << "no /dev/zero here";
    auto read = readSessionFile(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.errorMessage().contains(QStringLiteral("too large")))
        << read.errorMessage().toStdString();
}
