// TCX and GPX seeds written out here (small documents with every element the readers
// look at), and CSV seeds from exportCsv: the sessions text, a form feed, the reps text.

#include "Seeds.h"
#include "core/io/activity/CsvLog.h"

namespace paceline::fuzz {
namespace {

QByteArray tcxTrackpoint(int second, int metres, int heartRate)
{
    return QStringLiteral("<Trackpoint><Time>2025-06-01T06:30:%1Z</Time><Position>"
                          "<LatitudeDegrees>46.05</LatitudeDegrees><LongitudeDegrees>14.5%2"
                          "</LongitudeDegrees></Position><AltitudeMeters>295.4</AltitudeMeters>"
                          "<DistanceMeters>%3</DistanceMeters><HeartRateBpm><Value>%4</Value>"
                          "</HeartRateBpm><Cadence>88</Cadence><Extensions><ns3:TPX>"
                          "<ns3:Speed>3.2</ns3:Speed><ns3:RunCadence>86</ns3:RunCadence>"
                          "</ns3:TPX></Extensions></Trackpoint>\n")
        .arg(second, 2, 10, QLatin1Char('0'))
        .arg(second)
        .arg(metres)
        .arg(heartRate)
        .toUtf8();
}

QByteArray tcxLap(const char* start, const char* intensity, int firstSecond)
{
    QByteArray lap = QByteArray("<Lap StartTime=\"") + start +
                     "\"><TotalTimeSeconds>20</TotalTimeSeconds><DistanceMeters>64.5"
                     "</DistanceMeters><MaximumSpeed>3.9</MaximumSpeed><Calories>5</Calories>"
                     "<AverageHeartRateBpm><Value>141</Value></AverageHeartRateBpm>"
                     "<MaximumHeartRateBpm><Value>255</Value></MaximumHeartRateBpm>"
                     "<Intensity>" +
                     intensity +
                     "</Intensity><Cadence>85</Cadence><TriggerMethod>Distance"
                     "</TriggerMethod><Track>\n";
    for (int second = firstSecond; second < firstSecond + 20; second += 5)
        lap += tcxTrackpoint(second, second * 3, 130 + second);
    return lap + "<Trackpoint><DistanceMeters>70</DistanceMeters></Trackpoint></Track>"
                 "<Extensions><ns3:LX><ns3:AvgSpeed>3.2</ns3:AvgSpeed></ns3:LX></Extensions>"
                 "</Lap>\n";
}

QByteArray tcxDocument(const QByteArray& activities)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
           "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" "
           "xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n" +
           activities + "</TrainingCenterDatabase>\n";
}

QByteArray tcxActivity(const char* sport)
{
    return QByteArray("<Activity Sport=\"") + sport + "\"><Id>2025-06-01T06:30:00Z</Id>\n" +
           tcxLap("2025-06-01T06:30:00Z", "Active", 0) +
           tcxLap("2025-06-01T08:30:20+02:00", "Resting", 20) + "</Activity>\n";
}

QByteArray gpxPoint(int second, bool withTime)
{
    QByteArray point = QStringLiteral("<trkpt lat=\"46.0%1\" lon=\"14.5%2\"><ele>29%3.5</ele>")
                           .arg(second % 7)
                           .arg(second * 3, 3, 10, QLatin1Char('0'))
                           .arg(second % 10)
                           .toUtf8();
    if (withTime)
        point += QStringLiteral("<time>2025-06-01T06:%1:%2.250Z</time>")
                     .arg(30 + second / 60, 2, 10, QLatin1Char('0'))
                     .arg(second % 60, 2, 10, QLatin1Char('0'))
                     .toUtf8();
    return point + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>14" +
           QByteArray::number(second % 10) +
           "</gpxtpx:hr><gpxtpx:cad>87</gpxtpx:cad><gpxtpx:speed>3.1</gpxtpx:speed>"
           "</gpxtpx:TrackPointExtension></extensions></trkpt>\n";
}

QByteArray gpxDocument(int segments, int pointsPerSegment, const char* version)
{
    QByteArray xml = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"") +
                     version +
                     "\" creator=\"fuzz seeds\" xmlns=\"http://www.topografix.com/GPX/1/1\" "
                     "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">"
                     "\n<metadata><time>2025-06-01T06:30:00Z</time></metadata>\n"
                     "<wpt lat=\"46\" lon=\"14\"><name>start</name></wpt>\n"
                     "<rte><rtept lat=\"46\" lon=\"14\"/></rte>\n<trk><name>Morning run</name>"
                     "<type>running</type>\n";
    int second = 0;
    for (int segment = 0; segment < segments; ++segment) {
        xml += "<trkseg>\n";
        for (int point = 0; point < pointsPerSegment; ++point, second += 4)
            xml += gpxPoint(second, point != 1);
        xml += "</trkseg>\n";
    }
    return xml + "</trk>\n</gpx>\n";
}

