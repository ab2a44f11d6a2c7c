// TcxReader: small TCX documents written here (two laps, multisport, pool swim, odd
// XML) and every real TCX file of ../shared/data against the reference summaries of
// ../shared/oracle/tcxgpx_summary.py (exact session and lap counts, times within 1 s,
// distances within 0.1 %, heart rates equal, trackpoint counts).

#include "core/io/activity/TcxReader.h"

#include "support/SharedData.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QString kFile = QStringLiteral("ride.tcx");

Result<Recording> readTcx(const QByteArray& text)
{
    return TcxReader().read(text, kFile);
}

QByteArray database(const QByteArray& activities)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<TrainingCenterDatabase "
           "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" "
           "xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n"
           "<Activities>\n" +
           activities + "</Activities>\n</TrainingCenterDatabase>\n";
}

QByteArray trackpoint(const char* time, double distance, int heartRate, double lat)
{
    return QStringLiteral(
               "<Trackpoint><Time>%1</Time><Position><LatitudeDegrees>%2</LatitudeDegrees>"
               "<LongitudeDegrees>7.5</LongitudeDegrees></Position>"
               "<AltitudeMeters>400</AltitudeMeters><DistanceMeters>%3</DistanceMeters>"
               "<HeartRateBpm><Value>%4</Value></HeartRateBpm><Extensions><ns3:TPX>"
               "<ns3:Speed>3.5</ns3:Speed><ns3:RunCadence>88</ns3:RunCadence>"
               "</ns3:TPX></Extensions></Trackpoint>\n")
        .arg(QLatin1String(time))
        .arg(lat)
        .arg(distance)
        .arg(heartRate)
        .toUtf8();
}

/// A run of two laps: 1000 m in 300 s (Active), 200 m in 90 s (Resting), with one
/// trackpoint without a time.
QByteArray twoLapRun()
{
    return database(
        "<Activity Sport=\"Running\"><Id>2024-05-01T10:00:00Z</Id>\n"
        "<Lap StartTime=\"2024-05-01T10:00:00Z\"><TotalTimeSeconds>300</TotalTimeSeconds>"
        "<DistanceMeters>1000</DistanceMeters><AverageHeartRateBpm><Value>150</Value>"
        "</AverageHeartRateBpm><MaximumHeartRateBpm><Value>165</Value></MaximumHeartRateBpm>"
        "<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod><Track>\n" +
        trackpoint("2024-05-01T10:00:00Z", 0, 120, 46.0) +
        trackpoint("2024-05-01T10:04:58Z", 995, 160, 46.009) +
        "<Trackpoint><DistanceMeters>996</DistanceMeters></Trackpoint>\n"
        "</Track><Extensions><ns3:LX><ns3:AvgSpeed>3.4</ns3:AvgSpeed>"
        "<ns3:AvgRunCadence>86</ns3:AvgRunCadence></ns3:LX></Extensions></Lap>\n"
        "<Lap StartTime=\"2024-05-01T12:05:10+02:00\"><TotalTimeSeconds>90</TotalTimeSeconds>"
        "<DistanceMeters>200</DistanceMeters><AverageHeartRateBpm><Value>130</Value>"
        "</AverageHeartRateBpm><MaximumHeartRateBpm><Value>170</Value></MaximumHeartRateBpm>"
        "<Intensity>Resting</Intensity><Track>\n" +
        trackpoint("2024-05-01T12:06:30.500+02:00", 1150, 140, 46.01) +
        "</Track></Lap></Activity>\n");
}

std::int64_t utcMs(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

TEST(TcxReader, TwoLapRunReadsLapsAsWritten)
{
    const auto recording = readTcx(twoLapRun());
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->format, QStringLiteral("tcx"));
    EXPECT_EQ(recording->recordCount, 4); // the trackpoint without a time counts too
    ASSERT_EQ(recording->sessions.size(), 1u);
    const RecordedSession& run = recording->sessions[0];
    EXPECT_EQ(run.sportName, QStringLiteral("running"));
    EXPECT_EQ(run.sport, Sport::Run);
    ASSERT_EQ(run.laps.size(), 2u);
    const RecordedLap& first = run.laps[0];
    EXPECT_EQ(first.start.toMSecsSinceEpoch(), utcMs("2024-05-01T10:00:00Z"));
    EXPECT_EQ(first.timerSeconds, 300.0);
    EXPECT_EQ(first.elapsedSeconds, 310.0); // to the next lap's start, written with +02:00
    EXPECT_EQ(first.distanceMetres, 1000.0);
    EXPECT_EQ(first.avgHeartRate, 150);
    EXPECT_EQ(first.maxHeartRate, 165);
    EXPECT_EQ(first.avgSpeed, 3.4);     // LX AvgSpeed as written
    EXPECT_EQ(first.avgCadence, 172.0); // per-foot run cadence doubled
    EXPECT_EQ(first.intensity, LapIntensity::Active);
    const RecordedLap& second = run.laps[1];
    EXPECT_EQ(second.start.toMSecsSinceEpoch(), utcMs("2024-05-01T10:05:10Z"));
    EXPECT_EQ(second.elapsedSeconds, 80.5);            // the last lap ends at its last trackpoint
    EXPECT_NEAR(*second.avgSpeed, 200.0 / 90.0, 1e-9); // no AvgSpeed: distance / timer
    EXPECT_EQ(second.intensity, LapIntensity::Rest);
}

