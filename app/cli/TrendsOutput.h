#pragma once

#include "core/model/Athlete.h"
#include "core/model/Intensity.h"
#include "core/science/Trends.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <utility>

namespace paceline::cli {

/// One weekly trend with its least-squares slope (absent with fewer than 3 weeks).
struct Trend {
    std::vector<WeeklyValue> weeks;
    std::optional<double> slopePerWeek;
};

/// The RPE-at-pace trend and the pace band it was read in.
struct PaceTrend {
    PaceRange band;
    bool fromThresholdPace = false; ///< the athlete's T pace +-2 %, not --pace
    Trend trend;
};

/// What `paceline-cli trends` shows.
struct TrendsReport {
    std::optional<std::pair<QDate, QDate>> days; ///< absent for an empty log
    Sport sport = Sport::Run;
    QString templateName; ///< empty: every session
    EffortBand rpeBand;   ///< RPE by default; a heart-rate band with --hr
    Trend stability;
    Trend paceAtRpe;
    std::optional<PaceTrend> rpeAtPace;
    QStringList notes; ///< what was left out and why
};

QJsonObject trendsJson(const Athlete& athlete, const TrendsReport& report);
void printTrends(QTextStream& out, const Athlete& athlete, const TrendsReport& report);

} // namespace paceline::cli
