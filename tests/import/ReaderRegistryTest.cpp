// The reader registry: which reader takes a file, and readActivityFile's own refusals.
#include "FitActivityFixture.h"
#include "core/io/activity/ActivityReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace paceline::test {
namespace {

const QByteArray kTcxHead =
    QByteArrayLiteral("<?xml version=\"1.0\"?>\n<TrainingCenterDatabase "
                      "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">");

class ReaderRegistry : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(writeBytes(path, bytes));
        return path;
    }
    QString formatFor(const QString& name, const QByteArray& head) const
    {
        const ActivityReader* reader = readerFor(m_readers, name, head);
        return reader ? reader->formatId() : QStringLiteral("none");
    }
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<ActivityReader>> m_readers = makeActivityReaders();
};

TEST_F(ReaderRegistry, ReadersInTheirOrder)
{
    QStringList formats;
    for (const auto& reader : m_readers)
        formats << reader->formatId();
    EXPECT_EQ(formats, (QStringList{"fit", "tcx", "gpx", "csv"}));
}

TEST_F(ReaderRegistry, TheExtensionChoosesInAnyCase)
{
    EXPECT_EQ(formatFor(QStringLiteral("run.FIT"), "abc"), QStringLiteral("fit"));
    EXPECT_EQ(formatFor(QStringLiteral("run.Tcx"), "abc"), QStringLiteral("tcx"));
    EXPECT_EQ(formatFor(QStringLiteral("run.gpx"), "abc"), QStringLiteral("gpx"));
    EXPECT_EQ(formatFor(QStringLiteral("sessions.csv"), "abc"), QStringLiteral("csv"));
}

TEST_F(ReaderRegistry, TheContentChoosesWhenTheExtensionIsWrongOrMissing)
{
    const QByteArray fit =
        fitActivityFile(runOf(evenLaps(1, 60, 3.0), QDateTime::currentDateTimeUtc()));
    EXPECT_EQ(formatFor(QStringLiteral("run.tcx"), fit.left(4096)), QStringLiteral("fit"));
    EXPECT_EQ(formatFor(QStringLiteral("download"), fit.left(4096)), QStringLiteral("fit"));
    EXPECT_EQ(formatFor(QStringLiteral("run.fit"), kTcxHead), QStringLiteral("tcx"));
    EXPECT_EQ(formatFor(QStringLiteral("notes.txt"), "hello"), QStringLiteral("none"));
}

TEST_F(ReaderRegistry, TheFileFilterListsEveryReader)
{
    const QString filter = activityFileFilter();
    EXPECT_TRUE(filter.startsWith(QStringLiteral("Activity files (*.fit *.tcx *.gpx *.csv);;")))
        << filter.toStdString();
    for (const auto& reader : m_readers)
        EXPECT_TRUE(filter.contains(reader->displayName())) << filter.toStdString();
}

TEST_F(ReaderRegistry, RefusalsNameTheFile)
{
    auto messageFor = [&](const QString& path) {
        Result<Recording> read = readActivityFile(path, m_readers);
        EXPECT_FALSE(read.ok());
        return read.ok() ? QString() : read.errorMessage();
    };
    EXPECT_TRUE(messageFor(m_dir.filePath(QStringLiteral("gone.fit")))
                    .startsWith(QStringLiteral("gone.fit: cannot be opened")));
    EXPECT_EQ(messageFor(write(QStringLiteral("empty.fit"), {})),
              QStringLiteral("empty.fit: the file is empty"));
    EXPECT_TRUE(messageFor(write(QStringLiteral("notes.txt"), "just words"))
                    .startsWith(QStringLiteral("notes.txt: is not a format Paceline reads")));
    EXPECT_TRUE(messageFor(write(QStringLiteral("bad.fit"), "not a fit file at all"))
                    .contains(QStringLiteral("bad.fit")));

    // Sparse: no 257 MiB are written.
    const QString huge = write(QStringLiteral("huge.fit"), "x");
    QFile file(huge);
    ASSERT_TRUE(file.resize(257LL * 1024 * 1024));
    EXPECT_TRUE(
        messageFor(huge).startsWith(QStringLiteral("huge.fit: the file is 269,484,032 bytes")))
        << messageFor(huge).toStdString();
}

TEST_F(ReaderRegistry, AGoodFileIsReadWithItsNameWithoutTheFolder)
{
    const QString path =
        write(QStringLiteral("Morning Run.fit"),
              fitActivityFile(runOf(evenLaps(3, 60, 3.0, 140),
                                    QDateTime(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc()))));
    Result<Recording> read = readActivityFile(path, m_readers);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(read->format, QStringLiteral("fit"));
    EXPECT_EQ(read->fileName, QStringLiteral("Morning Run.fit"));
    ASSERT_EQ(read->sessions.size(), 1u);
    EXPECT_EQ(read->sessions.front().laps.size(), 3u);
    EXPECT_EQ(read->recordCount, 180);
}

} // namespace
} // namespace paceline::test
