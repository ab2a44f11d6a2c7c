// Real recordings from ../shared/data through the whole import: laps to reps with the
// work/recovery rules, multisport legs. Skipped when the folder is absent.
#include "ImportTestSupport.h"
#include "core/import/ActivityImporter.h"
#include "core/store/SessionStore.h"
#include "support/SharedData.h"

namespace paceline::test {
namespace {

constexpr RepKind W = RepKind::Work;
constexpr RepKind R = RepKind::Recovery;

class RealFilesImport : public ImportTest {
protected:
    /// The sessions one shared file imports as.
    std::vector<LoggedSession> importShared(const QString& relative)
    {
        ImportOptions options;
        options.fallbackZone = QTimeZone::utc();
        ActivityImporter importer(store(), athleteId(), options);
        const FileImportResult result = importer.importFile(sharedDataPath(relative));
        EXPECT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
        std::vector<LoggedSession> sessions;
        for (LoggedSessionId id : result.sessionIds) {
            Result<LoggedSession> session = store().sessions().find(id);
            EXPECT_TRUE(session.ok());
            if (session.ok())
                sessions.push_back(*session);
        }
        m_notes = result.message;
        return sessions;
    }
    static std::vector<RepKind> kindsOf(const LoggedSession& session)
    {
        std::vector<RepKind> kinds;
        for (const Rep& rep : session.reps)
            kinds.push_back(rep.kind);
        return kinds;
    }
    QString m_notes;
};

TEST_F(RealFilesImport, FourBySixMinutesSplitIntoWorkAndRecovery)
{
    PACELINE_REQUIRE_SHARED_DATA();
    // Reference laps: 2.36 m/s warm-up, 4 x 6 min at 3.9-4.5 m/s, 3 min at 2.2-2.7 m/s.
    const std::vector<LoggedSession> sessions =
        importShared(QStringLiteral("fit/run_intervals_4x6min_ipbike.fit"));
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(kindsOf(sessions.front()), (std::vector<RepKind>{R, W, R, W, R, W, R, W, R, R}));
    EXPECT_EQ(sessions.front().stability->workReps, 4);
}

TEST_F(RealFilesImport, AutoLappedRunsAreAllWork)
{
    PACELINE_REQUIRE_SHARED_DATA();
    for (const QString& file : {QStringLiteral("fit/run_autolap_mile_fr920xt_mornindew.fit"),
                                QStringLiteral("fit/run_10k_race_autolap_1km_fr15.fit"),
                                QStringLiteral("fit/compressed_timestamps_fr70_11laps.fit")}) {
        const std::vector<LoggedSession> sessions = importShared(file);
        ASSERT_EQ(sessions.size(), 1u) << file.toStdString();
        EXPECT_EQ(kindsOf(sessions.front()), std::vector<RepKind>(sessions.front().reps.size(), W))
            << file.toStdString();
        EXPECT_EQ(sessions.front().reps.size(), 11u) << file.toStdString();
    }
}

TEST_F(RealFilesImport, AutoLapsStartingPartWayAreAllWork)
{
    PACELINE_REQUIRE_SHARED_DATA();
    // The run of an Ironman: a 440 m first lap, 42 laps of 1 km at 2.4-4.0 m/s, 124 m.
    const std::vector<LoggedSession> sessions =
        importShared(QStringLiteral("fit/multisport_triathlon_fr935_73laps_4623204522.fit"));
    ASSERT_EQ(sessions.size(), 3u);
    ASSERT_EQ(sessions[2].sport, Sport::Run);
    EXPECT_EQ(sessions[2].reps.size(), 44u);
    EXPECT_EQ(kindsOf(sessions[2]), std::vector<RepKind>(sessions[2].reps.size(), W));
}

TEST_F(RealFilesImport, ASlowFirstLapIsTheOnlyRecoveryOfASteadyRun)
{
    PACELINE_REQUIRE_SHARED_DATA();
    // Reference: a first lap at 1.81 m/s, then 13 laps at 2.47-3.26 m/s (the last 1 s).
    const std::vector<LoggedSession> sessions =
        importShared(QStringLiteral("tcx/run_14laps_gtrnctr-lap_s.tcx"));
    ASSERT_EQ(sessions.size(), 1u);
    std::vector<RepKind> expected(14, W);
    expected[0] = R;
    EXPECT_EQ(kindsOf(sessions.front()), expected);
}

TEST_F(RealFilesImport, TriathlonGivesSwimBikeAndRun)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const std::vector<LoggedSession> sessions =
        importShared(QStringLiteral("fit/multisport_triathlon_fr920xt_5sessions.fit"));
    ASSERT_EQ(sessions.size(), 3u);
    EXPECT_EQ(sessions[0].sport, Sport::Swim);
    EXPECT_EQ(sessions[1].sport, Sport::Bike);
    EXPECT_EQ(sessions[2].sport, Sport::Run);
    // Reference: 1,644.71 m, 40,909.42 m and 9,805.92 m.
    EXPECT_NEAR(sessions[0].distance->metres, 1644.71, 1.0);
    EXPECT_NEAR(sessions[1].distance->metres, 40909.42, 1.0);
    EXPECT_NEAR(sessions[2].distance->metres, 9805.92, 1.0);
    EXPECT_TRUE(m_notes.contains(QStringLiteral("skipped the transition legs")))
        << m_notes.toStdString();
}

} // namespace
} // namespace paceline::test
