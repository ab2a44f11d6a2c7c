// Importing FIT files written by the project's own encoder (FitActivityFixture) into a
// log: sessions and reps stored, duplicates, bad files in a batch, multisport, plans.
#include "FitActivityFixture.h"
#include "ImportTestSupport.h"
#include "core/import/ActivityImporter.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace paceline::test {
namespace {

const QDateTime kMorning(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc());

/// 10 min warm-up, 4 x (3 min at 4.5 m/s, 2 min at 2.4 m/s), 10 min cool-down.
std::vector<FitLapSpec> intervalLaps()
{
    std::vector<FitLapSpec> laps{{.seconds = 600, .metres = 1500, .heartRate = 135}};
    for (int i = 0; i < 4; ++i) {
        laps.push_back({.seconds = 180, .metres = 810, .heartRate = 172, .cadence = 184});
        laps.push_back({.seconds = 120, .metres = 288, .heartRate = 148});
    }
    laps.push_back({.seconds = 600, .metres = 1450, .heartRate = 138});
    return laps;
}

ImportOptions utcOptions()
{
    ImportOptions options;
    options.fallbackZone = QTimeZone::utc();
    return options;
}

class Importer : public ImportTest {
protected:
    QString writeFit(const QString& name, const FitActivitySpec& spec)
    {
        const QString path = pathOf(name);
        EXPECT_TRUE(writeBytes(path, fitActivityFile(spec)));
        return path;
    }
    FileImportResult import(const QString& path)
    {
        ActivityImporter importer(store(), athleteId(), utcOptions());
        return importer.importFile(path);
    }
};

TEST_F(Importer, OneFileBecomesASessionWithItsReps)
{
    FitActivitySpec spec = runOf(intervalLaps(), kMorning);
    spec.utcOffsetSeconds = 3600;
    const FileImportResult result = import(writeFit(QStringLiteral("intervals.fit"), spec));
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    ASSERT_EQ(result.sessionIds.size(), 1u);

    Result<LoggedSession> stored = store().sessions().find(result.sessionIds.front());
    ASSERT_TRUE(stored.ok()) << stored.errorMessage().toStdString();
    EXPECT_EQ(stored->athleteId, athleteId());
    EXPECT_EQ(stored->sport, Sport::Run);
    EXPECT_EQ(stored->start.toSecsSinceEpoch(), kMorning.toSecsSinceEpoch());
    EXPECT_EQ(stored->start.offsetFromUtc(), 3600);
    EXPECT_EQ(stored->title, QStringLiteral("Run from intervals.fit"));
    EXPECT_NEAR(stored->duration.seconds, 600 + 4 * 300 + 600, 0.01);
    ASSERT_TRUE(stored->distance);
    EXPECT_NEAR(stored->distance->metres, 1500 + 4 * (810 + 288) + 1450, 0.01);
    ASSERT_EQ(stored->reps.size(), 10u);
    const Rep& firstRep = stored->reps[1];
    EXPECT_EQ(firstRep.kind, RepKind::Work);
    EXPECT_NEAR(firstRep.distance->metres, 810.0, 0.01);
    EXPECT_NEAR(firstRep.time.seconds, 180.0, 0.01);
    EXPECT_EQ(firstRep.avgHeartRate, 172);
    EXPECT_EQ(firstRep.maxHeartRate, 172);
    EXPECT_NEAR(firstRep.cadence.value_or(0.0), 184.0, 1.0);
    std::vector<RepKind> kinds;
    for (const Rep& rep : stored->reps)
        kinds.push_back(rep.kind);
    const RepKind W = RepKind::Work;
    const RepKind R = RepKind::Recovery;
    EXPECT_EQ(kinds, (std::vector<RepKind>{R, W, R, W, R, W, R, W, R, R}));
}

TEST_F(Importer, ImportingTheSameRecordingAgainIsADuplicate)
{
    const QString path = writeFit(QStringLiteral("run.fit"), runOf(intervalLaps(), kMorning));
    ASSERT_EQ(import(path).outcome, ImportOutcome::Imported);
    // The same run under another name (the FIT and a copy) counts once too.
    QFile::copy(path, pathOf(QStringLiteral("copy.fit")));
    for (const QString& again : {path, pathOf(QStringLiteral("copy.fit"))}) {
        const FileImportResult result = import(again);
        EXPECT_EQ(result.outcome, ImportOutcome::Duplicate) << result.message.toStdString();
        EXPECT_TRUE(result.message.contains(QStringLiteral("already in the log")));
        EXPECT_TRUE(result.message.contains(QStringLiteral("\"Run from run.fit\"")))
            << result.message.toStdString();
        EXPECT_TRUE(result.message.contains(QStringLiteral("2026-03-14")));
        EXPECT_TRUE(result.sessionIds.empty());
    }
    EXPECT_EQ(sessionCount(), 1);
}

TEST_F(Importer, TheSameRunWithAnotherOffsetOrSportIsADuplicate)
{
    // Late in the evening UTC: the FIT says +10:00 (stored on the next local day), its
    // twin says no offset (read in UTC, the day before). Same instant, same run.
    const QDateTime evening = kMorning.addSecs(14 * 3600);
    FitActivitySpec withOffset = runOf(intervalLaps(), evening);
    withOffset.utcOffsetSeconds = 10 * 3600;
    const FileImportResult first = import(writeFit(QStringLiteral("watch.fit"), withOffset));
    ASSERT_EQ(first.outcome, ImportOutcome::Imported) << first.message.toStdString();
    const FileImportResult twin =
        import(writeFit(QStringLiteral("twin.fit"), runOf(intervalLaps(), evening)));
    EXPECT_EQ(twin.outcome, ImportOutcome::Duplicate) << twin.message.toStdString();
    EXPECT_TRUE(twin.message.startsWith(QStringLiteral("twin.fit: ")))
        << twin.message.toStdString();

    // A twin read with another sport (a GPX without a type is cross-training) is the
    // same recording: nothing else starts at that very second.
    FitActivitySpec generic = runOf(intervalLaps(), evening);
    generic.legs.front().sport = FitSport::Generic;
    const FileImportResult other = import(writeFit(QStringLiteral("track.fit"), generic));
    EXPECT_EQ(other.outcome, ImportOutcome::Duplicate) << other.message.toStdString();
    EXPECT_EQ(sessionCount(), 1);

    const FileImportResult later = import(
        writeFit(QStringLiteral("later.fit"), runOf(intervalLaps(), evening.addSecs(1))));
    EXPECT_EQ(later.outcome, ImportOutcome::Imported) << later.message.toStdString();
    EXPECT_EQ(sessionCount(), 2);
}

TEST_F(Importer, AnotherAthletesPlanIsNotMatched)
{
    Athlete other;
    other.name = QStringLiteral("Ben");
    ASSERT_TRUE(store().athletes().insert(other).ok());
    Step work;
    work.kind = StepKind::Work;
    work.target = Duration{180.0};
    PlannedSession plan;
    plan.athleteId = other.id;
    plan.date = kMorning.date();
    plan.name = QStringLiteral("Ben's run");
    plan.steps = {StepNode{work}};
    ASSERT_TRUE(store().plans().insert(plan).ok());

    const FileImportResult result =
        import(writeFit(QStringLiteral("run.fit"), runOf(intervalLaps(), kMorning)));
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    EXPECT_FALSE(result.message.contains(QStringLiteral("matched")))
        << result.message.toStdString();
    Result<LoggedSession> stored = store().sessions().find(result.sessionIds.front());
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->plannedSessionId);
}

