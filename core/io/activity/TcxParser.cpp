#include "TcxParser.h"

#include "XmlReading.h"

#include <QByteArray>
#include <QXmlStreamReader>

#include <algorithm>

namespace paceline::tcx {

namespace {

using xml::localName;
using xml::parseNumber;

std::optional<LapIntensity> intensityFrom(QStringView text)
{
    if (text == QLatin1String("Active"))
        return LapIntensity::Active;
    if (text == QLatin1String("Resting"))
        return LapIntensity::Rest;
    return std::nullopt;
}

/// Walks the tree with readNextStartElement(): each read* function starts on its element's
/// start tag and returns after its end tag. Unknown elements are skipped whole, so the
/// recursion depth is fixed by the TCX structure, not by the file.
class Parser {
public:
    explicit Parser(QXmlStreamReader& reader) : m_reader(reader) {}

    ParsedDatabase take() { return std::move(m_database); }

    /// False when the root element is not TrainingCenterDatabase (or there is none).
    bool readDocument()
    {
        if (!m_reader.readNextStartElement())
            return false;
        if (localName(m_reader) != QLatin1String("TrainingCenterDatabase"))
            return false;
        while (m_reader.readNextStartElement()) {
            if (localName(m_reader) == QLatin1String("Activities"))
                readActivities();
            else
                m_reader.skipCurrentElement();
        }
        return true;
    }

private:
    bool at(const char* name) const { return localName(m_reader) == QLatin1String(name); }
    QString text() { return m_reader.readElementText(QXmlStreamReader::SkipChildElements); }
    std::optional<double> number() { return parseNumber(text()); }
    /// Times, distances, cadences and speeds: a negative one is a damaged field, read as
    /// absent rather than passed on as a negative lap or a backwards distance; so is one
    /// above a billion (31 years, a million km), finite but summing to infinity, where
    /// a time-weighted heart rate becomes NaN.
    std::optional<double> amount()
    {
        constexpr double kLargestAmount = 1e9;
        const auto value = number();
        return value && *value >= 0.0 && *value <= kLargestAmount ? value : std::nullopt;
    }

    void readActivities()
    {
        while (m_reader.readNextStartElement()) {
            if (at("Activity"))
                readActivity();
            else if (at("MultiSportSession"))
                readMultisport();
            else
                m_reader.skipCurrentElement();
        }
    }

    /// FirstSport and NextSport each hold one Activity; Id and unknown parts are skipped.
    void readMultisport()
    {
        while (m_reader.readNextStartElement()) {
            if (!at("FirstSport") && !at("NextSport")) {
                m_reader.skipCurrentElement();
                continue;
            }
            while (m_reader.readNextStartElement()) {
                if (at("Activity"))
                    readActivity();
                else
                    m_reader.skipCurrentElement();
            }
        }
    }

    void readActivity()
    {
        ParsedActivity activity;
        activity.sport = m_reader.attributes().value(QLatin1String("Sport")).trimmed().toString();
        m_activity = &activity;
        while (m_reader.readNextStartElement()) {
            if (at("Id"))
                activity.idMs = xml::parseIsoMilliseconds(text());
            else if (at("Lap"))
                readLap();
            else
                m_reader.skipCurrentElement();
        }
        m_database.activities.push_back(std::move(activity));
        m_activity = nullptr;
    }

    void readLap()
    {
        ParsedLap parsed;
        parsed.startMs =
            xml::parseIsoMilliseconds(m_reader.attributes().value(QLatin1String("StartTime")));
        if (parsed.startMs)
            parsed.lap.start = xml::utcDateTime(*parsed.startMs);
        RecordedLap& lap = parsed.lap;
        while (m_reader.readNextStartElement()) {
            if (at("TotalTimeSeconds"))
                lap.timerSeconds = amount();
            else if (at("DistanceMeters"))
                lap.distanceMetres = amount();
            else if (at("AverageHeartRateBpm"))
                lap.avgHeartRate = xml::plausibleHeartRate(valueChild());
            else if (at("MaximumHeartRateBpm"))
                lap.maxHeartRate = xml::plausibleHeartRate(valueChild());
            else if (at("Cadence"))
                lap.avgCadence = amount();
            else if (at("Intensity"))
                lap.intensity = intensityFrom(text().trimmed());
            else if (at("Track"))
                readTrack(parsed);
            else if (at("Extensions"))
                readLapExtensions(lap);
            else
                m_reader.skipCurrentElement();
        }
        m_activity->laps.push_back(std::move(parsed));
    }

