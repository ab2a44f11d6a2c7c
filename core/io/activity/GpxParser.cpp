#include "GpxParser.h"

#include "XmlReading.h"

#include <QByteArray>
#include <QXmlStreamReader>

namespace paceline::gpx {

namespace {

using xml::localName;

/// Walks gpx/trk/trkseg/trkpt; each read* function starts on its element's start tag and
/// returns after its end tag, and unknown elements are skipped whole.
class Parser {
public:
    explicit Parser(QXmlStreamReader& reader) : m_reader(reader) {}

    ParsedGpx take() { return std::move(m_gpx); }

    /// False when the root element is not gpx (or there is none).
    bool readDocument()
    {
        if (!m_reader.readNextStartElement() || !at("gpx"))
            return false;
        while (m_reader.readNextStartElement()) {
            if (at("trk"))
                readTrack();
            else
                m_reader.skipCurrentElement();
        }
        return true;
    }

private:
    bool at(const char* name) const { return localName(m_reader) == QLatin1String(name); }
    QString text() { return m_reader.readElementText(QXmlStreamReader::SkipChildElements); }
    std::optional<double> number() { return xml::parseNumber(text()); }

    void readTrack()
    {
        const bool firstTrack = !m_seenTrack;
        m_seenTrack = true;
        while (m_reader.readNextStartElement()) {
            if (at("type") && firstTrack)
                m_gpx.firstTrackType = text().trimmed();
            else if (at("trkseg"))
                readSegment();
            else
                m_reader.skipCurrentElement();
        }
    }

    void readSegment()
    {
        m_gpx.segments.emplace_back();
        while (m_reader.readNextStartElement()) {
            if (at("trkpt"))
                readPoint();
            else
                m_reader.skipCurrentElement();
        }
    }

    void readPoint()
    {
        ++m_gpx.pointCount;
        ParsedPoint point;
        const QXmlStreamAttributes attributes = m_reader.attributes();
        point.latitude = xml::parseNumber(attributes.value(QLatin1String("lat")));
        point.longitude = xml::parseNumber(attributes.value(QLatin1String("lon")));
        // A position off the globe (lat 1000) is a damaged point: it would add an
        // arbitrary distance, so the point counts as one without a position.
        if (!within(point.latitude, 90.0) || !within(point.longitude, 180.0)) {
            point.latitude.reset();
            point.longitude.reset();
        }
        readPointChildren(point);
        m_gpx.segments.back().push_back(point);
    }

    /// ele and time are children of trkpt; hr, cad and speed sit in extensions under any
    /// prefix (gpxtpx:TrackPointExtension, ns3:..., gpxdata:...), so they are matched by
    /// local name at any depth, the first one found winning.
    void readPointChildren(ParsedPoint& point)
    {
        int depth = 0;
        while (!m_reader.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (depth-- == 0)
                    return;
            } else if (token == QXmlStreamReader::StartElement) {
                if (std::optional<double>* field = fieldFor(point, localName(m_reader))) {
                    const auto value = number(); // consumes the end tag
                    if (!*field)
                        *field = value;
                } else if (at("time")) {
                    if (!point.timeMs)
                        point.timeMs = xml::parseIsoMilliseconds(text());
                    else
                        m_reader.skipCurrentElement();
                } else {
                    ++depth;
                }
            }
        }
    }

    static bool within(const std::optional<double>& degrees, double limit)
    {
        return degrees && *degrees >= -limit && *degrees <= limit;
    }

    static std::optional<double>* fieldFor(ParsedPoint& point, QStringView name)
    {
        if (name == QLatin1String("ele"))
            return &point.elevation;
        if (name == QLatin1String("hr") || name == QLatin1String("heartrate"))
            return &point.heartRate;
        if (name == QLatin1String("cad") || name == QLatin1String("cadence"))
            return &point.cadence;
        if (name == QLatin1String("speed"))
            return &point.speed;
        return nullptr;
    }

    QXmlStreamReader& m_reader;
    ParsedGpx m_gpx;
    bool m_seenTrack = false;
};

} // namespace

Result<ParsedGpx> parseGpx(QByteArrayView bytes, const QString& fileName)
{
    return xml::parseXmlFile<Parser>(bytes, fileName, "GPX", "gpx");
}

} // namespace paceline::gpx
