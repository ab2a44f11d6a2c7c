// `paceline-cli inspect --json` against every real recording in ../shared/data and the
// summaries independent decoders made of them (Garmin's FIT SDK for FIT, the Python
// summary of ../shared/oracle/tcxgpx_summary.py for TCX and GPX). The shared data's
// README lists where those decoders are wrong; those files are checked against what it
// says is right. Skips, saying why, when the folder is absent.

#include "CliRunner.h"
#include "support/SharedData.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline::test;

namespace {

constexpr double kSecondsTolerance = 1.0;
constexpr double kDistanceShare = 0.001; // 0.1 %

QDateTime instant(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

std::string text(const QJsonValue& value)
{
    return value.isNull() ? std::string("null") : value.toVariant().toString().toStdString();
}

void expectSameInstant(const QJsonValue& ours, const QJsonValue& reference, const char* what)
{
    SCOPED_TRACE(what);
    if (reference.isNull() || reference.isUndefined())
        return;
    const QDateTime expected = instant(reference);
    const QDateTime actual = instant(ours);
    ASSERT_TRUE(actual.isValid()) << "ours: " << text(ours) << ", reference " << text(reference);
    EXPECT_LE(std::abs(actual.msecsTo(expected)), kSecondsTolerance * 1000)
        << "ours: " << text(ours) << ", reference " << text(reference);
}

void expectSeconds(const QJsonValue& ours, const QJsonValue& reference, const char* what)
{
    if (reference.isNull() || reference.isUndefined())
        return;
    ASSERT_TRUE(ours.isDouble()) << what << ": ours " << text(ours) << ", reference "
                                 << text(reference);
    EXPECT_NEAR(ours.toDouble(), reference.toDouble(), kSecondsTolerance) << what;
}

void expectMetres(const QJsonValue& ours, const QJsonValue& reference, const char* what)
{
    if (reference.isNull() || reference.isUndefined())
        return;
    ASSERT_TRUE(ours.isDouble()) << what << ": ours " << text(ours) << ", reference "
                                 << text(reference);
    // A share of the distance, with a centimetre floor for laps of 0 m (pool drills).
    const double tolerance = std::max(0.01, std::abs(reference.toDouble()) * kDistanceShare);
    EXPECT_NEAR(ours.toDouble(), reference.toDouble(), tolerance) << what;
}

/// FIT's "no value" for a one-byte heart rate; some converters copy it into TCX as a
/// value. A reader that drops it is right: no heart beats 255 times a minute.
constexpr int kInvalidHeartRate = 255;

void expectHeartRate(const QJsonValue& ours, const QJsonValue& reference, const char* what)
{
    if (reference.isNull() || reference.isUndefined())
        return;
    if (std::lround(reference.toDouble()) >= kInvalidHeartRate) {
        EXPECT_TRUE(ours.isNull()) << what << ": ours " << text(ours) << " for the sentinel 255";
        return;
    }
    EXPECT_EQ(ours.toInt(-1), std::lround(reference.toDouble())) << what;
}

CliRun inspectJson(const QString& path)
{
    return runCli({QStringLiteral("inspect"), path, QStringLiteral("--json")});
}

/// The reference's lap-elapsed field name per format. TCX has no lap elapsed time: the
/// Python summary takes the next lap's StartTime minus this one's. Those are often whole
/// seconds, so a lap timed for 1051.2 s can show 1050 s "elapsed"; a reader may keep
/// that difference of starts, or say a lap lasts at least its timer time. Either is
/// accepted for TCX, within the same 1 s; nothing else is.
struct LapFields {
    QString elapsed;
    bool elapsedMayBeTimer = false;
};

void expectLapElapsed(const QJsonValue& ours, const QJsonObject& reference, const LapFields& fields)
{
    const QJsonValue elapsed = reference[fields.elapsed];
    const QJsonValue timer = reference[QStringLiteral("totalTimerTime")];
    if (fields.elapsedMayBeTimer && elapsed.isDouble() && timer.isDouble() && ours.isDouble()) {
        const double atLeastTimer = std::max(elapsed.toDouble(), timer.toDouble());
        if (std::abs(ours.toDouble() - atLeastTimer) <= kSecondsTolerance)
            return;
    }
    expectSeconds(ours, elapsed, "elapsed_s");
}

void compareLaps(const QJsonArray& ours, const QJsonArray& reference, const LapFields& fields)
{
    ASSERT_EQ(ours.size(), reference.size()) << "lap count";
    for (qsizetype i = 0; i < reference.size(); ++i) {
        SCOPED_TRACE("lap " + std::to_string(i + 1));
        const QJsonObject lap = ours[i].toObject();
        const QJsonObject expected = reference[i].toObject();
        expectSameInstant(lap[QStringLiteral("start")], expected[QStringLiteral("startTime")],
                          "start");
        expectLapElapsed(lap[QStringLiteral("elapsed_s")], expected, fields);
        expectSeconds(lap[QStringLiteral("timer_s")], expected[QStringLiteral("totalTimerTime")],
                      "timer_s");
        expectMetres(lap[QStringLiteral("distance_m")], expected[QStringLiteral("totalDistance")],
                     "distance_m");
        expectHeartRate(lap[QStringLiteral("avg_hr")], expected[QStringLiteral("avgHeartRate")],
                        "avg_hr");
        expectHeartRate(lap[QStringLiteral("max_hr")], expected[QStringLiteral("maxHeartRate")],
                        "max_hr");
    }
}

void compareTotals(const QJsonObject& ours, const QJsonObject& reference)
{
    expectSameInstant(ours[QStringLiteral("start")], reference[QStringLiteral("startTime")],
                      "start");
    expectSeconds(ours[QStringLiteral("elapsed_s")], reference[QStringLiteral("totalElapsedTime")],
                  "elapsed_s");
    expectSeconds(ours[QStringLiteral("timer_s")], reference[QStringLiteral("totalTimerTime")],
                  "timer_s");
    expectMetres(ours[QStringLiteral("distance_m")], reference[QStringLiteral("totalDistance")],
                 "distance_m");
}

/// The sessions of a file with several (ours under "sessions"; one session is the top
/// level itself).
QJsonArray sessionsOf(const QJsonObject& ours)
{
    if (ours.contains(QStringLiteral("sessions")))
        return ours[QStringLiteral("sessions")].toArray();
    return ours[QStringLiteral("sport")].isNull() ? QJsonArray() : QJsonArray{ours};
}

/// Garmin's SDK lists the laps of every session in one array; a session says which are
/// its own (first_lap_index, num_laps) when the file does.
void compareFitSessions(const QJsonArray& ours, const QJsonObject& reference)
{
    const QJsonArray expected = reference[QStringLiteral("sessions")].toArray();
    ASSERT_EQ(ours.size(), expected.size()) << "session count";
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE("session " + std::to_string(i + 1));
        const QJsonObject session = ours[i].toObject();
        const QJsonObject want = expected[i].toObject();
        EXPECT_EQ(session[QStringLiteral("sport")].toString(),
                  want[QStringLiteral("sport")].toString());
        compareTotals(session, want);
        if (want[QStringLiteral("numLaps")].isDouble() && expected.size() > 1) {
            EXPECT_EQ(session[QStringLiteral("laps")].toArray().size(),
                      want[QStringLiteral("numLaps")].toInt());
        }
    }
}

void compareFit(const QString& file, const QJsonObject& ours, const QJsonObject& reference)
{
    EXPECT_EQ(ours[QStringLiteral("format")].toString(), QStringLiteral("fit"));
    compareFitSessions(sessionsOf(ours), reference);
    compareTotals(ours, reference);
    compareLaps(ours[QStringLiteral("laps")].toArray(), reference[QStringLiteral("laps")].toArray(),
                {QStringLiteral("totalElapsedTime")});
    // Garmin's JS SDK stops at compressed timestamps (0 records); the README gives the truth.
    if (file == QLatin1String("compressed_timestamps_fr70_11laps.fit"))
        EXPECT_EQ(ours[QStringLiteral("records")].toInt(), 755);
    else
        EXPECT_EQ(ours[QStringLiteral("records")].toInt(),
                  reference[QStringLiteral("recordCount")].toInt());
}

void compareTcx(const QJsonObject& ours, const QJsonObject& reference)
{
    EXPECT_EQ(ours[QStringLiteral("format")].toString(), QStringLiteral("tcx"));
    const QJsonArray sessions = sessionsOf(ours);
    const QJsonArray expected = reference[QStringLiteral("sessions")].toArray();
    ASSERT_EQ(sessions.size(), expected.size()) << "session count";
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE("session " + std::to_string(i + 1));
        compareTotals(sessions[i].toObject(), expected[i].toObject());
        EXPECT_EQ(sessions[i][QStringLiteral("laps")].toArray().size(),
                  expected[i][QStringLiteral("lapCount")].toInt());
    }
    compareTotals(ours, reference);
    compareLaps(ours[QStringLiteral("laps")].toArray(), reference[QStringLiteral("laps")].toArray(),
                {QStringLiteral("elapsedTime"), /*elapsedMayBeTimer=*/true});
    EXPECT_EQ(ours[QStringLiteral("records")].toInt(),
              reference[QStringLiteral("trackpointCount")].toInt());
}

