#pragma once

#include "Result.h"
#include "Units.h"

#include <QString>
#include <QStringView>

namespace paceline {

/// Reads a duration the way people type one: `92.4` (seconds), `1:32`, `1:32.4`,
/// `0:01:32` or `1:05:09`. Minutes and seconds after a colon must be below 60.
/// The error names the text that was not understood.
Result<Duration> parseDuration(QStringView text);

/// `1:32`, `19:57` or `1:05:09`; with `decimals` > 0 seconds keep that many decimals
/// (`1:32.4`). Negative durations get a leading minus.
QString formatDuration(Duration duration, int decimals = 0);

/// `4:15/km` or `6:50/mi`; `-` for a speed of zero.
QString formatPace(Speed speed, UnitSystem units);

/// `12.35 km` or `7.67 mi`, with `decimals` decimals.
QString formatDistance(Distance distance, UnitSystem units, int decimals = 2);

/// Appends `value` in decimal digits (a minus first when negative), zero-padded to
/// `width` digits: what QString::arg(value, width, 10, '0') gives, without the pattern
/// scan and the temporaries (the advisor writes many of these).
void appendInteger(QString& text, qint64 value, int width = 0);

} // namespace paceline
