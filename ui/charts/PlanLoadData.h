#pragma once

#include "core/model/DailyLoad.h"
#include "core/model/PlanDay.h"
#include "core/science/TrainingLoad.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace paceline {

/// One calendar week's load, from its first day.
struct WeekLoad {
    QDate weekStart;
    double load = 0.0;

    friend bool operator==(const WeekLoad&, const WeekLoad&) = default;
};

/// What the planner's load chart draws: the shown week's planned load per day and in
/// total, against the logged (actual) load of the four weeks before it.
struct PlanLoadData {
    QDate first;                       ///< the shown week's first day
    std::vector<double> plannedPerDay; ///< 7 entries, session-RPE load planned per day
    double plannedTotal = 0.0;
    std::vector<WeekLoad> previousWeeks; ///< 4 entries, oldest first: logged load
    /// The planned total against the week just before it, in %; absent when nothing
    /// was logged then (a change from zero means nothing).
    std::optional<double> changePercent;
};

inline constexpr int kComparedWeeks = 4;

/// Planned load per day comes from `loads` (sessionLoad of each planned session, as
/// PlanWeekModel::loads() has them) over the sessions of `days` that fall in the week
/// from `first`; `logged` are the store's daily loads (any sports, any days: those
/// outside the four weeks before `first` are ignored).
PlanLoadData planLoadData(QDate first, const std::vector<PlanDay>& days,
                          const std::map<PlannedSessionId, SessionLoad>& loads,
                          const std::vector<DailyLoad>& logged);

/// "Planned 2,140, +8 % on last week's 1,980 actual" (or without the comparison when
/// nothing was logged last week).
QString planLoadSummary(const PlanLoadData& data);

} // namespace paceline
