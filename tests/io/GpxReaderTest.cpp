// GpxReader: small GPX documents written here (segments and gaps, points without time,
// extensions, splitting by distance and by pace change, odd XML) and haversineMetres
// against distances worked out by hand.

#include "core/io/activity/TcxReader.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace paceline;

namespace {

const QString kFile = QStringLiteral("walk.gpx");
constexpr double kRadius = 6'371'008.8;
/// Metres per degree of longitude on the equator (or of latitude anywhere).
constexpr double kMetresPerDegree = kRadius * std::numbers::pi / 180.0;
const QDateTime kStart = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate);

struct Point {
    double lon = 0.0;              ///< on the equator
    std::optional<double> seconds; ///< after kStart; none: no time element
    QByteArray extensions;
};

QByteArray pointXml(const Point& point)
{
    QByteArray xml = QStringLiteral("<trkpt lat=\"0\" lon=\"%1\"><ele>5</ele>")
                         .arg(point.lon, 0, 'f', 9)
                         .toUtf8();
    if (point.seconds)
        xml += "<time>" +
               kStart.addMSecs(std::llround(*point.seconds * 1000))
                   .toString(Qt::ISODateWithMs)
                   .toUtf8() +
               "</time>";
    if (!point.extensions.isEmpty())
        xml += "<extensions>" + point.extensions + "</extensions>";
    return xml + "</trkpt>\n";
}

QByteArray gpx(const std::vector<std::vector<Point>>& segments, const QByteArray& type = {})
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" "
                     "xmlns=\"http://www.topografix.com/GPX/1/1\" "
                     "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
                     "<wpt lat=\"1\" lon=\"1\"><time>2000-01-01T00:00:00Z</time></wpt>\n<trk>";
    if (!type.isEmpty())
        xml += "<type>" + type + "</type>";
    for (const auto& segment : segments) {
        xml += "<trkseg>\n";
        for (const Point& point : segment)
            xml += pointXml(point);
        xml += "</trkseg>\n";
    }
    return xml + "</trk>\n</gpx>\n";
}

/// Points 1 s apart along the equator at the given speeds (m/s), one per second.
std::vector<Point> steadyTrack(const std::vector<std::pair<int, double>>& secondsAtSpeed)
{
    std::vector<Point> points{{0.0, 0.0, {}}};
    double lon = 0.0;
    double t = 0.0;
    for (const auto& [seconds, speed] : secondsAtSpeed)
        for (int i = 0; i < seconds; ++i) {
            lon += speed / kMetresPerDegree;
            t += 1.0;
            points.push_back({lon, t, {}});
        }
    return points;
}

Result<Recording> readGpx(const QByteArray& text, GpxSplit split = {})
{
    return GpxReader(split).read(text, kFile);
}

double secondsAfterStart(const QDateTime& time)
{
    return kStart.msecsTo(time) / 1000.0;
}

} // namespace

TEST(Haversine, MatchesDistancesWorkedOutByHand)
{
    EXPECT_NEAR(haversineMetres(0, 0, 0, 1), kMetresPerDegree, 1e-6);
    EXPECT_NEAR(haversineMetres(10, 20, 11, 20), kMetresPerDegree, 1e-6);
    // Quarter of a great circle: pole to equator.
    EXPECT_NEAR(haversineMetres(90, 0, 0, 45), kRadius * std::numbers::pi / 2, 1e-6);
    // Paris to London, by tcxgpx_summary.py's haversine().
    EXPECT_NEAR(haversineMetres(48.8566, 2.3522, 51.5074, -0.1278), 343556.5348808832, 1e-6);
    EXPECT_EQ(haversineMetres(45, 7, 45, 7), 0.0);
}