TEST(TcxReader, TwoLapRunSessionTotalsAndSamples)
{
    const auto recording = readTcx(twoLapRun());
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const RecordedSession& run = recording->sessions.at(0);
    EXPECT_EQ(run.start.toMSecsSinceEpoch(), utcMs("2024-05-01T10:00:00Z"));
    EXPECT_EQ(run.elapsedSeconds, 400.0); // the last lap's start + its timer is the latest
    EXPECT_EQ(run.timerSeconds, 390.0);
    EXPECT_EQ(run.distanceMetres, 1200.0);
    EXPECT_EQ(run.avgHeartRate, 145); // (150 * 300 + 130 * 90) / 390, timer-weighted
    EXPECT_EQ(run.maxHeartRate, 170);
    ASSERT_EQ(run.samples.size(), 3u);
    const RecordedSample& sample = run.samples[1];
    EXPECT_EQ(sample.utcSeconds, utcMs("2024-05-01T10:04:58Z") / 1000);
    EXPECT_EQ(sample.distanceMetres, 995.0);
    EXPECT_EQ(sample.heartRate, 160);
    EXPECT_EQ(sample.speed, 3.5);
    EXPECT_EQ(sample.cadence, 176.0);
    EXPECT_EQ(sample.latitude, 46.009);
    EXPECT_EQ(sample.longitude, 7.5);
    EXPECT_EQ(sample.altitude, 400.0);
    EXPECT_EQ(run.samples[2].utcSeconds, utcMs("2024-05-01T10:06:30Z") / 1000);
}

TEST(TcxReader, MultiSportSessionGivesOneSessionPerActivityInOrder)
{
    const auto recording = readTcx(database(
        "<MultiSportSession><Id>2024-06-01T07:00:00Z</Id>\n"
        "<FirstSport><Activity Sport=\"Biking\"><Id>2024-06-01T07:00:00Z</Id>"
        "<Lap StartTime=\"2024-06-01T07:00:00Z\"><TotalTimeSeconds>3600</TotalTimeSeconds>"
        "<DistanceMeters>36000</DistanceMeters><Cadence>90</Cadence></Lap></Activity></"
        "FirstSport>\n"
        "<NextSport><Activity Sport=\"Running\"><Id>2024-06-01T08:02:00Z</Id>"
        "<Lap StartTime=\"2024-06-01T08:02:00Z\"><TotalTimeSeconds>1500</TotalTimeSeconds>"
        "<DistanceMeters>5000</DistanceMeters><Cadence>85</Cadence></Lap></Activity></NextSport>\n"
        "</MultiSportSession>\n"));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    ASSERT_EQ(recording->sessions.size(), 2u);
    const RecordedSession& bike = recording->sessions[0];
    const RecordedSession& run = recording->sessions[1];
    EXPECT_EQ(bike.sportName, QStringLiteral("cycling"));
    EXPECT_EQ(bike.sport, Sport::Bike);
    EXPECT_EQ(bike.distanceMetres, 36000.0);
    EXPECT_EQ(bike.laps.at(0).avgCadence, 90.0); // revolutions: not doubled
    EXPECT_EQ(run.sportName, QStringLiteral("running"));
    EXPECT_EQ(run.start.toMSecsSinceEpoch(), utcMs("2024-06-01T08:02:00Z"));
    EXPECT_EQ(run.elapsedSeconds, 1500.0); // no trackpoints: start + timer
    EXPECT_EQ(run.laps.at(0).avgCadence, 170.0);
    EXPECT_FALSE(run.laps.at(0).elapsedSeconds.has_value()); // no trackpoint to end it
}

