#pragma once

// Small FIT activity files written with the project's own FIT Encoder, from a plain
// description: for import tests and for the benchmarks (a season of synthetic runs).
// Needs only paceline_io and QtCore (no GoogleTest), so benchmarks can link it.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace paceline::test {

/// FIT's sport numbers (profile "sport" type).
enum class FitSport { Generic = 0, Running = 1, Cycling = 2, Transition = 3, Swimming = 5 };

/// FIT's lap intensity numbers (profile "intensity" type).
enum class FitIntensity { Active = 0, Rest = 1, WarmUp = 2, CoolDown = 3, Recovery = 4 };

struct FitLapSpec {
    int seconds = 60;                ///< timer and elapsed time; one record per second
    double metres = 200.0;           ///< covered at an even speed
    std::optional<int> heartRate{};  ///< every record's heart rate; the lap's average and max
    std::optional<double> cadence{}; ///< steps (or revolutions) per minute, on the lap
    std::optional<FitIntensity> intensity{};
    std::optional<int> maxHeartRate{}; ///< the lap's max; `heartRate` when not given
};

struct FitLegSpec {
    FitSport sport = FitSport::Running;
    std::vector<FitLapSpec> laps{};
};

struct FitActivitySpec {
    QDateTime startUtc = QDateTime(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc());
    /// activity.local_timestamp - timestamp; none writes no local_timestamp.
    std::optional<int> utcOffsetSeconds{};
    bool records = true; ///< 1 Hz records through every lap
    /// Records carry a GPS position (heading north from 46 N 14 E along the distance), as
    /// a watch outdoors writes them; converters such as gpsbabel keep only such points.
    bool positions = false;
    std::vector<FitLegSpec> legs{}; ///< back to back: a session message each
};

/// `count` laps of `secondsEach` s at `metresPerSecond`, with `heartRate` when given.
std::vector<FitLapSpec> evenLaps(int count, int secondsEach, double metresPerSecond,
                                 std::optional<int> heartRate = std::nullopt);

/// A one-leg run from laps.
FitActivitySpec runOf(std::vector<FitLapSpec> laps, const QDateTime& startUtc);

/// file_id (activity), then per leg its records, laps and session, then activity.
QByteArray fitActivityFile(const FitActivitySpec& spec);

/// Writes `bytes` to `path`; false when it cannot.
bool writeBytes(const QString& path, const QByteArray& bytes);

/// The file's bytes; empty when it cannot be read.
QByteArray readBytes(const QString& path);

} // namespace paceline::test