Rep rep(RepKind kind, std::optional<double> metres, double seconds, QString notes = {})
{
    Rep made;
    made.kind = kind;
    if (metres)
        made.distance = Distance{*metres};
    made.time = Duration{seconds};
    made.notes = std::move(notes);
    return made;
}

std::vector<LoggedSession> loggedSessions()
{
    LoggedSession intervals;
    intervals.start = QDateTime(QDate(2025, 6, 3), QTime(18, 5, 30), Qt::OffsetFromUTC, 7200);
    intervals.title = QStringLiteral("6x800, \"windy\"");
    intervals.duration = Duration{3725.5};
    intervals.distance = Distance{11234.5};
    intervals.sessionRpe = 7.5;
    intervals.avgHeartRate = 152;
    intervals.maxHeartRate = 184;
    intervals.notes = QStringLiteral("two lines,\nsecond one");
    Rep work = rep(RepKind::Work, 800.0, 161.2, QStringLiteral("felt \"good\""));
    work.rpe = 8.0;
    work.avgHeartRate = 172;
    work.cadence = 184.5;
    intervals.reps = {work, rep(RepKind::Recovery, std::nullopt, 90.0),
                      rep(RepKind::Work, 800.0, 159.9)};
    LoggedSession swim;
    swim.start = QDateTime(QDate(2025, 6, 4), QTime(6, 0), Qt::OffsetFromUTC, -18000);
    swim.sport = Sport::Swim;
    swim.duration = Duration{2400.0};
    return {intervals, swim};
}

} // namespace

std::vector<Seed> tcxSeeds()
{
    return {
        {QStringLiteral("run.tcx"),
         tcxDocument("<Activities>" + tcxActivity("Running") + "</Activities>\n")},
        {QStringLiteral("pool-swim.tcx"),
         tcxDocument("<Activities>" + tcxActivity("Other") + "</Activities>\n")},
        {QStringLiteral("multisport.tcx"),
         tcxDocument("<Activities><MultiSportSession><Id>2025-06-01T06:30:00Z</Id><FirstSport>" +
                     tcxActivity("Biking") + "</FirstSport><NextSport>" + tcxActivity("Running") +
                     "</NextSport></MultiSportSession></Activities>\n")},
    };
}

std::vector<Seed> gpxSeeds()
{
    return {
        {QStringLiteral("one-segment.gpx"), gpxDocument(1, 40, "1.1")},
        {QStringLiteral("three-segments.gpx"), gpxDocument(3, 12, "1.1")},
        {QStringLiteral("gpx-1.0.gpx"), gpxDocument(1, 6, "1.0")},
    };
}

std::vector<Seed> csvSeeds()
{
    const std::vector<LoggedSession> sessions = loggedSessions();
    const CsvExport metric = exportCsv(sessions, UnitSystem::Metric);
    const CsvExport imperial = exportCsv(sessions, UnitSystem::Imperial);
    return {
        {QStringLiteral("sessions-and-reps.csv"), metric.sessions + '\f' + metric.reps},
        {QStringLiteral("sessions-only.csv"), metric.sessions},
        {QStringLiteral("imperial.csv"), imperial.sessions + '\f' + imperial.reps},
    };
}

} // namespace paceline::fuzz