TEST(TcxReader, OtherWithoutPositionsAtSwimmingSpeedIsAPoolSwim)
{
    const QByteArray lap = "<Lap StartTime=\"2024-07-01T06:00:00Z\"><TotalTimeSeconds>100"
                           "</TotalTimeSeconds><DistanceMeters>100</DistanceMeters></Lap>";
    const auto swim = readTcx(database("<Activity Sport=\"Other\">" + lap + "</Activity>"));
    ASSERT_TRUE(swim.ok()) << swim.errorMessage().toStdString();
    EXPECT_EQ(swim->sessions.at(0).sportName, QStringLiteral("swimming"));
    EXPECT_EQ(swim->sessions.at(0).sport, Sport::Swim);

    QByteArray gym = lap;
    gym.replace("<DistanceMeters>100</DistanceMeters>", "");
    const auto other = readTcx(database("<Activity Sport=\"Other\">" + gym + "</Activity>"));
    ASSERT_TRUE(other.ok()) << other.errorMessage().toStdString();
    EXPECT_EQ(other->sessions.at(0).sportName, QStringLiteral("generic"));
    EXPECT_EQ(other->sessions.at(0).sport, Sport::CrossTraining);
}

TEST(TcxReader, HeartRate255IsFitsNoValueMarkerAndReadsAsAbsent)
{
    const auto recording = readTcx(
        database("<Activity Sport=\"Running\"><Lap StartTime=\"2024-07-01T06:00:00Z\">"
                 "<AverageHeartRateBpm><Value>255</Value></AverageHeartRateBpm>"
                 "<MaximumHeartRateBpm><Value>255</Value></MaximumHeartRateBpm><Track>" +
                 trackpoint("2024-07-01T06:00:01Z", 1, 255, 1.0) + "</Track></Lap></Activity>"));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const RecordedSession& run = recording->sessions.at(0);
    EXPECT_FALSE(run.laps.at(0).avgHeartRate.has_value());
    EXPECT_FALSE(run.laps.at(0).maxHeartRate.has_value());
    EXPECT_FALSE(run.samples.at(0).heartRate.has_value());
    EXPECT_FALSE(run.avgHeartRate.has_value());
}

TEST(TcxReader, LapsOutOfOrderAndNegativeFiguresGiveNoNegativeValues)
{
    // A damaged file: the second lap starts before the first, a negative timer and
    // distance, NaN and inf. Nothing negative or infinite comes out; the rest is read.
    const auto recording = readTcx(database(
        "<Activity Sport=\"Running\"><Id>2024-05-01T10:00:00Z</Id>\n"
        "<Lap StartTime=\"2024-05-01T10:10:00Z\"><TotalTimeSeconds>-50</TotalTimeSeconds>"
        "<DistanceMeters>-1000</DistanceMeters><Cadence>-3</Cadence>"
        "<AverageHeartRateBpm><Value>400</Value></AverageHeartRateBpm>"
        "<MaximumHeartRateBpm><Value>0</Value></MaximumHeartRateBpm>"
        "<Track><Trackpoint><Time>2024-05-01T10:10:00Z</Time><DistanceMeters>NaN"
        "</DistanceMeters></Trackpoint></Track></Lap>\n"
        "<Lap StartTime=\"2024-05-01T10:00:00Z\"><TotalTimeSeconds>inf</TotalTimeSeconds>"
        "<DistanceMeters>800</DistanceMeters></Lap>\n"
        // Finite but absurd: two of them summed were infinity, and the heart rate
        // weighted by them NaN cast to int.
        "<Lap StartTime=\"2024-05-01T10:20:00Z\"><TotalTimeSeconds>1e308</TotalTimeSeconds>"
        "<AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm></Lap>\n"
        "<Lap StartTime=\"2024-05-01T10:30:00Z\"><TotalTimeSeconds>1e308</TotalTimeSeconds>"
        "<AverageHeartRateBpm><Value>160</Value></AverageHeartRateBpm></Lap>\n"
        "</Activity>\n"));
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    const RecordedSession& run = recording->sessions.at(0);
    ASSERT_EQ(run.laps.size(), 4u);
    EXPECT_FALSE(run.laps[0].elapsedSeconds.has_value()); // the next lap starts 600 s earlier
    EXPECT_FALSE(run.laps[0].timerSeconds.has_value());
    EXPECT_FALSE(run.laps[0].distanceMetres.has_value());
    EXPECT_FALSE(run.laps[0].avgCadence.has_value());
    EXPECT_FALSE(run.laps[0].avgHeartRate.has_value());
    EXPECT_FALSE(run.laps[0].maxHeartRate.has_value());
    EXPECT_FALSE(run.laps[1].timerSeconds.has_value());
    EXPECT_EQ(run.laps[1].distanceMetres, 800.0);
    EXPECT_EQ(run.distanceMetres, 800.0);
    EXPECT_EQ(run.start.toMSecsSinceEpoch(), utcMs("2024-05-01T10:00:00Z"));
    EXPECT_EQ(run.elapsedSeconds, 600.0); // to the latest trackpoint (no lap has a timer time)
    EXPECT_FALSE(run.laps[2].timerSeconds.has_value());
    EXPECT_FALSE(run.timerSeconds.has_value());
    EXPECT_EQ(run.avgHeartRate, 155); // laps without a timer time weigh the same
    ASSERT_EQ(run.samples.size(), 1u);
    EXPECT_FALSE(run.samples[0].distanceMetres.has_value());
}

