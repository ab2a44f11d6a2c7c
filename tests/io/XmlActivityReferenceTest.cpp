// The TCX and GPX readers against every real file in ../shared/data/{tcx,gpx,bad} and its
// reference summary (../shared/oracle/tcxgpx_summary.py, which defines each number):
// exact session, lap and point counts, times within 1 s, distances within 0.1 %, heart
// rates equal. Skipped, saying why, when the shared data is absent.

#include "core/io/activity/TcxReader.h"
#include "support/SharedData.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;
using namespace paceline::test;

namespace {

constexpr double kSeconds = 1.0;
constexpr double kDistanceShare = 0.001;

QByteArray contentOf(const QString& relative)
{
    QFile file(sharedDataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void expectInstant(const QDateTime& ours, const QJsonValue& reference, const char* what)
{
    const QDateTime expected = QDateTime::fromString(reference.toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(expected.isValid()) << what;
    EXPECT_NEAR(double(ours.toMSecsSinceEpoch()), double(expected.toMSecsSinceEpoch()),
                1000.0 * kSeconds)
        << what;
}

void expectSeconds(std::optional<double> ours, const QJsonValue& reference, const char* what)
{
    if (reference.isNull()) {
        EXPECT_FALSE(ours.has_value()) << what;
        return;
    }
    ASSERT_TRUE(ours.has_value()) << what;
    EXPECT_NEAR(*ours, reference.toDouble(), kSeconds) << what;
}

void expectMetres(std::optional<double> ours, const QJsonValue& reference, const char* what)
{
    ASSERT_TRUE(ours.has_value()) << what;
    // A centimetre floor for laps of 0 m (pool drills).
    EXPECT_NEAR(*ours, reference.toDouble(), std::max(0.01, reference.toDouble() * kDistanceShare))
        << what;
}

/// Equal, except that 255 (FIT's "no value" marker copied into XML) reads as absent.
void expectHeartRate(std::optional<int> ours, const QJsonValue& reference, const char* what)
{
    if (reference.isNull() || std::lround(reference.toDouble()) == 255)
        EXPECT_FALSE(ours.has_value()) << what;
    else
        EXPECT_EQ(ours, std::optional<int>(std::lround(reference.toDouble()))) << what;
}

QString expectedSportName(const QString& file, const QString& tcxSport)
{
    if (tcxSport == QLatin1String("Running"))
        return QStringLiteral("running");
    if (tcxSport == QLatin1String("Biking"))
        return QStringLiteral("cycling");
    // The only "Other" activities in the shared data are Garmin pool swims.
    return file.startsWith(QLatin1String("swim_pool")) ? QStringLiteral("swimming")
                                                       : QStringLiteral("generic");
}

void compareLap(const RecordedLap& lap, const QJsonObject& expected)
{
    expectInstant(lap.start, expected[QStringLiteral("startTime")], "lap start");
    expectSeconds(lap.timerSeconds, expected[QStringLiteral("totalTimerTime")], "lap timer");
    expectSeconds(lap.elapsedSeconds, expected[QStringLiteral("elapsedTime")], "lap elapsed");
    expectMetres(lap.distanceMetres, expected[QStringLiteral("totalDistance")], "lap distance");
    expectHeartRate(lap.avgHeartRate, expected[QStringLiteral("avgHeartRate")], "lap avg HR");
    expectHeartRate(lap.maxHeartRate, expected[QStringLiteral("maxHeartRate")], "lap max HR");
    ASSERT_TRUE(lap.avgSpeed.has_value());
    const double speed = expected[QStringLiteral("avgSpeed")].toDouble();
    EXPECT_NEAR(*lap.avgSpeed, speed, std::max(1e-3, speed * kDistanceShare)) << "lap speed";
}

void compareTcx(const QString& file, const Recording& ours, const QJsonObject& reference)
{
    EXPECT_EQ(ours.format, QStringLiteral("tcx"));
    EXPECT_EQ(ours.recordCount, reference[QStringLiteral("trackpointCount")].toInt());
    const QJsonArray sessions = reference[QStringLiteral("sessions")].toArray();
    const QJsonArray laps = reference[QStringLiteral("laps")].toArray();
    ASSERT_EQ(qsizetype(ours.sessions.size()), sessions.size()) << "session count";
    qsizetype lapIndex = 0;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        SCOPED_TRACE("session " + std::to_string(i + 1));
        const RecordedSession& session = ours.sessions[std::size_t(i)];
        const QJsonObject expected = sessions[i].toObject();
        EXPECT_EQ(session.sportName,
                  expectedSportName(file, expected[QStringLiteral("sport")].toString()));
        expectInstant(session.start, expected[QStringLiteral("startTime")], "start");
        expectSeconds(session.elapsedSeconds, expected[QStringLiteral("totalElapsedTime")],
                      "elapsed");
        expectSeconds(session.timerSeconds, expected[QStringLiteral("totalTimerTime")], "timer");
        expectMetres(session.distanceMetres, expected[QStringLiteral("totalDistance")], "distance");
        ASSERT_EQ(qsizetype(session.laps.size()), expected[QStringLiteral("lapCount")].toInt());
        for (const RecordedLap& lap : session.laps) {
            SCOPED_TRACE("lap " + std::to_string(lapIndex + 1));
            compareLap(lap, laps[lapIndex++].toObject());
        }
    }
}

void compareGpx(const Recording& ours, const QJsonObject& reference)
{
    EXPECT_EQ(ours.format, QStringLiteral("gpx"));
    EXPECT_EQ(ours.recordCount, reference[QStringLiteral("pointCount")].toInt());
    ASSERT_EQ(ours.sessions.size(), 1u);
    const RecordedSession& session = ours.sessions[0];
    EXPECT_EQ(qsizetype(session.samples.size()),
              reference[QStringLiteral("pointsWithTime")].toInt());
    expectInstant(session.start, reference[QStringLiteral("startTime")], "start");
    expectSeconds(session.elapsedSeconds, reference[QStringLiteral("timeSpan")], "time span");
    expectMetres(session.distanceMetres, reference[QStringLiteral("distanceHaversine")],
                 "distance");
    EXPECT_TRUE(session.laps.empty());
    ASSERT_FALSE(session.samples.empty());
    expectMetres(session.samples.back().distanceMetres,
                 reference[QStringLiteral("distanceHaversine")],
                 "last sample's cumulative distance");
}

/// Every file of `folder` with `suffix` that has a reference without errors.
void compareFolder(const QString& folder, const QString& suffix)
{
    int compared = 0;
    for (const QString& file : sharedDataFiles(folder)) {
        if (!file.endsWith(suffix))
            continue;
        const QJsonObject reference = sharedReference(file);
        if (reference.isEmpty() || !reference[QStringLiteral("errors")].toArray().isEmpty())
            continue; // the oracle could not parse it: see the tests below
        SCOPED_TRACE(file.toStdString());
        const QByteArray bytes = contentOf(folder + '/' + file);
        ASSERT_FALSE(bytes.isEmpty());
        const auto recording = suffix == QLatin1String(".tcx") ? TcxReader().read(bytes, file)
                                                               : GpxReader().read(bytes, file);
        ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
        if (suffix == QLatin1String(".tcx"))
            compareTcx(file, *recording, reference);
        else
            compareGpx(*recording, reference);
        ++compared;
    }
    EXPECT_GT(compared, 0) << "no " << suffix.toStdString() << " files in " << folder.toStdString();
}

} // namespace

TEST(TcxReference, EveryTcxFileMatchesItsReference)
{
    PACELINE_REQUIRE_SHARED_DATA();
    compareFolder(QStringLiteral("tcx"), QStringLiteral(".tcx"));
}

TEST(GpxReference, EveryGpxFileMatchesItsReference)
{
    PACELINE_REQUIRE_SHARED_DATA();
    compareFolder(QStringLiteral("gpx"), QStringLiteral(".gpx"));
    compareFolder(QStringLiteral("bad"), QStringLiteral(".gpx")); // the empty segment
}

// The oracle rejects these two files. The expected figures come from running
// tcxgpx_summary.py on corrected copies: the leading blanks removed from the TCX, and
// xmlns:gpxdata declared on the GPX's root.

TEST(TcxReference, XmlDeclarationAfterBlanksIsReadWhole)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const QString file = QStringLiteral("tcx_xml_decl_not_at_start_6281425038.tcx");
    const auto recording = TcxReader().read(contentOf(QStringLiteral("bad/") + file), file);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->recordCount, 1545);
    ASSERT_EQ(recording->sessions.size(), 1u);
    const RecordedSession& run = recording->sessions[0];
    EXPECT_EQ(run.sportName, QStringLiteral("running"));
    expectInstant(run.start, QStringLiteral("2016-09-12T11:19:55.000Z"), "start");
    expectSeconds(run.elapsedSeconds, 2163.051, "elapsed");
    expectSeconds(run.timerSeconds, 1545.0, "timer");
    expectMetres(run.distanceMetres, 4156.7, "distance");
    ASSERT_EQ(run.laps.size(), 5u);
    expectSeconds(run.laps[4].elapsedSeconds, 683.884, "last lap elapsed");
    EXPECT_EQ(run.laps[4].avgHeartRate, 117);
    EXPECT_EQ(run.laps[4].maxHeartRate, 124);
    EXPECT_EQ(run.laps[0].avgCadence, 164.0); // Cadence 82 per foot in a running lap
}

TEST(GpxReference, UndeclaredPrefixIsReadWhole)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const QString file = QStringLiteral("gpx_unbound_ns_prefix_6037744996.gpx");
    const auto recording = GpxReader().read(contentOf(QStringLiteral("bad/") + file), file);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->recordCount, 4040);
    const RecordedSession& session = recording->sessions.at(0);
    EXPECT_EQ(session.samples.size(), 4040u);
    EXPECT_EQ(session.sportName, QStringLiteral("running")); // Strava's type 9
    expectInstant(session.start, QStringLiteral("2020-12-25T20:40:26.000Z"), "start");
    expectSeconds(session.elapsedSeconds, 4039.0, "time span");
    expectMetres(session.distanceMetres, 5102.977, "distance");
    EXPECT_EQ(session.samples[0].cadence, 86.0); // gpxdata:cadence 43 per foot, doubled
}
