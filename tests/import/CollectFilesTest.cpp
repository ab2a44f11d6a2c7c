// Which files a drop or a command line imports (collectImportFiles).
#include "FitActivityFixture.h"
#include "core/import/ActivityImporter.h"
#include "core/io/activity/CsvLog.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace paceline::test {
namespace {

class CollectFiles : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString make(const QString& relative, const QByteArray& bytes = QByteArrayLiteral("x"))
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        EXPECT_TRUE(writeBytes(path, bytes));
        return path;
    }
    QTemporaryDir m_dir;
};

TEST_F(CollectFiles, FoldersAreSearchedRecursivelyForActivityFiles)
{
    const QString b = make(QStringLiteral("2026/march/b.FIT"));
    const QString a = make(QStringLiteral("a.tcx"));
    const QString c = make(QStringLiteral("2026/c.gpx"));
    make(QStringLiteral("2026/photo.jpg"));
    make(QStringLiteral("notes.txt"));
    make(QStringLiteral("2026/._b.fit")); // a macOS companion, hidden
    EXPECT_EQ(collectImportFiles({m_dir.path()}), (QStringList{c, b, a}));
}

TEST_F(CollectFiles, FilesAsGivenSortedAndOnce)
{
    const QString run = make(QStringLiteral("run.fit"));
    const QString ride = make(QStringLiteral("sub/ride.TCX"));
    const QString text = make(QStringLiteral("readme.md"));
    const QStringList collected =
        collectImportFiles({run, ride, text, m_dir.filePath(QStringLiteral("sub")),
                            m_dir.filePath(QStringLiteral("./run.fit"))});
    EXPECT_EQ(collected, (QStringList{run, ride}));
}

TEST_F(CollectFiles, AFileNamedOnItsOwnIsKeptWhenItsContentIsAnActivity)
{
    // readerFor() finds the reader of a FIT saved without ".fit"; the import must not
    // drop the file before it gets there.
    const QByteArray fit = fitActivityFile(runOf(evenLaps(1, 60, 3.0), FitActivitySpec{}.startUtc));
    const QString noExtension = make(QStringLiteral("activity"), fit);
    const QString backup = make(QStringLiteral("run.fit.bak"), fit);
    const QString text = make(QStringLiteral("notes.txt"), QByteArrayLiteral("just notes\n"));
    EXPECT_EQ(collectImportFiles({noExtension, backup, text}), (QStringList{noExtension, backup}));
    // In a folder, names still decide: a folder holds photos and notes beside the runs.
    EXPECT_EQ(collectImportFiles({m_dir.path()}), QStringList{});
}

TEST_F(CollectFiles, LinksToFoldersAreNotFollowedSoLoopsEnd)
{
    const QString run = make(QStringLiteral("sub/run.fit"));
    ASSERT_TRUE(QFile::link(m_dir.path(), m_dir.filePath(QStringLiteral("sub/loop"))));
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("sub")),
                            m_dir.filePath(QStringLiteral("again"))));
    make(QStringLiteral(".hidden/other.fit"));
    EXPECT_EQ(collectImportFiles({m_dir.path()}), QStringList{run});
}

TEST_F(CollectFiles, AMissingActivityFileIsKeptToFailByName)
{
    const QString missing = m_dir.filePath(QStringLiteral("gone.fit"));
    EXPECT_EQ(collectImportFiles({missing}), QStringList{missing});
}

TEST_F(CollectFiles, TheRepsHalfOfACsvExportIsLeftOut)
{
    LoggedSession session;
    session.start = QDateTime(QDate(2026, 3, 14), QTime(7, 0), Qt::OffsetFromUTC, 3600);
    session.title = QStringLiteral("Track");
    session.duration = Duration{600.0};
    Rep rep;
    rep.distance = Distance{400.0};
    rep.time = Duration{80.0};
    session.reps = {rep, rep};
    const CsvExport csv = exportCsv({session}, UnitSystem::Metric);
    ASSERT_FALSE(csv.reps.isEmpty()) << "the CSV export is not written yet";
    const QString sessions = make(QStringLiteral("export/sessions.csv"), csv.sessions);
    make(QStringLiteral("export/reps.csv"), csv.reps);
    EXPECT_EQ(collectImportFiles({m_dir.path()}), QStringList{sessions});
}

} // namespace
} // namespace paceline::test
