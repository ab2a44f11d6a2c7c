#pragma once

#include "WeekAdvisor.h"
#include "core/model/LoggedSession.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace paceline {

/// One sign of accumulating fatigue in the log, with the number that crossed its
/// documented threshold (docs/planner.md, "Fatigue").
struct FatigueSignal {
    QString id;      ///< stable, e.g. "fatigue.acwr", "fatigue.monotony", "fatigue.rpe-rising",
                     ///< "fatigue.wellness"
    QString message; ///< plain words with the figures: "Acute:chronic load 1.62 (above 1.5)"
    double value = 0.0;
    double threshold = 0.0;
};

/// What the fatigue signals are read from. Pure data: the caller reads it from the log.
struct FatigueInput {
    QDate today;
    /// Logged session-RPE load per day for the 28 days up to and including `today`,
    /// oldest first.
    std::vector<double> dailyLoad;
    /// Logged sessions of the last 28 days with their reps, oldest first.
    std::vector<LoggedSession> recentSessions;
};

std::vector<FatigueSignal> fatigueSignals(const FatigueInput& input);

/// What the planner proposes for the next hard day when fatigue shows: each option is
/// a fix applied as one undoable edit.
struct FatigueProposal {
    PlannedSessionId session;
    QDate day;
    std::vector<FatigueSignal> triggers;
    QString message; ///< which signals, and why this day
    /// Swap it for a steady run; swap it for cross-training; shorten its hard blocks
    /// keeping their intensity (shortenHardBlocks).
    std::vector<WeekFix> options;
};

/// Nothing when `fatigue` is empty or there is no hard session in `upcoming` (days from
/// today on, oldest first).
std::optional<FatigueProposal> proposeFatigueAdjustment(const std::vector<FatigueSignal>& fatigue,
                                                        const std::vector<PlanDay>& upcoming,
                                                        const EstimateContext& estimate);

/// The session with its hard work cut to about `keep` of its volume (repeat counts
/// and continuous blocks reduced, at least one rep kept), intensity unchanged;
/// warm-up, recoveries and cool-down stay.
StepTree shortenHardBlocks(const StepTree& steps, double keep = 2.0 / 3.0);

} // namespace paceline
