#pragma once

// What every fuzz target checks besides "no crash, no leak, no undefined behaviour":
// a reader gives either a value or an error that says something, and a value that
// went through the project's writer reads back. A broken check aborts, so libFuzzer
// keeps the input as a crash and prints the reason first.

#include "core/io/activity/ActivityReader.h"

#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace paceline::fuzz {

[[noreturn]] inline void fail(const char* check, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", check, qPrintable(detail));
    std::abort();
}

inline void require(bool holds, const char* check, const QString& detail = {})
{
    if (!holds)
        fail(check, detail);
}

/// The bytes libFuzzer hands over, without a copy (valid during the call only).
inline QByteArrayView bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// An error must say what was wrong; activity readers also name the file.
template <typename R> void requireUsefulError(const R& result, const QString& fileName = {})
{
    if (result.ok())
        return;
    require(!result.errorMessage().trimmed().isEmpty(), "an error has a message");
    if (!fileName.isEmpty())
        require(result.errorMessage().contains(fileName), "an error names the file",
                result.errorMessage());
}

inline bool finite(const std::optional<double>& value)
{
    return !value || std::isfinite(*value);
}

/// No NaN or infinity reaches the import from any reader: it would be stored as is.
inline void requireFiniteFigures(const Recording& recording)
{
    for (const RecordedSession& session : recording.sessions) {
        require(finite(session.elapsedSeconds) && finite(session.timerSeconds) &&
                    finite(session.distanceMetres) && finite(session.sessionRpe),
                "session figures are finite");
        for (const RecordedLap& lap : session.laps)
            require(finite(lap.elapsedSeconds) && finite(lap.timerSeconds) &&
                        finite(lap.distanceMetres) && finite(lap.avgCadence) &&
                        finite(lap.avgSpeed) && finite(lap.rpe),
                    "lap figures are finite");
        for (const RecordedSample& sample : session.samples)
            require(finite(sample.distanceMetres) && finite(sample.speed) &&
                        finite(sample.cadence) && finite(sample.latitude) &&
                        finite(sample.longitude) && finite(sample.altitude),
                    "sample figures are finite");
    }
}

/// One read through an activity reader with every check; `recognises` sees the head
/// as readActivityFile would give it.
inline void readActivity(const ActivityReader& reader, QByteArrayView bytes,
                         const QString& fileName)
{
    (void)reader.recognises(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    const Result<Recording> recording = reader.read(bytes, fileName);
    requireUsefulError(recording, fileName);
    if (recording.ok())
        requireFiniteFigures(*recording);
}

} // namespace paceline::fuzz
