#pragma once

#include "LoadMeasures.h"
#include "core/model/DailyLoad.h"
#include "core/model/LoadFigures.h"
#include "core/model/Sport.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace paceline {

// Load over time (docs/formulas.md, "Load over time"): pure functions over one load
// per calendar day, oldest first, days without training 0. Callers pass the whole
// history from the athlete's first logged day, so every exponentially weighted figure
// starts the same way whatever range is shown, and trim the output to that range.

/// The figures of one day, all at the end of that day (its load included).
struct DayFigures {
    QDate day;
    double load = 0.0;
    double acute = 0.0;   ///< sum of the last 7 days' loads
    double chronic = 0.0; ///< sum of the last 28 days' loads / 4 (a mean week)
    /// acute / chronic (Hulin et al. 2016, coupled); absent before 28 days of history
    /// or with no chronic load.
    std::optional<double> acwrRolling;
    /// Williams et al. (2017): EWMA_d = load_d x l + (1 - l) x EWMA_(d-1), l = 2/(N+1),
    /// N = 7 and 28, both started at 0 the day before the first day.
    double acuteEwma = 0.0;
    double chronicEwma = 0.0;
    /// acuteEwma / chronicEwma; absent before 28 days of history or with no chronic.
    std::optional<double> acwrEwma;
    /// Banister's impulse-response with the Performance Manager's time constants (CTL,
    /// ATL): fitness_d = fitness_(d-1) x e^(-1/42) + load_d x (1 - e^(-1/42)); fatigue
    /// the same with 7; both 0 the day before the first day. TrainingPeaks' help writes
    /// the day's weight as 1/42 and 1/7 instead (docs/formulas.md). form = fitness -
    /// fatigue of the same day, which TrainingPeaks shows as the next day's TSB.
    double fitness = 0.0;
    double fatigue = 0.0;
    double form = 0.0;
    bool projected = false; ///< a planned day after the last logged one
};

/// Daily figures for the days from `firstDay` on, one per entry of `loads`. Negative
/// or non-finite loads (bad input) count as a day without training, as in loadRatios.
std::vector<DayFigures> dailyFigures(QDate firstDay, const std::vector<double>& loads);

/// The loads before a checkpoint that the figures from it depend on: the chronic
/// window (28 days), which is also the history the ratios need.
inline constexpr int kDaysBeforeCheckpoint = 28;

/// Where the daily figures stand at the start of `day`: the exponentially weighted
/// figures at the end of the day before. With the loads of the 28 days before `day` and
/// the number of days of history before it, that is all the figures from `day` on depend
/// on, so a chart of the last months of a long history can start there instead of on
/// the first logged day (the store keeps such checkpoints: SessionStore).
struct FigureCheckpoint {
    QDate day;
    double acuteEwma = 0.0;
    double chronicEwma = 0.0;
    double fitness = 0.0;
    double fatigue = 0.0;

    friend bool operator==(const FigureCheckpoint&, const FigureCheckpoint&) = default;
};

/// The checkpoint at the start of the day after `figures.day`.
FigureCheckpoint checkpointAfter(const DayFigures& figures);

/// dailyFigures for the days from `checkpoint.day` on, one per entry of `loads`, carried
/// on from the checkpoint: `recentLoads` are the loads of the days before it, oldest
/// first (the last 28 count), and `historyDays` the number of days of history before it
/// (the ratios need 28). Gives the same figures, to the bit, as dailyFigures over the
/// whole history gives for these days: the arithmetic is the same, step by step.
std::vector<DayFigures> dailyFigures(const FigureCheckpoint& checkpoint, std::size_t historyDays,
                                     const std::vector<double>& recentLoads,
                                     const std::vector<double>& loads);

/// The checkpoints at the start of each first day of a month from `first` to `last`
/// that `history` (consecutive days from dailyFigures) holds the day before of.
std::vector<FigureCheckpoint> monthlyCheckpoints(const std::vector<DayFigures>& history,
                                                 QDate first, QDate last);

/// Continues `history` (from dailyFigures) over planned loads, one per day after its
/// last day; the results are marked projected. Acute and chronic carry on too.
/// Returns only the projected days (none for an empty history, which has no last day).
std::vector<DayFigures> projectFigures(const std::vector<DayFigures>& history,
                                       const std::vector<double>& plannedLoads);

/// The figures of one calendar week.
struct WeekFigures {
    QDate weekStart;
    double load = 0.0; ///< sum of its days
    /// Foster (1998): mean daily load / population standard deviation of its 7 daily
    /// loads (rest days count as 0). Absent when the deviation is 0 (every day the same
    /// load, a week without training included): there is no variation to measure.
    std::optional<double> monotony;
    /// load x monotony; absent with monotony.
    std::optional<double> strain;
    std::map<Sport, double> loadBySport;
    /// The week's load split by intensity: each day's load shared out in proportion to
    /// that day's time per zone; days with no zone time count as E. A day's rows are
    /// shared one sport at a time, so a sport without zone time does not borrow
    /// another's zones.
    std::array<double, kLoadZoneCount> loadByZone{};
    ZoneSeconds zoneSeconds{}; ///< time per zone (intensity distribution)
};

/// Weeks starting on `weekStartsOn` (a Qt::DayOfWeek, 1 = Monday) that overlap
/// [first, last], each with all 7 of its days (days outside the data count as 0).
/// Negative or non-finite loads count as 0, as in dailyFigures.
/// `days` are the store's rows (any order, any sports).
std::vector<WeekFigures> weeklyFigures(const std::vector<DailyLoad>& days, QDate first, QDate last,
                                       LoadMeasure measure, int weekStartsOn = 1);

/// One load per day from `first` to `last`, summed over sports, in `measure`.
std::vector<double> dailyLoadVector(const std::vector<DailyLoad>& days, QDate first, QDate last,
                                    LoadMeasure measure);

/// The start of the week containing `day` (weeks starting on `weekStartsOn`, a
/// Qt::DayOfWeek; any other value means Monday).
QDate weekStartOf(QDate day, int weekStartsOn = 1);

} // namespace paceline