TEST(TcxReader, WhitespaceBeforeTheXmlDeclarationIsTolerated)
{
    const auto recording = readTcx("\xEF\xBB\xBF \n\t  \r\n" + twoLapRun());
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->sessions.at(0).laps.size(), 2u);
}

TEST(TcxReader, UndeclaredNamespacePrefixIsTolerated)
{
    QByteArray text = twoLapRun();
    text.replace("<TriggerMethod>", "<undeclared:Note>x</undeclared:Note><TriggerMethod>");
    const auto recording = readTcx(text);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->sessions.at(0).laps.at(0).distanceMetres, 1000.0);
}

TEST(TcxReader, MalformedXmlNamesFileLineAndColumn)
{
    const auto recording = readTcx("<?xml version=\"1.0\"?>\n<TrainingCenterDatabase>\n"
                                   "<Activities>\n  <Activity Sport=\"Running\">\n"
                                   "  </Activities>\n</TrainingCenterDatabase>\n");
    ASSERT_FALSE(recording.ok());
    EXPECT_TRUE(recording.errorMessage().startsWith(QStringLiteral("ride.tcx: line 5, column ")))
        << recording.errorMessage().toStdString();
    EXPECT_TRUE(recording.errorMessage().contains(QStringLiteral("tag mismatch")))
        << recording.errorMessage().toStdString();
}

TEST(TcxReader, ErrorPositionCountsTheSkippedLeadingLines)
{
    const auto recording = readTcx("\n\n   <TrainingCenterDatabase><Activities></Oops>");
    ASSERT_FALSE(recording.ok());
    EXPECT_TRUE(recording.errorMessage().startsWith(QStringLiteral("ride.tcx: line 3, column ")))
        << recording.errorMessage().toStdString();
}

TEST(TcxReader, TruncatedFileSaysItEndsEarly)
{
    const QByteArray whole = twoLapRun();
    const auto recording = readTcx(whole.left(whole.size() / 2));
    ASSERT_FALSE(recording.ok());
    EXPECT_TRUE(recording.errorMessage().startsWith(kFile + QStringLiteral(": line ")));
    EXPECT_TRUE(recording.errorMessage().contains(QStringLiteral("cut short")))
        << recording.errorMessage().toStdString();
}

TEST(TcxReader, EmptyFileAndNoActivitiesArePlainErrors)
{
    const auto empty = readTcx(QByteArray());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.errorMessage(),
              QStringLiteral("ride.tcx: the file is empty (or holds only blank space)"));
    const auto none = readTcx(database(""));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(
        none.errorMessage().startsWith(QStringLiteral("ride.tcx: the TCX file holds no activity")));
    const auto gpx = readTcx("<gpx version=\"1.1\"><trk/></gpx>");
    ASSERT_FALSE(gpx.ok());
    EXPECT_TRUE(gpx.errorMessage().contains(QStringLiteral("its root element is <gpx>")))
        << gpx.errorMessage().toStdString();
}

TEST(TcxReader, RandomBytesGiveAnErrorNamingTheFile)
{
    QRandomGenerator random(7);
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes(1 + random.bounded(4096), '\0');
        for (char& c : bytes)
            c = static_cast<char>(random.bounded(256));
        if (round % 2 == 1)
            bytes.prepend("<?xml version=\"1.0\"?><TrainingCenterDatabase><Activities>");
        const auto recording = readTcx(bytes);
        ASSERT_FALSE(recording.ok());
        EXPECT_TRUE(recording.errorMessage().startsWith(kFile + QStringLiteral(": ")));
    }
}

TEST(TcxReader, DeepNestingInsideATrackpointIsSkippedWithoutRecursion)
{
    const QByteArray deep =
        QByteArray("<x>").repeated(200000) + QByteArray("</x>").repeated(200000);
    QByteArray text = twoLapRun();
    text.replace("<Trackpoint><DistanceMeters>", "<Trackpoint>" + deep + "<DistanceMeters>");
    const auto recording = readTcx(text);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->recordCount, 4);
}

TEST(TcxReader, RecognisesTcxByItsRootElement)
{
    EXPECT_TRUE(TcxReader().recognises("<?xml version=\"1.0\"?>\n<TrainingCenterDatabase xmlns="));
    EXPECT_FALSE(TcxReader().recognises("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">"));
    EXPECT_EQ(TcxReader().fileNamePatterns(), QStringList{QStringLiteral("*.tcx")});
}
