// A CSV export imported back: what the athlete logged survives the round trip.
#include "FitActivityFixture.h"
#include "ImportTestSupport.h"
#include "core/import/ActivityImporter.h"
#include "core/io/activity/CsvLog.h"
#include "core/store/SessionStore.h"

namespace paceline::test {
namespace {

using CsvImport = ImportTest;

TEST_F(CsvImport, AnExportedSessionComesBackWithItsReps)
{
    LoggedSession session;
    session.athleteId = athleteId();
    session.start = QDateTime(QDate(2026, 3, 14), QTime(18, 5), Qt::OffsetFromUTC, 3600);
    session.title = QStringLiteral("Tuesday track");
    session.duration = Duration{1500.0};
    session.distance = Distance{5200.0};
    session.sessionRpe = 7.0;
    session.notes = QStringLiteral("windy on the back straight");
    for (int i = 0; i < 3; ++i) {
        Rep work;
        work.distance = Distance{800.0};
        work.time = Duration{170.0 + i};
        work.rpe = 8.0;
        work.notes = QStringLiteral("rep %1").arg(i + 1);
        Rep recovery;
        recovery.kind = RepKind::Recovery;
        recovery.distance = Distance{800.0}; // as fast as the work: only the kind tells
        recovery.time = Duration{172.0};
        session.reps.push_back(work);
        session.reps.push_back(recovery);
    }
    const CsvExport csv = exportCsv({session}, UnitSystem::Metric);
    ASSERT_FALSE(csv.sessions.isEmpty());
    EXPECT_TRUE(writeBytes(pathOf(QStringLiteral("sessions.csv")), csv.sessions));
    EXPECT_TRUE(writeBytes(pathOf(QStringLiteral("reps.csv")), csv.reps));

    ActivityImporter importer(store(), athleteId());
    ImportSummary summary;
    for (const QString& file : collectImportFiles({m_dir.path()}))
        summary.add(importer.importFile(file));
    ASSERT_EQ(summary.imported, 1) << summaryText(summary).toStdString();
    Result<std::vector<LoggedSession>> stored = store().sessions().inRange(
        athleteId(), QDate(2026, 3, 14), QDate(2026, 3, 14), WithReps::Yes);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1u);
    const LoggedSession& back = stored->front();
    EXPECT_EQ(back.start, session.start);
    EXPECT_EQ(back.start.offsetFromUtc(), 3600);
    EXPECT_EQ(back.title, session.title);
    EXPECT_EQ(back.sessionRpe, session.sessionRpe);
    EXPECT_EQ(back.notes, session.notes);
    ASSERT_EQ(back.reps.size(), session.reps.size());
    for (std::size_t i = 0; i < back.reps.size(); ++i) {
        EXPECT_EQ(back.reps[i].kind, session.reps[i].kind) << i;
        EXPECT_EQ(back.reps[i].rpe, session.reps[i].rpe) << i;
        EXPECT_EQ(back.reps[i].notes, session.reps[i].notes) << i;
        EXPECT_NEAR(back.reps[i].time.seconds, session.reps[i].time.seconds, 0.01) << i;
    }
    // And once is enough.
    EXPECT_EQ(importer.importFile(pathOf(QStringLiteral("sessions.csv"))).outcome,
              ImportOutcome::Duplicate);
}

} // namespace
} // namespace paceline::test