TEST_F(Importer, BadFilesInABatchFailByNameAndTheOthersImport)
{
    const QByteArray good = fitActivityFile(runOf(intervalLaps(), kMorning));
    EXPECT_TRUE(writeBytes(pathOf(QStringLiteral("a-good.fit")), good));
    EXPECT_TRUE(writeBytes(pathOf(QStringLiteral("b-truncated.fit")), good.left(good.size() / 2)));
    QByteArray noise(4000, '\0');
    QRandomGenerator random(7);
    for (char& byte : noise)
        byte = char(random.bounded(256));
    EXPECT_TRUE(writeBytes(pathOf(QStringLiteral("c-random.fit")), noise));
    EXPECT_TRUE(
        writeBytes(pathOf(QStringLiteral("d-text.gpx")), QByteArrayLiteral("just some notes\n")));
    EXPECT_TRUE(writeBytes(pathOf(QStringLiteral("e-empty.fit")), QByteArray()));
    EXPECT_TRUE(
        writeBytes(pathOf(QStringLiteral("f-good.fit")),
                   fitActivityFile(runOf(evenLaps(5, 300, 3.2, 150), kMorning.addDays(1)))));

    ActivityImporter importer(store(), athleteId(), utcOptions());
    ImportSummary summary;
    const QStringList files = collectImportFiles({m_dir.path()});
    ASSERT_EQ(files.size(), 6) << files.join(QLatin1Char(' ')).toStdString();
    for (const QString& file : files) {
        summary.add(importer.importFile(file));
        // Each bad file leaves the count where it was: nothing partial is written.
    }
    EXPECT_EQ(summary.imported, 2);
    EXPECT_EQ(summary.sessions, 2);
    EXPECT_EQ(summary.failed, 4);
    EXPECT_FALSE(summary.allGood());
    EXPECT_EQ(sessionCount(), 2);
    ASSERT_EQ(summary.problems.size(), 4u);
    const QStringList badNames{QStringLiteral("b-truncated.fit"), QStringLiteral("c-random.fit"),
                               QStringLiteral("d-text.gpx"), QStringLiteral("e-empty.fit")};
    for (int i = 0; i < badNames.size(); ++i) {
        const FileImportResult& problem = summary.problems[std::size_t(i)];
        EXPECT_EQ(problem.outcome, ImportOutcome::Failed);
        EXPECT_TRUE(problem.path.endsWith(badNames[i])) << problem.path.toStdString();
        EXPECT_TRUE(problem.message.contains(badNames[i])) << problem.message.toStdString();
    }
    EXPECT_TRUE(summary.problems[3].message.contains(QStringLiteral("empty")));
    const QString text = summaryText(summary);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Imported 2 files (2 sessions); 4 failed.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\n- ") + summary.problems[0].message));
}