/// GPX has no laps: the track's haversine distance over each segment, its time span
/// and its point count (tcxgpx_summary.py's definitions).
void compareGpx(const QJsonObject& ours, const QJsonObject& reference)
{
    EXPECT_EQ(ours[QStringLiteral("format")].toString(), QStringLiteral("gpx"));
    EXPECT_EQ(ours[QStringLiteral("records")].toInt(),
              reference[QStringLiteral("pointCount")].toInt());
    expectMetres(ours[QStringLiteral("distance_m")], reference[QStringLiteral("distanceHaversine")],
                 "distance_m (haversine)");
    expectSeconds(ours[QStringLiteral("elapsed_s")], reference[QStringLiteral("timeSpan")],
                  "elapsed_s (time span)");
    expectSameInstant(ours[QStringLiteral("start")], reference[QStringLiteral("startTime")],
                      "start");
}

void compareWithReference(const QString& folder, const QString& file)
{
    const QJsonObject reference = sharedReference(file);
    ASSERT_FALSE(reference.isEmpty()) << "no reference/" << file.toStdString() << ".json";
    const CliRun run = inspectJson(sharedDataPath(folder + '/' + file));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject ours = run.json();
    ASSERT_FALSE(ours.isEmpty()) << run.out.left(400).toStdString();
    if (folder == QLatin1String("fit"))
        compareFit(file, ours, reference);
    else if (folder == QLatin1String("tcx"))
        compareTcx(ours, reference);
    else
        compareGpx(ours, reference);
}

