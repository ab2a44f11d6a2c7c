#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/Sport.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace paceline {

/// How a watch marked a lap (FIT lap.intensity; TCX Intensity Active/Resting).
enum class LapIntensity { Active, Rest, WarmUp, CoolDown, Recovery, Interval, Other };

/// One lap as the file holds it. Every figure is optional: files leave fields out or
/// mark them invalid, and a missing value is never guessed here.
struct RecordedLap {
    QDateTime start; ///< UTC
    std::optional<double> elapsedSeconds;
    std::optional<double> timerSeconds;
    std::optional<double> distanceMetres;
    std::optional<int> avgHeartRate;
    std::optional<int> maxHeartRate;
    /// Steps (running: both feet) or revolutions per minute; FIT's running cadence is
    /// per foot and is doubled when read.
    std::optional<double> avgCadence;
    std::optional<double> avgSpeed; ///< m/s, as recorded (FIT enhanced speed preferred)
    std::optional<LapIntensity> intensity;

    // Set only by readers of Paceline's own CSV (the exported reps): what the athlete
    // logged, which the import keeps instead of deciding it from pace.
    std::optional<RepKind> kind;
    std::optional<double> rpe;
    QString notes;
};

/// One point of the track or of the recording's 1 Hz (or smart) samples.
struct RecordedSample {
    std::int64_t utcSeconds = 0; ///< Unix time
    std::optional<double> distanceMetres; ///< cumulative, as recorded
    std::optional<int> heartRate;
    std::optional<double> speed; ///< m/s
    std::optional<double> cadence;
    std::optional<double> latitude;  ///< degrees
    std::optional<double> longitude; ///< degrees
    std::optional<double> altitude;  ///< metres
};

/// One sport leg of a recording: a whole run, or the swim, bike or run of a triathlon.
struct RecordedSession {
    /// The file's own sport name, lower case, in FIT's words: "running", "cycling",
    /// "swimming", "transition", "generic", ... (TCX "Biking" reads as "cycling").
    QString sportName;
    /// Paceline's sport for it; nullopt for transitions and sports Paceline does not
    /// log (the import skips those legs and says so).
    std::optional<Sport> sport;
    QDateTime start; ///< UTC
    /// This leg's offset from UTC, when known for it alone (each row of Paceline's CSV
    /// has its own); it wins over Recording::utcOffsetSeconds.
    std::optional<int> utcOffsetSeconds;
    std::optional<double> elapsedSeconds;
    std::optional<double> timerSeconds;
    std::optional<double> distanceMetres;
    std::optional<int> avgHeartRate;
    std::optional<int> maxHeartRate;
    std::vector<RecordedLap> laps;       ///< as in the file; empty when it has none
    std::vector<RecordedSample> samples; ///< the records that fall in this leg, in order

    // Set only by the CSV reader (Paceline's own sessions export).
    QString title;
    std::optional<double> sessionRpe;
    QString notes;
};

/// What one file holds, before it becomes logged sessions.
struct Recording {
    QString format;   ///< "fit", "tcx", "gpx" or "csv"
    QString fileName; ///< without the folder, for messages
    /// The local time's offset from UTC when it was recorded, when the file says
    /// (FIT activity.local_timestamp); otherwise the import uses the computer's zone.
    std::optional<int> utcOffsetSeconds;
    /// All record messages (FIT), trackpoints (TCX) or track points (GPX) in the file,
    /// including those outside any session.
    int recordCount = 0;
    std::vector<RecordedSession> sessions;
};

} // namespace paceline
