#pragma once

// A small log with hand-computable loads for the Analysis screen's tests.

#include "UiTestSupport.h"
#include "core/model/Id.h"

#include <QDate>

#include <memory>

class QPalette;

namespace paceline {
class LogDocument;
} // namespace paceline

namespace paceline::test {

/// Wednesday 25 November 2026: the Analysis tests' today.
inline const QDate kAnalysisToday(2026, 11, 25);
inline const QDate kWeekOf2Nov(2026, 11, 2);
inline const QDate kWeekOf9Nov(2026, 11, 9);
inline const QDate kWeekOf16Nov(2026, 11, 16);
inline const QDate kWeekOf23Nov(2026, 11, 23);

/// One athlete, Ana (female, resting heart rate 60, maximum 200), with these workouts;
/// session-RPE load is RPE x minutes:
///
///   Mon  5 Oct  run  60 min RPE 5   300 AU   week of 5 Oct: 300
///   Mon  2 Nov  run  50 min RPE 3   150 AU   week of 2 Nov: 710
///   Wed  4 Nov  run  60 min RPE 6   360 AU
///   Sat  7 Nov  run  40 min RPE 5   200 AU
///   Tue 10 Nov  run  45 min RPE 4   180 AU   week of 9 Nov: 630
///   Sun 15 Nov  run  90 min RPE 5   450 AU
///   Thu 19 Nov  bike 30 min RPE 7   210 AU   week of 16 Nov: 210, TRIMP 48.53 (150 bpm)
///   Mon 23 Nov  run  50 min RPE 6   300 AU   week of 23 Nov: 300
///   Mon 23 Nov  run  20 min RPE 3    60 AU   (a second run: 360 AU that week in all)
///
/// Only the ride has a heart rate: docs/formulas.md's worked example, 30 min at 150 bpm
/// with HRrest 60 and HRmax 200, gives a woman's TRIMP of 48.53.
struct AnalysisLog {
    AnalysisLog();

    TempStore temp;
    std::unique_ptr<LogDocument> document;
    AthleteId athlete;
    LoggedSessionId ride;
};

/// A dark palette: near-black base, light text.
QPalette darkPalette();

} // namespace paceline::test