void compareFolder(const QString& folder)
{
    const QStringList files = sharedDataFiles(folder);
    ASSERT_FALSE(files.isEmpty()) << "no files in " << folder.toStdString();
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        compareWithReference(folder, file);
    }
}

} // namespace

TEST(InspectReference, EveryFitFileMatchesGarminsSdk)
{
    PACELINE_REQUIRE_SHARED_DATA();
    compareFolder(QStringLiteral("fit"));
}

TEST(InspectReference, EveryTcxFileMatchesThePythonSummary)
{
    PACELINE_REQUIRE_SHARED_DATA();
    compareFolder(QStringLiteral("tcx"));
}

TEST(InspectReference, EveryGpxFileMatchesThePythonSummary)
{
    PACELINE_REQUIRE_SHARED_DATA();
    compareFolder(QStringLiteral("gpx"));
}

TEST(InspectReference, CompressedTimestampsGiveTheRightRecordSpan)
{
    PACELINE_REQUIRE_SHARED_DATA();
    // Both peers fail here (the README): 755 records spanning 3,875 s (gpsbabel adds
    // the 5-bit offset instead of replacing the low bits, which stretches the span).
    const CliRun run =
        inspectJson(sharedDataPath(QStringLiteral("fit/compressed_timestamps_fr70_11laps.fit")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject ours = run.json();
    EXPECT_EQ(ours[QStringLiteral("records")].toInt(), 755);
    const QDateTime first = instant(ours[QStringLiteral("first_record")]);
    const QDateTime last = instant(ours[QStringLiteral("last_record")]);
    ASSERT_TRUE(first.isValid() && last.isValid()) << run.out.left(400).toStdString();
    EXPECT_NEAR(double(first.secsTo(last)), 3875.0, kSecondsTolerance);
}

TEST(InspectReference, TheFileGarminsJsSdkCannotReadDecodes)
{
    PACELINE_REQUIRE_SHARED_DATA();
    const QString file = QStringLiteral("garmin_js_sdk_crash_triathlon_summary_first.fit");
    const CliRun run = inspectJson(sharedDataPath(QStringLiteral("bad/") + file));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject ours = run.json();
    // "about 4,043 records" (README); gpsbabel reads 4,041 with a position.
    EXPECT_NEAR(ours[QStringLiteral("records")].toInt(), 4043, 2);
    // Its session and lap messages are intact: the SDK read those before it failed.
    const QJsonObject reference = sharedReference(file);
    compareFitSessions(sessionsOf(ours), reference);
    compareTotals(ours, reference);
    compareLaps(ours[QStringLiteral("laps")].toArray(), reference[QStringLiteral("laps")].toArray(),
                {QStringLiteral("totalElapsedTime")});
}

TEST(InspectReference, DamagedFitFilesFailWithOneLineNamingTheFile)
{
    PACELINE_REQUIRE_SHARED_DATA();
    for (const char* name :
         {"bad_file_crc.fit", "chained_corrupt_second_header.fit",
          "header_datasize_too_big_strava_android.fit", "header_datasize_zero_empty_activities.fit",
          "truncated_real_ride_nick.fit", "truncated_unexpected_eof.fit"}) {
        SCOPED_TRACE(name);
        const CliRun run =
            inspectJson(sharedDataPath(QStringLiteral("bad/") + QLatin1String(name)));
        EXPECT_EQ(run.exitCode, 1) << run.out.left(300).toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String(name))) << run.err.toStdString();
    }
}

