#pragma once

// Recordings built by hand for the conversion tests, so they need no reader.

#include "core/import/Conversion.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace paceline::test {

/// 07:00 UTC on 14 March 2026, the start the builders use unless told otherwise.
inline const QDateTime kRecordingStart(QDate(2026, 3, 14), QTime(7, 0), QTimeZone::utc());

/// A lap with the same timer and elapsed time.
RecordedLap lapOf(double seconds, double metres, std::optional<int> heartRate = std::nullopt);

/// A leg whose totals are its laps' sums, as a watch writes them.
RecordedSession legOf(Sport sport, const QString& sportName, std::vector<RecordedLap> laps,
                      const QDateTime& start = kRecordingStart);

/// A FIT recording of these legs with this UTC offset (none when nullopt).
Recording recordingOf(std::vector<RecordedSession> legs, std::optional<int> offset = 0,
                      const QString& fileName = QStringLiteral("morning.fit"));

/// A context for athlete id 7 (with `athlete`'s race and so on), in UTC.
ConversionContext contextFor(Athlete athlete = {});

} // namespace paceline::test
