#include "AnalysisRange.h"

#include "core/science/LoadSeries.h"

#include <algorithm>

namespace paceline {

namespace {

/// The first day `range` reaches back to from `anchor`, before aligning to a week.
/// "4 weeks" are this week (so far) and the three before it.
QDate reachBack(AnalysisRange range, QDate anchor, QDate firstLogged, int weekStartsOn)
{
    switch (range) {
    case AnalysisRange::FourWeeks:
        return weekStartOf(anchor, weekStartsOn).addDays(-7 * 3);
    case AnalysisRange::TwelveWeeks:
        return weekStartOf(anchor, weekStartsOn).addDays(-7 * 11);
    case AnalysisRange::SixMonths:
        return anchor.addMonths(-6).addDays(1);
    case AnalysisRange::OneYear:
        return anchor.addYears(-1).addDays(1);
    case AnalysisRange::TwoYears:
        return anchor.addYears(-2).addDays(1);
    case AnalysisRange::AllTime:
        return firstLogged;
    }
    return firstLogged;
}

} // namespace

QDate analysisAnchor(AnalysisRange range, QDate today, QDate firstLogged, QDate lastLogged,
                     int weekStartsOn)
{
    if (lastLogged >= today)
        return lastLogged;
    const AnalysisDays endingToday = analysisDays(range, today, firstLogged, weekStartsOn);
    return lastLogged < endingToday.first ? lastLogged : today;
}

AnalysisDays analysisDays(AnalysisRange range, QDate anchor, QDate firstLogged, int weekStartsOn)
{
    const QDate from = std::max(reachBack(range, anchor, firstLogged, weekStartsOn), firstLogged);
    return {weekStartOf(std::min(from, anchor), weekStartsOn), anchor};
}

} // namespace paceline
