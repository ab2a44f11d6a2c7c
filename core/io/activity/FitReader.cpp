// FIT activity files: decodes the messages a training log needs into plain values
// (FitActivityMessages.h), then assembles sessions, laps and samples from them.

#include "FitReader.h"

#include "FitActivityMessages.h"
#include "FitDecoder.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace paceline {
namespace {

using fit::FieldView;
using fit::MessageView;

enum GlobalMessage : std::uint16_t {
    FileId = 0,
    SportMessage = 12,
    Session = 18,
    Lap = 19,
    Record = 20,
    Event = 21,
    Activity = 34,
};

constexpr double kDegreesPerSemicircle = 180.0 / 2147483648.0;

std::optional<std::int64_t> integerOf(const MessageView& message, std::uint8_t number)
{
    const FieldView* field = message.field(number);
    return field ? field->integer() : std::nullopt;
}

/// A heart rate (a uint8 in the profile); a damaged file's wider value is invalid.
std::optional<int> heartRateOf(const MessageView& message, std::uint8_t number)
{
    const std::optional<std::int64_t> value = integerOf(message, number);
    return value && *value >= 0 && *value <= 0xFF ? std::optional<int>(static_cast<int>(*value))
                                                  : std::nullopt;
}

std::optional<double> scaledOf(const MessageView& message, std::uint8_t number, double scale,
                               double offset = 0.0)
{
    const FieldView* field = message.field(number);
    return field ? field->scaled(scale, offset) : std::nullopt;
}

/// The enhanced field when present, else the older 16-bit one.
std::optional<double> preferred(const MessageView& message, std::uint8_t enhanced,
                                std::uint8_t plain, double scale, double offset = 0.0)
{
    std::optional<double> value = scaledOf(message, enhanced, scale, offset);
    return value ? value : scaledOf(message, plain, scale, offset);
}

/// A date_time field (start_time, local_timestamp) in FIT seconds: a uint32 in the
/// profile. A damaged file may give the field a wider type; such values read as absent,
/// so that later arithmetic on times cannot overflow. Values below 0x10000000 (seconds
/// since power-on, FIT profile) are kept as they are, as Garmin's SDK does.
std::optional<std::int64_t> dateTimeOf(const MessageView& message, std::uint8_t number)
{
    constexpr std::int64_t kLastValid = 0xFFFFFFFE;
    const std::optional<std::int64_t> value = integerOf(message, number);
    return value && *value >= 0 && *value <= kLastValid ? value : std::nullopt;
}

/// A uint32 quantity of the profile (elapsed and timer time, distance), scaled; a
/// negative or wider value, which only a damaged file's field type can give, is absent.
std::optional<double> uint32ScaledOf(const MessageView& message, std::uint8_t number, double scale)
{
    const std::optional<double> value = scaledOf(message, number, scale);
    return value && *value >= 0.0 && *value <= 4294967295.0 / scale ? value : std::nullopt;
}

std::optional<std::int64_t> unixTime(std::optional<std::int64_t> fitTime)
{
    return fitTime ? std::optional<std::int64_t>(*fitTime + fit::kFitEpochUnixSeconds)
                   : std::nullopt;
}

std::optional<std::int64_t> messageTime(const MessageView& message)
{
    return message.timestamp() ? unixTime(*message.timestamp()) : std::nullopt;
}

[[gnu::noinline]] fit::SummaryMessage readSession(const MessageView& message)
{
    fit::SummaryMessage session;
    session.startTime = unixTime(dateTimeOf(message, 2));
    session.endTime = messageTime(message);
    session.elapsedSeconds = uint32ScaledOf(message, 7, 1000.0);
    session.timerSeconds = uint32ScaledOf(message, 8, 1000.0);
    session.distanceMetres = uint32ScaledOf(message, 9, 100.0);
    session.sport = integerOf(message, 5);
    session.subSport = integerOf(message, 6);
    session.avgSpeed = preferred(message, 124, 14, 1000.0);
    session.avgHeartRate = heartRateOf(message, 16);
    session.maxHeartRate = heartRateOf(message, 17);
    session.avgCadence = scaledOf(message, 18, 1.0);
    session.firstLapIndex = integerOf(message, 25);
    session.numLaps = integerOf(message, 26);
    return session;
}

std::optional<LapIntensity> intensityOf(std::optional<std::int64_t> value)
{
    if (!value || *value < 0 || *value > 6)
        return std::nullopt;
    static constexpr LapIntensity kIntensities[] = {LapIntensity::Active,   LapIntensity::Rest,
                                                    LapIntensity::WarmUp,   LapIntensity::CoolDown,
                                                    LapIntensity::Recovery, LapIntensity::Interval,
                                                    LapIntensity::Other};
    return kIntensities[*value];
}

[[gnu::noinline]] fit::SummaryMessage readLap(const MessageView& message)
{
    fit::SummaryMessage lap;
    lap.startTime = unixTime(dateTimeOf(message, 2));
    lap.endTime = messageTime(message);
    lap.elapsedSeconds = uint32ScaledOf(message, 7, 1000.0);
    lap.timerSeconds = uint32ScaledOf(message, 8, 1000.0);
    lap.distanceMetres = uint32ScaledOf(message, 9, 100.0);
    lap.avgSpeed = preferred(message, 110, 13, 1000.0);
    lap.avgHeartRate = heartRateOf(message, 15);
    lap.maxHeartRate = heartRateOf(message, 16);
    lap.avgCadence = scaledOf(message, 17, 1.0);
    if (const std::optional<double> fraction = scaledOf(message, 80, 128.0);
        lap.avgCadence && fraction)
        *lap.avgCadence += *fraction;
    lap.intensity = intensityOf(integerOf(message, 23));
    lap.sport = integerOf(message, 25);
    lap.subSport = integerOf(message, 39);
    return lap;
}

/// Sets `target` when the field is there and holds a valid value. The flag and the
/// value are written one by one on purpose: assigning the returned optional whole made
/// GCC rebuild it through the stack, a store-forwarding stall per field and record.
bool setScaled(std::optional<double>& target, const FieldView* field, double scale,
               double offset = 0.0)
{
    if (!field)
        return false;
    const std::optional<double> value = field->scaled(scale, offset);
    if (!value)
        return false;
    target.emplace(*value);
    return true;
}

/// The enhanced field when present, else the older 16-bit one (as preferred()).
void setPreferred(std::optional<double>& target, const MessageView& message, std::uint8_t enhanced,
                  std::uint8_t plain, double scale, double offset = 0.0)
{
    if (!setScaled(target, message.field(enhanced), scale, offset))
        setScaled(target, message.field(plain), scale, offset);
}

/// The record's latitude and longitude, in degrees, when both are there.
void readPosition(const MessageView& message, RecordedSample& sample)
{
    const FieldView* latitudeField = message.field(0);
    const FieldView* longitudeField = message.field(1);
    if (!latitudeField || !longitudeField)
        return;
    const std::optional<std::int64_t> latitude = latitudeField->integer();
    const std::optional<std::int64_t> longitude = longitudeField->integer();
    if (latitude && longitude) {
        sample.latitude.emplace(static_cast<double>(*latitude) * kDegreesPerSemicircle);
        sample.longitude.emplace(static_cast<double>(*longitude) * kDegreesPerSemicircle);
    }
}

/// Runs once per record (most of a file): the sample is built in place at the end of
/// the vector, and taken back when the record carries only its time.
void readRecord(const MessageView& message, fit::ActivityMessages& messages)
{
    ++messages.recordCount;
    const std::optional<std::uint32_t> time = message.timestamp();
    if (!time)
        return; // a sample needs a time; it still counts as a record
    RecordedSample& sample = messages.records.emplace_back();
    sample.utcSeconds = *time + fit::kFitEpochUnixSeconds;
    readPosition(message, sample);
    setPreferred(sample.altitude, message, 78, 2, 5.0, 500.0);
    if (const FieldView* heartRate = message.field(3)) {
        if (const std::optional<std::int64_t> value = heartRate->integer())
            sample.heartRate.emplace(static_cast<int>(*value));
    }
    setScaled(sample.cadence, message.field(4), 1.0);
    setScaled(sample.distanceMetres, message.field(5), 100.0);
    setPreferred(sample.speed, message, 73, 6, 1000.0);
    // A record that carries only its time (a watch marking the start) adds no sample.
    if (!(sample.latitude || sample.altitude || sample.heartRate || sample.cadence ||
          sample.distanceMetres || sample.speed))
        messages.records.pop_back();
}

[[gnu::noinline]] void readActivity(const MessageView& message, fit::ActivityMessages& messages)
{
    const std::optional<std::int64_t> utc = dateTimeOf(message, 253);
    const std::optional<std::int64_t> local = dateTimeOf(message, 5);
    if (!utc || !local)
        return;
    const std::int64_t offset = *local - *utc;
    if (std::llabs(offset) <= 18 * 3600) // beyond any real zone: a broken clock
        messages.utcOffsetSeconds = static_cast<int>(offset);
}

void collect(const MessageView& message, fit::ActivityMessages& messages)
{
    switch (message.globalNumber()) {
    case Record:
        readRecord(message, messages);
        break;
    case Lap:
        // Session, lap and the rest are rare; kept out of line (noinline above) so the
        // record path, run for nearly every message, stays small.
        messages.laps.push_back(readLap(message));
        break;
    case Session:
        if (++messages.sessionCount <= fit::kMaxSessionMessages)
            messages.sessions.push_back(readSession(message));
        break;
    case SportMessage:
        if (!messages.sport) {
            messages.sport = integerOf(message, 0);
            messages.subSport = integerOf(message, 1);
        }
        break;
    case Activity:
        readActivity(message, messages);
        break;
    case FileId:
        if (!messages.fileType)
            messages.fileType = integerOf(message, 0);
        break;
    default:
        break; // events, hrv, device info, developer descriptions: not needed
    }
}

} // namespace

