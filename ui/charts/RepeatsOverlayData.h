#pragma once

#include "SplitsData.h"
#include "core/model/AnalysisSamples.h"

#include <QColor>
#include <QDate>
#include <QString>

#include <vector>

namespace paceline {

/// One repeat of a template as the overlay draws it: its work reps in order.
struct RepeatLine {
    LoggedSessionId session;
    QDate day;
    QString title;
    std::vector<SplitPoint> reps; ///< work reps with a distance and a time, numbered from 1
};

/// The repeats (oldest first) that have at least one charted rep, oldest first.
std::vector<RepeatLine> repeatLines(const std::vector<TemplateRepeat>& repeats);

/// Line `index` of `count` (0 oldest): the newest is the strongest and thickest, the
/// older fade, so the eye goes to the latest run first.
QColor repeatColor(const QColor& base, int index, int count);
double repeatPenWidth(int index, int count);

/// "12 Mar 2025: 6 × 1 km", then "Rep 3: 1 km in 3:45", pace, RPE and heart rate.
QString repeatToolTip(const RepeatLine& line, const SplitPoint& rep, UnitSystem units);

/// The mean pace of the line's reps (seconds per km or mile), as one figure to compare.
double meanPaceSeconds(const RepeatLine& line, UnitSystem units);

/// How the newest repeat compares with the oldest shown: "Newest (12 Mar): reps
/// averaged 3:45/km, 4 s/km faster than on 5 Jan." Empty with fewer than two.
QString repeatsReading(const std::vector<RepeatLine>& lines, UnitSystem units);

} // namespace paceline