    /// The number in a heart-rate element's Value child.
    std::optional<double> valueChild()
    {
        std::optional<double> value;
        while (m_reader.readNextStartElement()) {
            if (at("Value"))
                value = number();
            else
                m_reader.skipCurrentElement();
        }
        return value;
    }

    /// ActivityExtension's LX: AvgSpeed (m/s) and AvgRunCadence, at any depth.
    void readLapExtensions(RecordedLap& lap)
    {
        forEachDescendant([&](QStringView name) {
            if (name == QLatin1String("AvgSpeed"))
                lap.avgSpeed = amount();
            else if (name == QLatin1String("AvgRunCadence") && !lap.avgCadence)
                lap.avgCadence = amount();
            else
                return false;
            return true;
        });
    }

    void readTrack(ParsedLap& lap)
    {
        while (m_reader.readNextStartElement()) {
            if (at("Trackpoint"))
                readTrackpoint(lap);
            else
                m_reader.skipCurrentElement();
        }
    }

    void readTrackpoint(ParsedLap& lap)
    {
        ++m_database.trackpointCount;
        RecordedSample sample;
        std::optional<std::int64_t> timeMs;
        // Trackpoint children are leaves or one level deep (Position, HeartRateBpm,
        // Extensions/TPX), and their local names do not repeat, so the depth is not needed.
        forEachDescendant([&](QStringView name) {
            if (name == QLatin1String("Time"))
                timeMs = xml::parseIsoMilliseconds(text());
            else if (name == QLatin1String("DistanceMeters"))
                sample.distanceMetres = amount();
            else if (name == QLatin1String("Value"))
                sample.heartRate = xml::plausibleHeartRate(number());
            else if (name == QLatin1String("Cadence") || name == QLatin1String("RunCadence")) {
                const auto cadence = amount(); // reads the text either way
                sample.cadence = sample.cadence ? sample.cadence : cadence;
            } else if (name == QLatin1String("LatitudeDegrees"))
                sample.latitude = number();
            else if (name == QLatin1String("LongitudeDegrees"))
                sample.longitude = number();
            else if (name == QLatin1String("AltitudeMeters"))
                sample.altitude = number();
            else if (name == QLatin1String("Speed"))
                sample.speed = amount();
            else
                return false;
            return true;
        });
        if (sample.latitude && sample.longitude)
            m_activity->hasPosition = true;
        if (!timeMs)
            return; // counted, but a sample needs a time
        sample.utcSeconds = *timeMs >= 0 ? *timeMs / 1000 : (*timeMs - 999) / 1000;
        lap.lastPointMs = lap.lastPointMs ? std::max(*lap.lastPointMs, *timeMs) : *timeMs;
        m_activity->samples.push_back(sample);
    }

    /// Calls `take(localName)` on every element inside the current one; `take` returns
    /// true when it read the element's text (which consumed its end tag).
    template <typename Take> void forEachDescendant(Take take)
    {
        int depth = 0;
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (!take(localName(m_reader)))
                    ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    return;
                --depth;
            }
        }
    }

    QXmlStreamReader& m_reader;
    ParsedDatabase m_database;
    ParsedActivity* m_activity = nullptr;
};

} // namespace

Result<ParsedDatabase> parseTcx(QByteArrayView bytes, const QString& fileName)
{
    return xml::parseXmlFile<Parser>(bytes, fileName, "TCX", "TrainingCenterDatabase");
}

} // namespace paceline::tcx