TEST(GpxReader, TwoSegmentsCountDistanceWithinEachButNotTheGap)
{
    const double step = 0.001; // degrees: about 111 m
    const auto recording = readGpx(gpx({{{0, 0.0, {}}, {step, 30.0, {}}, {2 * step, 60.0, {}}},
                                        {{10 * step, 600.0, {}}, {11 * step, 630.0, {}}}},
                                       "running"));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->format, QStringLiteral("gpx"));
    EXPECT_EQ(recording->recordCount, 5);
    ASSERT_EQ(recording->sessions.size(), 1u);
    const RecordedSession& run = recording->sessions[0];
    EXPECT_EQ(run.sportName, QStringLiteral("running"));
    EXPECT_EQ(run.sport, Sport::Run);
    EXPECT_EQ(run.start, kStart);
    EXPECT_EQ(run.elapsedSeconds, 630.0);
    EXPECT_FALSE(run.timerSeconds.has_value()); // GPX has no timer
    EXPECT_NEAR(*run.distanceMetres, 3 * step * kMetresPerDegree, 1e-6);
    ASSERT_EQ(run.samples.size(), 5u);
    EXPECT_NEAR(*run.samples[2].distanceMetres, 2 * step * kMetresPerDegree, 1e-6);
    EXPECT_NEAR(*run.samples[3].distanceMetres, 2 * step * kMetresPerDegree, 1e-6); // after the gap
    EXPECT_EQ(run.samples[3].utcSeconds, kStart.toSecsSinceEpoch() + 600);
    EXPECT_EQ(run.samples[3].altitude, 5.0);
    EXPECT_TRUE(run.laps.empty());
}

TEST(GpxReader, PointsWithoutTimeCountForDistanceButAreNoSamples)
{
    const double step = 0.001;
    const auto recording =
        readGpx(gpx({{{0, {}, {}}, {step, 10.0, {}}, {2 * step, {}, {}}, {3 * step, 40.0, {}}}}));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->recordCount, 4);
    const RecordedSession& session = recording->sessions.at(0);
    EXPECT_EQ(session.sportName, QStringLiteral("generic"));
    EXPECT_EQ(session.sport, Sport::CrossTraining);
    EXPECT_EQ(session.start, kStart.addSecs(10));
    EXPECT_EQ(session.elapsedSeconds, 30.0);
    EXPECT_NEAR(*session.distanceMetres, 3 * step * kMetresPerDegree, 1e-6);
    ASSERT_EQ(session.samples.size(), 2u);
    EXPECT_NEAR(*session.samples[0].distanceMetres, step * kMetresPerDegree, 1e-6);
    EXPECT_NEAR(*session.samples[1].distanceMetres, 3 * step * kMetresPerDegree, 1e-6);
}

TEST(GpxReader, APositionOffTheGlobeIsAPointWithoutPosition)
{
    // 1 km along the equator with a damaged point between: lat 1000 is not a place, so
    // the point adds no distance (it would add thousands of kilometres).
    const QByteArray xml =
        gpx({{{0.0, 0.0, {}}, {0.0, 1.0, {}}, {1000.0 / kMetresPerDegree, 2.0, {}}}})
            .replace("<trkpt lat=\"0\" lon=\"0.000000000\"><ele>5</ele><time>"
                     "2024-05-01T10:00:01",
                     "<trkpt lat=\"1000\" lon=\"0\"><ele>5</ele><time>"
                     "2024-05-01T10:00:01");
    ASSERT_TRUE(xml.contains("lat=\"1000\""));
    const auto recording = readGpx(xml);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const RecordedSession& walk = recording->sessions.at(0);
    EXPECT_NEAR(*walk.distanceMetres, 1000.0, 1e-3); // lon written to 9 decimals
    ASSERT_EQ(walk.samples.size(), 3u);
    EXPECT_FALSE(walk.samples[1].latitude.has_value());
}

