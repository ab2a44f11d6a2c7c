#pragma once

#include "Recording.h"
#include "core/model/Result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace paceline::tcx {

/// One Lap element as written, before the activity's figures are derived from it.
struct ParsedLap {
    RecordedLap lap; ///< start, timer, distance, heart rates, cadence, speed, intensity
    std::optional<std::int64_t> startMs;     ///< StartTime, ms since 1970 UTC
    std::optional<std::int64_t> lastPointMs; ///< the latest Trackpoint Time in the lap
};

/// One Activity element (alone or inside a MultiSportSession).
struct ParsedActivity {
    QString sport; ///< the Sport attribute as written ("Running", "Biking", "Other")
    std::optional<std::int64_t> idMs; ///< Id, which Garmin sets to the start time
    std::vector<ParsedLap> laps;
    std::vector<RecordedSample> samples; ///< the trackpoints that have a Time
    bool hasPosition = false;            ///< some trackpoint has latitude and longitude
};

struct ParsedDatabase {
    std::vector<ParsedActivity> activities;
    int trackpointCount = 0; ///< all Trackpoints, with or without Time
};

/// Reads the TrainingCenterDatabase's activities with QXmlStreamReader, by local name.
/// Errors: "<file>: line L, column C: ..." for XML errors, a plain message when the root
/// is not TrainingCenterDatabase.
Result<ParsedDatabase> parseTcx(QByteArrayView bytes, const QString& fileName);

} // namespace paceline::tcx