TEST_F(Importer, AFileThatFailsHalfWayLeavesNothing)
{
    const QByteArray good = fitActivityFile(runOf(intervalLaps(), kMorning));
    QByteArray badCrc = good;
    badCrc[badCrc.size() - 1] = char(badCrc[badCrc.size() - 1] ^ 0x5A);
    EXPECT_TRUE(writeBytes(pathOf(QStringLiteral("crc.fit")), badCrc));
    const FileImportResult result = import(pathOf(QStringLiteral("crc.fit")));
    EXPECT_EQ(result.outcome, ImportOutcome::Failed);
    EXPECT_TRUE(result.message.contains(QStringLiteral("crc.fit"))) << result.message.toStdString();
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(Importer, ALegTheStoreRefusesLeavesNoneOfTheFilesLegs)
{
    // A second connection makes the log refuse runs, as a full disk would refuse the
    // last leg: the swim and the ride written before it must go too.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refuse-runs"));
        other.setDatabaseName(pathOf(QStringLiteral("log.sqlite")));
        ASSERT_TRUE(other.open());
        QSqlQuery trigger(other);
        ASSERT_TRUE(trigger.exec(QStringLiteral(
            "CREATE TRIGGER refuse_runs BEFORE INSERT ON logged_session WHEN NEW.sport = 'run' "
            "BEGIN SELECT RAISE(ABORT, 'no runs today'); END")))
            << trigger.lastError().text().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("refuse-runs"));
    FitActivitySpec spec;
    spec.startUtc = kMorning;
    spec.legs = {{FitSport::Swimming, evenLaps(2, 600, 1.1, 140)},
                 {FitSport::Cycling, evenLaps(3, 900, 9.0, 150)},
                 {FitSport::Running, evenLaps(2, 900, 3.6, 160)}};
    const FileImportResult result = import(writeFit(QStringLiteral("tri.fit"), spec));
    EXPECT_EQ(result.outcome, ImportOutcome::Failed);
    EXPECT_TRUE(result.message.startsWith(QStringLiteral("tri.fit: ")))
        << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("nothing was imported")))
        << result.message.toStdString();
    EXPECT_TRUE(result.sessionIds.empty());
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(Importer, MultisportFileGivesOneSessionPerLeg)
{
    FitActivitySpec spec;
    spec.startUtc = kMorning;
    spec.legs = {{FitSport::Swimming, evenLaps(2, 600, 1.1, 140)},
                 {FitSport::Transition, evenLaps(1, 90, 1.5)},
                 {FitSport::Cycling, evenLaps(3, 900, 9.0, 150)},
                 {FitSport::Transition, evenLaps(1, 60, 1.5)},
                 {FitSport::Running, evenLaps(2, 900, 3.6, 160)}};
    const FileImportResult result = import(writeFit(QStringLiteral("tri.fit"), spec));
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    ASSERT_EQ(result.sessionIds.size(), 3u);
    EXPECT_TRUE(result.message.contains(QStringLiteral("skipped the transition legs")))
        << result.message.toStdString();
    const std::vector<Sport> sports{Sport::Swim, Sport::Bike, Sport::Run};
    const std::vector<int> starts{0, 1290, 4050};
    for (std::size_t i = 0; i < sports.size(); ++i) {
        Result<LoggedSession> leg = store().sessions().find(result.sessionIds[i]);
        ASSERT_TRUE(leg.ok());
        EXPECT_EQ(leg->sport, sports[i]);
        EXPECT_EQ(leg->start.toSecsSinceEpoch(), kMorning.addSecs(starts[i]).toSecsSinceEpoch());
    }
    EXPECT_EQ(sessionCount(), 3);
    // Any leg already logged makes the whole file a duplicate.
    EXPECT_EQ(import(pathOf(QStringLiteral("tri.fit"))).outcome, ImportOutcome::Duplicate);
    EXPECT_EQ(sessionCount(), 3);
}

