// The tricky real FIT files one by one (../shared/data, see its README): compressed
// timestamps, multisport legs and their sports, the file Garmin's JS SDK cannot read,
// developer fields, a file without lap messages, and pool swims.

#include "core/io/activity/FitReader.h"
#include "support/SharedData.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

Recording readShared(const QString& relative)
{
    QFile file(sharedDataPath(relative));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relative.toStdString();
    const Result<Recording> recording = FitReader().read(file.readAll(), relative);
    EXPECT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    return recording.ok() ? *recording : Recording{};
}

std::vector<std::size_t> lapCounts(const Recording& recording)
{
    std::vector<std::size_t> counts;
    for (const RecordedSession& session : recording.sessions)
        counts.push_back(session.laps.size());
    return counts;
}

/// The laps per session the SDK's session.num_laps gives.
std::vector<std::size_t> referenceLapCounts(const QString& name)
{
    std::vector<std::size_t> counts;
    for (const QJsonValue session :
         sharedReference(name).value(QStringLiteral("sessions")).toArray())
        counts.push_back(
            static_cast<std::size_t>(session.toObject().value(QStringLiteral("numLaps")).toInt()));
    return counts;
}

void expectSamplesInsideTheirLegs(const Recording& recording)
{
    for (const RecordedSession& session : recording.sessions) {
        for (std::size_t i = 1; i < session.samples.size(); ++i) {
            ASSERT_LT(session.samples[i - 1].utcSeconds, session.samples[i].utcSeconds);
        }
        if (!session.samples.empty()) {
            EXPECT_GE(session.samples.front().utcSeconds + 1, session.start.toSecsSinceEpoch());
        }
    }
}

} // namespace

TEST(FitRealFileDetails, CompressedTimestampsGiveEveryRecordItsTime)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const Recording recording =
        readShared(QStringLiteral("fit/compressed_timestamps_fr70_11laps.fit"));
    EXPECT_EQ(recording.recordCount, 755);
    ASSERT_EQ(recording.sessions.size(), 1u);
    const auto& samples = recording.sessions[0].samples;
    ASSERT_FALSE(samples.empty());
    // The first record holds only its time (06:44:24) and gives no sample; the others
    // span 3,875 s, 5 s apart, as the README's truth says.
    EXPECT_EQ(samples.size(), 754u);
    EXPECT_EQ(samples.back().utcSeconds - samples.front().utcSeconds, 3875);
    EXPECT_EQ(samples.front().utcSeconds, recording.sessions[0].start.toSecsSinceEpoch() + 5);
    expectSamplesInsideTheirLegs(recording);
    EXPECT_EQ(recording.sessions[0].laps.size(), 11u);
}

TEST(FitRealFileDetails, TriathlonLegsHaveTheirSportsLapsAndSamples)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const QString name = QStringLiteral("multisport_triathlon_fr935_73laps_4623204522.fit");
    const Recording recording = readShared(QStringLiteral("fit/") + name);
    ASSERT_EQ(recording.sessions.size(), 5u);
    const std::vector<std::optional<Sport>> sports = {Sport::Swim, std::nullopt, Sport::Bike,
                                                      std::nullopt, Sport::Run};
    for (std::size_t i = 0; i < sports.size(); ++i)
        EXPECT_EQ(recording.sessions[i].sport, sports[i]) << "leg " << i;
    EXPECT_EQ(recording.sessions[1].sportName, QStringLiteral("transition"));
    EXPECT_EQ(lapCounts(recording), referenceLapCounts(name));
    std::size_t samples = 0;
    for (const RecordedSession& session : recording.sessions)
        samples += session.samples.size();
    EXPECT_LE(samples, static_cast<std::size_t>(recording.recordCount));
    EXPECT_GT(recording.sessions[2].samples.size(), 17000u); // the 4.8 h ride at 1 Hz
    expectSamplesInsideTheirLegs(recording);
}