TEST(GpxReader, HeartRateAndCadenceFromExtensionsUnderAnyPrefix)
{
    const QByteArray garmin = "<gpxtpx:TrackPointExtension><gpxtpx:hr>140</gpxtpx:hr>"
                              "<gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension>";
    const QByteArray other =
        "<ns3:TrackPointExtension xmlns:ns3=\"urn:x\"><ns3:hr>150</ns3:hr>"
        "<ns3:cad>90</ns3:cad><ns3:speed>3.2</ns3:speed></ns3:TrackPointExtension>";
    const auto run = readGpx(gpx({{{0, 0.0, garmin}, {0.001, 30.0, other}}}, "running"));
    ASSERT_TRUE(run.ok()) << run.errorMessage().toStdString();
    const RecordedSession& session = run->sessions.at(0);
    ASSERT_EQ(session.samples.size(), 2u);
    EXPECT_EQ(session.samples[0].heartRate, 140);
    EXPECT_EQ(session.samples[0].cadence, 170.0); // a run's cadence per foot, doubled
    EXPECT_EQ(session.samples[1].heartRate, 150);
    EXPECT_EQ(session.samples[1].speed, 3.2);
    EXPECT_EQ(session.avgHeartRate, 145);
    EXPECT_EQ(session.maxHeartRate, 150);

    const auto ride = readGpx(gpx({{{0, 0.0, garmin}}}, "road_biking"));
    ASSERT_TRUE(ride.ok()) << ride.errorMessage().toStdString();
    EXPECT_EQ(ride->sessions.at(0).sportName, QStringLiteral("cycling"));
    EXPECT_EQ(ride->sessions.at(0).samples.at(0).cadence, 85.0); // revolutions: as written
}

