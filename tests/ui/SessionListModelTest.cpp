// The session list: newest first, read lazily a half-year at a time.

#include "ui/models/SessionListModel.h"

#include "UiTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

TEST(SessionListModel, NewestFirstAndFetchedLazily)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    const AthleteId ana = document->currentAthleteId();
    // One run a week for two years: 105 sessions.
    const QDate last(2026, 11, 22);
    ASSERT_TRUE(document->store()
                    .transaction([&] {
                        for (int week = 0; week <= 104; ++week) {
                            LoggedSession run = easyRun(ana, last.addDays(-7 * week), 8.0, 45.0, 4);
                            if (Status saved = document->store().sessions().insert(run); !saved)
                                return saved;
                        }
                        return Status{};
                    })
                    .ok());
    document->reload();

    SessionListModel model(*document);
    EXPECT_EQ(model.totalSessions(), 105);
    // Only the last half-year is read at first (26 weekly runs).
    EXPECT_EQ(model.rowCount(), 26);
    // The tester fetches more itself while checking, so it comes after the count.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.index(0, SessionListModel::DurationColumn).data().toString(),
              QStringLiteral("45:00"));
    EXPECT_TRUE(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 105);
}

TEST(SessionListModel, FollowsTheAthletesUnits)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    LoggedSession run = easyRun(document->currentAthleteId(), QDate(2026, 11, 20), 10.0, 50.0, 3);
    ASSERT_TRUE(document->store().sessions().insert(run).ok());
    document->reload();
    SessionListModel model(*document);
    // 10 km in 50:00 is 5:00/km, or 8:03/mi (300 s x 1.609344 = 482.8 s).
    EXPECT_EQ(model.index(0, SessionListModel::PaceColumn).data().toString(),
              QStringLiteral("5:00/km"));
    Athlete imperial = *document->currentAthlete();
    imperial.units = UnitSystem::Imperial;
    document->editAthlete(imperial);
    EXPECT_EQ(model.index(0, SessionListModel::PaceColumn).data().toString(),
              QStringLiteral("8:03/mi"));
    EXPECT_EQ(model.index(0, SessionListModel::DistanceColumn).data().toString(),
              QStringLiteral("6.21 mi"));
}

namespace {

/// Ana with a run every week for two years up to `last`, and one swim 20 months back.
struct TwoYears {
    TempStore temp;
    std::unique_ptr<LogDocument> document = temp.openDocument();
    QDate last{2026, 11, 22};
    QDate swimDay = last.addMonths(-20);

    TwoYears()
    {
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        const AthleteId ana = document->currentAthleteId();
        for (int week = 0; week <= 104; ++week) {
            LoggedSession run = easyRun(ana, last.addDays(-7 * week), 8.0, 45.0, 4);
            EXPECT_TRUE(document->store().sessions().insert(run).ok());
        }
        LoggedSession swim = easyRun(ana, swimDay, 2.0, 40.0, 3);
        swim.sport = Sport::Swim;
        EXPECT_TRUE(document->store().sessions().insert(swim).ok());
        document->reload();
    }
};

QStringList titles(const SessionListModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, SessionListModel::TitleColumn).data().toString();
    return list;
}

} // namespace

TEST(SessionListModel, SportFilterReadsBackPastEmptyHalfYears)
{
    TwoYears log;
    SessionListModel model(*log.document);
    model.setFilter(SessionFilter{Sport::Swim, {}, {}});
    // The only swim is three half-years back: it is read at once, not left to scrolling
    // that an empty list never triggers.
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.sessionAt(0).sport, Sport::Swim);
    EXPECT_EQ(model.totalSessions(), 106);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 1);
}

TEST(SessionListModel, DateFilterReadsExactlyItsDays)
{
    TwoYears log;
    SessionListModel model(*log.document);
    // Four weeks a year and a half back, far beyond the half-year read at first.
    const QDate to = log.last.addDays(-7 * 78);
    model.setFilter(SessionFilter{std::nullopt, to.addDays(-27), to});
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.sessionAt(0).localDate(), to);
    model.setFilter({});
    EXPECT_EQ(model.rowCount(), 26);
}

TEST(SessionListModel, FollowsSessionsAddedChangedAndRemoved)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    const AthleteId ana = document->currentAthleteId();
    SessionListModel model(*document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LoggedSessions& sessions = document->loggedSessions();

    LoggedSession first = easyRun(ana, QDate(2026, 11, 10), 8.0, 45.0, 4);
    first.title = QStringLiteral("First");
    const LoggedSessionId firstId = sessions.logSession(first);
    LoggedSession second = easyRun(ana, QDate(2026, 11, 12), 8.0, 45.0, 4);
    second.title = QStringLiteral("Second");
    const LoggedSessionId secondId = sessions.logSession(second);
    ASSERT_TRUE(firstId.isValid() && secondId.isValid());
    EXPECT_EQ(titles(model), (QStringList{QStringLiteral("Second"), QStringLiteral("First")}));
    EXPECT_EQ(model.totalSessions(), 2);

    // Moved after the other: the row moves, and an index on it follows.
    const QPersistentModelIndex onFirst = model.index(1, 0);
    LoggedSession later = *sessions.session(firstId);
    later.start = later.start.addDays(5);
    ASSERT_TRUE(sessions.editSession(later));
    EXPECT_EQ(titles(model), (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
    EXPECT_EQ(onFirst.row(), 0);

    ASSERT_TRUE(sessions.removeSession(secondId));
    EXPECT_EQ(titles(model), QStringList{QStringLiteral("First")});
    EXPECT_EQ(model.totalSessions(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(SessionListModel, ShowsTheStabilityWithAllFiguresInTheTooltip)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    LoggedSession run = easyRun(document->currentAthleteId(), QDate(2026, 11, 20), 10.0, 50.0, 4.5);
    run.stability = PaceStability{8, 1.234, -0.5, Duration{3.2}, 8, 6, 1.5};
    ASSERT_TRUE(document->store().sessions().insert(run).ok());
    document->reload();
    SessionListModel model(*document);
    EXPECT_EQ(model.index(0, SessionListModel::RpeColumn).data().toString(), QStringLiteral("4.5"));
    const QModelIndex cell = model.index(0, SessionListModel::StabilityColumn);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("CV 1.2 %"));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(QStringLiteral("8 work reps with distance and time\n")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Fade: -0.5 %"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Within target: 6 of 8"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("RPE drift: +1.5"))) << tip.toStdString();
}
