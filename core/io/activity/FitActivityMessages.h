#pragma once

// The messages of a FIT activity that the reader keeps, as plain values, between
// decoding and assembling the Recording (FitReader.cpp collects, FitRecordingBuilder
// assembles).

#include "Recording.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace paceline::fit {

/// What a session (18) or lap (19) message holds; times are Unix seconds.
struct SummaryMessage {
    std::optional<std::int64_t> startTime; ///< start_time (2)
    std::optional<std::int64_t> endTime;   ///< timestamp (253)
    std::optional<double> elapsedSeconds;
    std::optional<double> timerSeconds;
    std::optional<double> distanceMetres;
    std::optional<int> avgHeartRate;
    std::optional<int> maxHeartRate;
    std::optional<double> avgCadence; ///< as recorded (per foot for running)
    std::optional<double> avgSpeed;
    std::optional<std::int64_t> sport;
    std::optional<std::int64_t> subSport;
    std::optional<LapIntensity> intensity;     ///< laps only
    std::optional<std::int64_t> firstLapIndex; ///< sessions only
    std::optional<std::int64_t> numLaps;       ///< sessions only

    /// start_time, else the end less the elapsed time, else the end.
    std::optional<std::int64_t> start() const;
    /// Whether the timestamp is the end: not when it is at or before start_time while
    /// the elapsed time is positive (summaries written at the start carry the start's).
    bool endTimeTrusted() const;
    /// The timestamp when trusted, else start + elapsed time.
    std::optional<std::int64_t> end() const;
    /// Where the span the summary covers begins: the earlier of start_time and
    /// timestamp - elapsed (some watches write a start_time after the first records).
    std::optional<std::int64_t> spanStart() const;
};

/// The most session messages a file may hold: multisport files have a handful of legs,
/// and a damaged file's thousands of one-byte session messages would otherwise cost
/// memory and time (laps and records are matched to every leg) out of all proportion.
inline constexpr int kMaxSessionMessages = 256;

struct ActivityMessages {
    std::vector<SummaryMessage> sessions; ///< the first kMaxSessionMessages
    int sessionCount = 0;                 ///< every session message
    std::vector<SummaryMessage> laps;
    std::vector<RecordedSample> records; ///< those with a time and a value, in file order
    int recordCount = 0;                 ///< every record message
    std::optional<std::int64_t> sport;   ///< the first sport (12) message's
    std::optional<std::int64_t> subSport;
    std::optional<int> utcOffsetSeconds;  ///< activity local_timestamp - timestamp
    std::optional<std::int64_t> fileType; ///< file_id type
};

/// The Recording's sessions from the collected messages (see FitReader.h for the
/// rules); the records are moved into the sessions' samples.
std::vector<RecordedSession> buildSessions(ActivityMessages&& messages);

} // namespace paceline::fit
