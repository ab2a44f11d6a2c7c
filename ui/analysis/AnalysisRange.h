#pragma once

#include "core/model/EnumText.h"

#include <QDate>

namespace paceline {

/// How far back the Analysis screen looks, ending on its anchor day (usually today).
enum class AnalysisRange { FourWeeks, TwelveWeeks, SixMonths, OneYear, TwoYears, AllTime };

template <> struct EnumTraits<AnalysisRange> {
    static constexpr std::array<EnumEntry<AnalysisRange>, 6> entries{{
        {AnalysisRange::FourWeeks, "4w", QT_TRANSLATE_NOOP("paceline", "4 weeks")},
        {AnalysisRange::TwelveWeeks, "12w", QT_TRANSLATE_NOOP("paceline", "12 weeks")},
        {AnalysisRange::SixMonths, "6m", QT_TRANSLATE_NOOP("paceline", "6 months")},
        {AnalysisRange::OneYear, "1y", QT_TRANSLATE_NOOP("paceline", "1 year")},
        {AnalysisRange::TwoYears, "2y", QT_TRANSLATE_NOOP("paceline", "2 years")},
        {AnalysisRange::AllTime, "all", QT_TRANSLATE_NOOP("paceline", "All time")},
    }};
};

/// Six months: long enough to see a training block build and recover, short enough
/// that single weeks stay readable.
inline constexpr AnalysisRange kDefaultAnalysisRange = AnalysisRange::SixMonths;

/// The days the Analysis screen shows.
struct AnalysisDays {
    QDate first; ///< a week start
    QDate last;  ///< the anchor day
};

/// The day the charts end on: `today`, or the last logged day when that is later (a
/// log kept ahead of the calendar) or when nothing was logged in the range that would
/// end today (a log left alone a while still shows its last months, not blank weeks).
QDate analysisAnchor(AnalysisRange range, QDate today, QDate firstLogged, QDate lastLogged,
                     int weekStartsOn);

/// The whole weeks of `range` up to `anchor`, starting no earlier than the week of the
/// first logged day (empty weeks before the log began say nothing).
AnalysisDays analysisDays(AnalysisRange range, QDate anchor, QDate firstLogged, int weekStartsOn);

} // namespace paceline