TEST(FitRealFileDetails, SummaryFirstTriathlonThatGarminsJsSdkCannotRead)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const QString name = QStringLiteral("garmin_js_sdk_crash_triathlon_summary_first.fit");
    const Recording recording = readShared(QStringLiteral("bad/") + name);
    // The README: gpsbabel reads 4,041 points with position; the file holds about 4,043.
    EXPECT_GE(recording.recordCount, 4041);
    EXPECT_LE(recording.recordCount, 4045);
    ASSERT_EQ(recording.sessions.size(), 5u);
    EXPECT_EQ(lapCounts(recording), referenceLapCounts(name));
    // Its summaries carry the activity's start as timestamp; the legs still get their
    // own records, by start and elapsed time.
    for (const RecordedSession& session : recording.sessions) {
        ASSERT_FALSE(session.samples.empty()) << session.sportName.toStdString();
        EXPECT_NEAR(static_cast<double>(session.samples.back().utcSeconds -
                                        session.samples.front().utcSeconds),
                    *session.elapsedSeconds, 3.0);
    }
    expectSamplesInsideTheirLegs(recording);
}

TEST(FitRealFileDetails, DeveloperFieldsAreSkippedWithoutDisturbingTheRecords)
{
    PACELINE_REQUIRE_SHARED_DATA();
    for (const QString& name : {QStringLiteral("devfields_run_developer-types-sample.fit"),
                                QStringLiteral("run_workout_fr955_stryd_devfields.fit")}) {
        SCOPED_TRACE(name.toStdString());
        const Recording recording = readShared(QStringLiteral("fit/") + name);
        ASSERT_EQ(recording.sessions.size(), 1u);
        const auto& samples = recording.sessions[0].samples;
        EXPECT_EQ(static_cast<int>(samples.size()), recording.recordCount);
        double lastDistance = 0.0;
        for (const RecordedSample& sample : samples) {
            if (sample.heartRate) {
                EXPECT_GE(*sample.heartRate, 40);
                EXPECT_LE(*sample.heartRate, 220);
            }
            if (sample.distanceMetres) {
                EXPECT_GE(*sample.distanceMetres, lastDistance);
                lastDistance = *sample.distanceMetres;
            }
        }
        EXPECT_NEAR(lastDistance, *recording.sessions[0].distanceMetres,
                    0.01 * *recording.sessions[0].distanceMetres);
    }
}

TEST(FitRealFileDetails, AFileWithoutLapMessagesHasNoLaps)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const Recording recording =
        readShared(QStringLiteral("fit/run_suunto9_no_lap_mesgs_6914448270.fit"));
    ASSERT_EQ(recording.sessions.size(), 1u);
    EXPECT_TRUE(recording.sessions[0].laps.empty());
    EXPECT_EQ(recording.sessions[0].sport, Sport::Run);
    EXPECT_EQ(static_cast<int>(recording.sessions[0].samples.size()), recording.recordCount);
}

TEST(FitRealFileDetails, PoolSwimsAreSwimsWithTheirLengthsInLaps)
{
    PACELINE_REQUIRE_SHARED_DATA();
    for (const QString& name :
         {QStringLiteral("swim_pool_fenix3_38laps_with_hr.fit"),
          QStringLiteral("swim_pool_intervals_fr935_36laps_6688025408.fit")}) {
        SCOPED_TRACE(name.toStdString());
        const Recording recording = readShared(QStringLiteral("fit/") + name);
        ASSERT_EQ(recording.sessions.size(), 1u);
        const RecordedSession& session = recording.sessions[0];
        EXPECT_EQ(session.sport, Sport::Swim);
        EXPECT_EQ(session.sportName, QStringLiteral("swimming"));
        double lapDistance = 0.0;
        for (const RecordedLap& lap : session.laps)
            lapDistance += lap.distanceMetres.value_or(0.0);
        EXPECT_NEAR(lapDistance, *session.distanceMetres, 0.5);
    }
}

TEST(FitRealFileDetails, GenericLegsAreCrossTraining)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const Recording recording =
        readShared(QStringLiteral("fit/multisport_fenix2_7sessions_large.fit"));
    ASSERT_EQ(recording.sessions.size(), 7u);
    EXPECT_EQ(recording.sessions[0].sportName, QStringLiteral("generic"));
    EXPECT_EQ(recording.sessions[0].sport, Sport::CrossTraining);
    // Laps carry no index here: each goes to the leg it shares its time with.
    EXPECT_EQ(lapCounts(recording), std::vector<std::size_t>(7, 1));
    EXPECT_EQ(recording.utcOffsetSeconds, 7200);
}
