#pragma once

// The synthetic recordings the benchmarks time, written with the project's own FIT
// Encoder (tests/import/FitActivityFixture.h), so every run decodes the same bytes.

#include "tests/import/FitActivityFixture.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace paceline::bench {

/// A 6-hour ride at 1 Hz: six 1-hour laps at 7.5 m/s with heart rate and GPS positions,
/// 21,600 records (gpsbabel, like most converters, keeps only points with a position).
inline QByteArray sixHourRecording()
{
    const QDateTime start(QDate(2026, 6, 1), QTime(6, 0), QTimeZone::utc());
    test::FitActivitySpec spec = test::runOf(test::evenLaps(6, 3600, 7.5, 140), start);
    spec.positions = true;
    return test::fitActivityFile(spec);
}

} // namespace paceline::bench
