// The FIT reader against real recordings and the summaries Garmin's FIT SDK made of
// them (../shared/data/reference, see its README): counts exact, times within 1 s,
// distances within 0.1 %, heart rates equal; the damaged files give an error naming the
// file and the byte offset.

#include "core/io/activity/FitReader.h"
#include "support/SharedData.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

using namespace paceline;
using namespace paceline::test;

namespace {

/// Files the SDK read with an error that is a real fault of the file: Paceline refuses
/// them. (The SDK's errors on the compressed-timestamp file and the summary-first
/// triathlon are its own limits; those files are read.)
const QStringList kDamagedFiles = {
    QStringLiteral("bad_file_crc.fit"),
    QStringLiteral("chained_corrupt_second_header.fit"),
    QStringLiteral("header_datasize_too_big_strava_android.fit"),
    QStringLiteral("header_datasize_zero_empty_activities.fit"),
    QStringLiteral("truncated_real_ride_nick.fit"),
    QStringLiteral("truncated_unexpected_eof.fit"),
};

QByteArray readShared(const QString& relative)
{
    QFile file(sharedDataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<Recording> readFit(const QString& folder, const QString& name)
{
    return FitReader().read(readShared(folder + '/' + name), name);
}

std::optional<int> integer(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QDateTime instant(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

/// The SDK names sports in camelCase ("fitnessEquipment"), Paceline as the profile does.
QString sdkSportName(const QString& fitName)
{
    return QString(fitName).remove('_');
}

void expectSeconds(std::optional<double> actual, const QJsonValue& expected, const char* what)
{
    if (!expected.isDouble())
        return; // the SDK had no value: nothing to compare
    ASSERT_TRUE(actual.has_value()) << what;
    EXPECT_NEAR(*actual, expected.toDouble(), 1.0) << what;
}

void expectDistance(std::optional<double> actual, const QJsonValue& expected)
{
    if (!expected.isDouble())
        return;
    ASSERT_TRUE(actual.has_value()) << "distance";
    EXPECT_NEAR(*actual, expected.toDouble(), std::max(0.001 * expected.toDouble(), 0.01))
        << "distance";
}

void expectStart(const QDateTime& actual, const QJsonValue& expected)
{
    if (expected.isNull())
        return;
    ASSERT_TRUE(actual.isValid());
    EXPECT_LE(std::llabs(actual.secsTo(instant(expected))), 1)
        << actual.toString(Qt::ISODate).toStdString() << " vs "
        << expected.toString().toStdString();
}

template <typename Summary> void expectSummary(const Summary& actual, const QJsonObject& expected)
{
    expectStart(actual.start, expected.value(QStringLiteral("startTime")));
    expectSeconds(actual.elapsedSeconds, expected.value(QStringLiteral("totalElapsedTime")),
                  "elapsed");
    expectSeconds(actual.timerSeconds, expected.value(QStringLiteral("totalTimerTime")), "timer");
    expectDistance(actual.distanceMetres, expected.value(QStringLiteral("totalDistance")));
    EXPECT_EQ(actual.avgHeartRate, integer(expected.value(QStringLiteral("avgHeartRate"))));
    EXPECT_EQ(actual.maxHeartRate, integer(expected.value(QStringLiteral("maxHeartRate"))));
}

void expectMatchesReference(const Recording& recording, const QJsonObject& reference)
{
    const QJsonArray sessions = reference.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(recording.sessions.size(), static_cast<std::size_t>(sessions.size()));
    std::vector<const RecordedLap*> laps;
    for (std::size_t s = 0; s < recording.sessions.size(); ++s) {
        SCOPED_TRACE("session " + std::to_string(s));
        const QJsonObject expected = sessions[static_cast<int>(s)].toObject();
        expectSummary(recording.sessions[s], expected);
        EXPECT_EQ(sdkSportName(recording.sessions[s].sportName),
                  expected.value(QStringLiteral("sport")).toString());
        for (const RecordedLap& lap : recording.sessions[s].laps)
            laps.push_back(&lap);
    }
    const QJsonArray expectedLaps = reference.value(QStringLiteral("laps")).toArray();
    ASSERT_EQ(laps.size(), static_cast<std::size_t>(expectedLaps.size()));
    for (std::size_t l = 0; l < laps.size(); ++l) {
        SCOPED_TRACE("lap " + std::to_string(l));
        expectSummary(*laps[l], expectedLaps[static_cast<int>(l)].toObject());
    }
}

class FitRealFiles : public ::testing::TestWithParam<QString> {};

} // namespace

TEST(FitRealFiles, EveryFileMatchesItsReference)
{
    PACELINE_REQUIRE_SHARED_DATA();
    int compared = 0;
    for (const QString& folder : {QStringLiteral("fit"), QStringLiteral("bad")}) {
        for (const QString& name : sharedDataFiles(folder)) {
            if (!name.endsWith(QStringLiteral(".fit")) || kDamagedFiles.contains(name))
                continue;
            SCOPED_TRACE(name.toStdString());
            const QJsonObject reference = sharedReference(name);
            ASSERT_FALSE(reference.isEmpty()) << "no reference";
            const Result<Recording> recording = readFit(folder, name);
            ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
            expectMatchesReference(*recording, reference);
            if (reference.value(QStringLiteral("errors")).toArray().isEmpty()) {
                EXPECT_EQ(recording->recordCount,
                          reference.value(QStringLiteral("recordCount")).toInt());
            }
            ++compared;
        }
    }
    EXPECT_GE(compared, 19);
}

TEST(FitRealFiles, DamagedFilesGiveAnErrorNamingTheFileAndTheByte)
{
    PACELINE_REQUIRE_SHARED_DATA();
    for (const QString& name : kDamagedFiles) {
        SCOPED_TRACE(name.toStdString());
        const Result<Recording> recording = readFit(QStringLiteral("bad"), name);
        ASSERT_FALSE(recording.ok());
        const QString message = recording.errorMessage();
        EXPECT_TRUE(message.startsWith(name + QStringLiteral(": byte "))) << message.toStdString();
    }
}