TEST_F(Importer, OnlyTransitionsFailWithTheReason)
{
    FitActivitySpec spec;
    spec.startUtc = kMorning;
    spec.legs = {{FitSport::Transition, evenLaps(1, 90, 1.5)}};
    const FileImportResult result = import(writeFit(QStringLiteral("t1.fit"), spec));
    EXPECT_EQ(result.outcome, ImportOutcome::Failed);
    EXPECT_TRUE(result.message.contains(QStringLiteral("t1.fit")));
    EXPECT_TRUE(result.message.contains(QStringLiteral("transition")))
        << result.message.toStdString();
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(Importer, ARunOnAPlannedDayIsLinkedToThePlan)
{
    Step work;
    work.kind = StepKind::Work;
    work.target = Duration{180.0};
    Step recovery;
    recovery.kind = StepKind::Recovery;
    recovery.target = Duration{120.0};
    RepeatGroup group;
    group.count = 4;
    group.children = {StepNode{work}, StepNode{recovery}};
    Step warmUp;
    warmUp.kind = StepKind::WarmUp;
    warmUp.target = Duration{600.0};
    Step coolDown = warmUp;
    coolDown.kind = StepKind::CoolDown;
    PlannedSession plan;
    plan.athleteId = athleteId();
    plan.date = kMorning.date();
    plan.name = QStringLiteral("4 × 3 min");
    plan.steps = {StepNode{warmUp}, StepNode{group}, StepNode{coolDown}};
    const Status planned = store().plans().insert(plan);
    ASSERT_TRUE(planned.ok()) << planned.errorMessage().toStdString();

    const FileImportResult result =
        import(writeFit(QStringLiteral("plan.fit"), runOf(intervalLaps(), kMorning)));
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("matched to the plan \"4 × 3 min\"")))
        << result.message.toStdString();
    Result<LoggedSession> stored = store().sessions().find(result.sessionIds.front());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->plannedSessionId, plan.id);
    EXPECT_EQ(stored->title, QStringLiteral("4 × 3 min"));
    ASSERT_EQ(stored->reps.size(), 10u);
    EXPECT_FALSE(stored->reps.front().plannedStepId); // the warm-up lap
    EXPECT_FALSE(stored->reps.back().plannedStepId);  // the cool-down lap
    const StepId workId = plan.steps[1].group().children[0].step().id;
    const StepId recoveryId = plan.steps[1].group().children[1].step().id;
    for (int i = 1; i <= 8; ++i)
        EXPECT_EQ(stored->reps[std::size_t(i)].plannedStepId, i % 2 ? workId : recoveryId);

    // A plan already done is not matched again: a second run that day is freeform.
    const FileImportResult second = import(
        writeFit(QStringLiteral("later.fit"), runOf(intervalLaps(), kMorning.addSecs(3 * 3600))));
    ASSERT_EQ(second.outcome, ImportOutcome::Imported) << second.message.toStdString();
    Result<LoggedSession> other = store().sessions().find(second.sessionIds.front());
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other->plannedSessionId);
}

TEST(ImportSummaryText, CountsAndProblems)
{
    ImportSummary summary;
    summary.add(FileImportResult{QStringLiteral("a.fit"),
                                 ImportOutcome::Imported,
                                 QString(),
                                 {LoggedSessionId{1}, LoggedSessionId{2}}});
    summary.add(
        FileImportResult{QStringLiteral("b.fit"),
                         ImportOutcome::Duplicate,
                         QStringLiteral("b.fit: already in the log as \"Run\" on 2026-03-14"),
                         {}});
    summary.add(FileImportResult{QStringLiteral("c.fit"),
                                 ImportOutcome::Failed,
                                 QStringLiteral("c.fit: the file is empty"),
                                 {}});
    EXPECT_EQ(summary.imported, 1);
    EXPECT_EQ(summary.sessions, 2);
    EXPECT_EQ(summary.duplicates, 1);
    EXPECT_EQ(summary.failed, 1);
    EXPECT_EQ(summaryText(summary),
              QStringLiteral("Imported 1 file (2 sessions); 1 already in the log; 1 failed.\n"
                             "- b.fit: already in the log as \"Run\" on 2026-03-14\n"
                             "- c.fit: the file is empty"));
}

} // namespace
} // namespace paceline::test
