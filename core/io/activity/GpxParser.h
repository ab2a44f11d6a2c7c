#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace paceline::gpx {

/// One trkpt as written.
struct ParsedPoint {
    std::optional<double> latitude;     ///< lat attribute, degrees
    std::optional<double> longitude;    ///< lon attribute, degrees
    std::optional<std::int64_t> timeMs; ///< time, ms since 1970 UTC
    std::optional<double> elevation;    ///< ele, metres
    std::optional<double> heartRate;    ///< extensions: hr (Garmin) or heartrate
    std::optional<double> cadence;      ///< extensions: cad (Garmin) or cadence
    std::optional<double> speed;        ///< extensions: speed, m/s
};

struct ParsedGpx {
    QString firstTrackType;                         ///< the first trk's type, trimmed, as written
    std::vector<std::vector<ParsedPoint>> segments; ///< every trkseg of every trk, in order
    int pointCount = 0;
};

/// Reads gpx/trk/trkseg/trkpt with QXmlStreamReader, by local name (routes and waypoints
/// are not activities and are skipped). Errors: "<file>: line L, column C: ..." for XML
/// errors, a plain message when the root is not gpx.
Result<ParsedGpx> parseGpx(QByteArrayView bytes, const QString& fileName);

} // namespace paceline::gpx