TEST(GpxReader, SplitEveryKilometreInterpolatesTheBoundaries)
{
    // 2,500 m at 5 m/s, one point a second.
    const auto recording =
        readGpx(gpx({steadyTrack({{500, 5.0}})}), {GpxSplit::Mode::EveryDistance, 1000.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const auto& laps = recording->sessions.at(0).laps;
    ASSERT_EQ(laps.size(), 3u);
    const double expectedDistance[] = {1000.0, 1000.0, 500.0};
    for (std::size_t i = 0; i < laps.size(); ++i) {
        SCOPED_TRACE("lap " + std::to_string(i + 1));
        EXPECT_NEAR(secondsAfterStart(laps[i].start), 200.0 * double(i), 0.01);
        EXPECT_NEAR(*laps[i].elapsedSeconds, expectedDistance[i] / 5.0, 0.01);
        EXPECT_NEAR(*laps[i].distanceMetres, expectedDistance[i], 0.01);
        EXPECT_NEAR(*laps[i].avgSpeed, 5.0, 1e-3);
        EXPECT_FALSE(laps[i].avgHeartRate.has_value()); // no heart rate in the file
    }
}

TEST(GpxReader, SplitEveryDistanceCountsFromTheFirstTimedPoint)
{
    // 1,500 m without times, then 1,500 m at 5 m/s with times.
    std::vector<Point> points;
    const double step = 100.0 / kMetresPerDegree;
    for (int i = 0; i < 15; ++i)
        points.push_back({i * step, {}, {}});
    for (const Point& timed : steadyTrack({{300, 5.0}}))
        points.push_back({timed.lon + 15 * step, *timed.seconds, {}});
    const auto recording = readGpx(gpx({points}), {GpxSplit::Mode::EveryDistance, 1000.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const auto& laps = recording->sessions.at(0).laps;
    ASSERT_EQ(laps.size(), 2u);
    EXPECT_NEAR(*laps[0].distanceMetres, 1000.0, 0.01);
    EXPECT_NEAR(*laps[1].distanceMetres, 500.0, 0.01);
    EXPECT_NEAR(secondsAfterStart(laps[1].start), 200.0, 0.01);

    const auto noLength = readGpx(gpx({points}), {GpxSplit::Mode::EveryDistance, 0.0, 0.15});
    ASSERT_TRUE(noLength.ok()) << noLength.errorMessage().toStdString();
    EXPECT_TRUE(noLength->sessions.at(0).laps.empty());
}

TEST(GpxReader, SplitEveryDistanceHasABoundOnTheLapCount)
{
    // Points jumping to the far side of the Earth and back: 2,000 jumps of 20,015 km
    // would be four billion 10 m laps (the int count overflowed and the memory ran out).
    std::vector<Point> points;
    for (int i = 0; i <= 2000; ++i)
        points.push_back({i % 2 == 0 ? 0.0 : 180.0, double(i), {}});
    const auto recording = readGpx(gpx({points}), {GpxSplit::Mode::EveryDistance, 10.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const auto& laps = recording->sessions.at(0).laps;
    EXPECT_EQ(laps.size(), 100'000u); // the bound: 99,999 cuts and the rest of the track
    // At 20,000 km/s a microsecond is 20 m, so the short laps are only about 10 m long.
    EXPECT_NEAR(*laps.front().distanceMetres, 10.0, 1.0);
    EXPECT_GT(*laps.back().distanceMetres, 1e10); // the rest of the track
}

TEST(GpxReader, SplitEveryDistanceGivesLapHeartRates)
{
    std::vector<Point> points = steadyTrack({{400, 5.0}}); // 2,000 m
    for (std::size_t i = 0; i < points.size(); ++i) {
        const int heartRate = i < 200 ? 120 : 160; // 1,000 m at 120, then at 160
        points[i].extensions = "<gpxtpx:TrackPointExtension><gpxtpx:hr>" +
                               QByteArray::number(heartRate + int(i % 2)) +
                               "</gpxtpx:hr></gpxtpx:TrackPointExtension>";
    }
    const auto recording = readGpx(gpx({points}), {GpxSplit::Mode::EveryDistance, 1000.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const auto& laps = recording->sessions.at(0).laps;
    ASSERT_EQ(laps.size(), 2u);
    EXPECT_EQ(laps[0].maxHeartRate, 121);
    EXPECT_EQ(laps[0].avgHeartRate, 121); // 120.5 rounds up
    EXPECT_EQ(laps[1].maxHeartRate, 161);
    EXPECT_NEAR(*laps[1].avgHeartRate, 160.5, 0.5);
}

TEST(GpxReader, SplitByPaceChangeFindsTheFastSection)
{
    // 5 min easy at 3 m/s, 3 min fast at 4.5 m/s, 5 min easy again.
    const auto recording = readGpx(gpx({steadyTrack({{300, 3.0}, {180, 4.5}, {300, 3.0}})}),
                                   {GpxSplit::Mode::PaceChange, 1000.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const auto& laps = recording->sessions.at(0).laps;
    ASSERT_EQ(laps.size(), 3u);
    EXPECT_NEAR(secondsAfterStart(laps[1].start), 300.0, 2.0);
    EXPECT_NEAR(secondsAfterStart(laps[2].start), 480.0, 2.0);
    EXPECT_NEAR(*laps[0].avgSpeed, 3.0, 0.05);
    EXPECT_NEAR(*laps[1].avgSpeed, 4.5, 0.1);
    EXPECT_NEAR(*laps[2].avgSpeed, 3.0, 0.05);
    double total = 0;
    for (const RecordedLap& lap : laps)
        total += *lap.distanceMetres;
    EXPECT_NEAR(total, 300 * 3.0 + 180 * 4.5 + 300 * 3.0, 0.01);
}

TEST(GpxReader, SplitByPaceChangeIgnoresSmallOrShortChanges)
{
    // Alternating ±5 % noise, a 10 % surge for 2 min, a 50 % surge for 10 s.
    std::vector<std::pair<int, double>> pieces;
    for (int i = 0; i < 120; ++i)
        pieces.push_back({1, i % 2 == 0 ? 3.15 : 2.85});
    pieces.push_back({120, 3.3});
    pieces.push_back({120, 3.0});
    pieces.push_back({10, 4.5});
    pieces.push_back({120, 3.0});
    const auto recording =
        readGpx(gpx({steadyTrack(pieces)}), {GpxSplit::Mode::PaceChange, 1000.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->sessions.at(0).laps.size(), 1u);
}

TEST(GpxReader, SplitByPaceChangeKeepsAFortySecondRep)
{
    const auto recording = readGpx(gpx({steadyTrack({{200, 3.0}, {40, 5.0}, {200, 3.0}})}),
                                   {GpxSplit::Mode::PaceChange, 1000.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const auto& laps = recording->sessions.at(0).laps;
    ASSERT_EQ(laps.size(), 3u);
    EXPECT_NEAR(secondsAfterStart(laps[1].start), 200.0, 2.0);
    EXPECT_NEAR(*laps[1].elapsedSeconds, 40.0, 3.0);
    EXPECT_NEAR(*laps[1].avgSpeed, 5.0, 0.25);
}

TEST(GpxReader, SplitByPaceChangeIgnoresAGpsJump)
{
    std::vector<Point> points = steadyTrack({{600, 3.0}});
    points[300].lon += 80.0 / kMetresPerDegree; // one point 80 m ahead, then back
    const auto recording = readGpx(gpx({points}), {GpxSplit::Mode::PaceChange, 1000.0, 0.15});
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->sessions.at(0).laps.size(), 1u);
}

TEST(GpxReader, EmptySegmentAndEmptyTrackReadFine)
{
    const auto recording = readGpx(gpx({{}, {{0, 0.0, {}}, {0.001, 60.0, {}}}, {}}));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->recordCount, 2);
    EXPECT_NEAR(*recording->sessions.at(0).distanceMetres, 0.001 * kMetresPerDegree, 1e-6);
}

TEST(GpxReader, NoPointsOrNoTimesArePlainErrors)
{
    const auto none = readGpx(gpx({{}}));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.errorMessage().startsWith(
        QStringLiteral("walk.gpx: the GPX file has no track points")))
        << none.errorMessage().toStdString();
    const auto untimed = readGpx(gpx({{{0, {}, {}}, {0.001, {}, {}}}}));
    ASSERT_FALSE(untimed.ok());
    EXPECT_TRUE(untimed.errorMessage().startsWith(QStringLiteral("walk.gpx: ")));
    EXPECT_TRUE(untimed.errorMessage().contains(QStringLiteral("has no track points with times")))
        << untimed.errorMessage().toStdString();
}

TEST(GpxReader, MalformedXmlNamesFileLineAndColumn)
{
    QByteArray text = gpx({{{0, 0.0, {}}, {0.001, 60.0, {}}}});
    text.replace("</trkseg>", "</trksegment>");
    const auto recording = readGpx("  \n" + text);
    ASSERT_FALSE(recording.ok());
    // The declaration is on line 2 of this text, the closing tag on line 8.
    EXPECT_TRUE(recording.errorMessage().startsWith(QStringLiteral("walk.gpx: line 8, column ")))
        << recording.errorMessage().toStdString();
}

TEST(GpxReader, EmptyFileRandomBytesAndForeignXmlAreErrors)
{
    const auto empty = readGpx(" \n ");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.errorMessage(),
              QStringLiteral("walk.gpx: the file is empty (or holds only blank space)"));
    const auto tcx = readGpx("<TrainingCenterDatabase/>");
    ASSERT_FALSE(tcx.ok());
    EXPECT_TRUE(tcx.errorMessage().contains(QStringLiteral("not a GPX file")))
        << tcx.errorMessage().toStdString();
    QRandomGenerator random(11);
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes(1 + random.bounded(4096), '\0');
        for (char& c : bytes)
            c = static_cast<char>(random.bounded(256));
        if (round % 2 == 1)
            bytes.prepend("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>");
        const auto recording = readGpx(bytes);
        ASSERT_FALSE(recording.ok());
        EXPECT_TRUE(recording.errorMessage().startsWith(kFile + QStringLiteral(": ")));
    }
}

TEST(GpxReader, RecognisesGpxByItsRootElement)
{
    EXPECT_TRUE(GpxReader().recognises("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">"));
    EXPECT_FALSE(GpxReader().recognises("<?xml version=\"1.0\"?><TrainingCenterDatabase>"));
    EXPECT_EQ(GpxReader().fileNamePatterns(), QStringList{QStringLiteral("*.gpx")});
}