TEST(InspectReference, OddXmlFilesReadOrFailWithAClearMessage)
{
    PACELINE_REQUIRE_SHARED_DATA();
    // Python and gpsbabel reject two of these; a forgiving reader may accept them
    // (README). Either way: JSON of the right format, or one line naming the file.
    for (const char* name :
         {"gpx_track_with_empty_segment.gpx", "gpx_unbound_ns_prefix_6037744996.gpx",
          "tcx_xml_decl_not_at_start_6281425038.tcx"}) {
        SCOPED_TRACE(name);
        const QString file = QLatin1String(name);
        const CliRun run = inspectJson(sharedDataPath(QStringLiteral("bad/") + file));
        if (run.exitCode == 0) {
            EXPECT_EQ(run.json()[QStringLiteral("format")].toString(), file.section('.', -1));
            EXPECT_GT(run.json()[QStringLiteral("records")].toInt(), 0);
        } else {
            EXPECT_EQ(run.exitCode, 1);
            EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(file)) << run.err.toStdString();
        }
    }
    // The empty segment is valid GPX (Python reads it): its points must all be there.
    const QString empty = QStringLiteral("gpx_track_with_empty_segment.gpx");
    const CliRun run = inspectJson(sharedDataPath(QStringLiteral("bad/") + empty));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    compareGpx(run.json(), sharedReference(empty));
}
