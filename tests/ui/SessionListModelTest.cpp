// The session list: newest first, read lazily a half-year at a time.

#include "ui/models/SessionListModel.h"

#include "UiTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"

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
