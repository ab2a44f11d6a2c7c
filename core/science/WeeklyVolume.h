#pragma once

#include "core/model/DailyLoad.h"

#include <QDate>

#include <optional>
#include <vector>

namespace paceline {

/// Days of running history Daniels' per-week volume limits are judged against.
inline constexpr int kWeeklyVolumeWindowDays = 28;
/// With less history than this the weekly distance is not known well enough to use.
inline constexpr int kWeeklyVolumeMinimumDays = 7;

/// The athlete's weekly running distance: the running in the last four weeks up to
/// `today` (or since `firstLoggedDay` when the log is younger), per seven days.
/// nullopt when the log covers less than a week or holds no running.
std::optional<Distance> weeklyRunningDistance(const std::vector<DailyLoad>& loads,
                                              QDate firstLoggedDay, QDate today);

} // namespace paceline