QString FitReader::formatId() const
{
    return QStringLiteral("fit");
}

QString FitReader::displayName() const
{
    return QStringLiteral("FIT activity");
}

QStringList FitReader::fileNamePatterns() const
{
    return {QStringLiteral("*.fit")};
}

ReaderCapabilities FitReader::capabilities() const
{
    return ReaderCapability::Laps | ReaderCapability::Samples | ReaderCapability::HeartRate |
           ReaderCapability::Multisport;
}

bool FitReader::recognises(QByteArrayView head) const
{
    return head.size() >= 12 && (head[0] == 12 || head[0] == 14) &&
           head.sliced(8, 4) == QByteArrayView(".FIT");
}

Result<Recording> FitReader::read(QByteArrayView bytes, const QString& fileName) const
{
    fit::ActivityMessages messages;
    // Records take 12 to 25 bytes in common files (1 Hz runs with compressed or full
    // timestamps): reserving for one per 12 bytes avoids regrowing and copying the
    // samples; the pages past the last sample are never touched. Capped (2^21 samples,
    // a 24 MB file; days of 1 Hz data) so that a huge foreign file, checked only as it is
    // decoded, cannot ask for gigabytes up front and fail the allocation.
    constexpr std::size_t kMostReservedSamples = std::size_t(1) << 21;
    messages.records.reserve(
        std::min(static_cast<std::size_t>(bytes.size() / 12), kMostReservedSamples));
    const auto decoded = fit::decode(
        bytes, fileName, [&messages](const MessageView& message) { collect(message, messages); });
    if (!decoded)
        return decoded.error();
    if (messages.sessionCount > fit::kMaxSessionMessages)
        return Error{QStringLiteral("%1: the FIT file holds %2 session messages (at most %3 "
                                    "sport legs are read): the file is damaged")
                         .arg(fileName)
                         .arg(messages.sessionCount)
                         .arg(fit::kMaxSessionMessages)};
    if (messages.sessions.empty() && messages.laps.empty() && messages.records.empty())
        return Error{QStringLiteral("%1: the FIT file holds no activity (no session, lap or "
                                    "record with a time; file type %2)")
                         .arg(fileName, messages.fileType ? QString::number(*messages.fileType)
                                                          : QStringLiteral("not given"))};
    Recording recording;
    recording.format = formatId();
    recording.fileName = QFileInfo(fileName).fileName();
    recording.utcOffsetSeconds = messages.utcOffsetSeconds;
    recording.recordCount = messages.recordCount;
    recording.sessions = fit::buildSessions(std::move(messages));
    return recording;
}

} // namespace paceline
