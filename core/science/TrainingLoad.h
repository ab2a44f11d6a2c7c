#pragma once

#include "SessionEstimate.h"
#include "core/model/EnumText.h"
#include "core/model/Step.h"

#include <QDate>

#include <optional>
#include <vector>

namespace paceline {

class EffortModel;

/// How demanding a session is, from its content (docs/planner.md, "Hard, moderate,
/// easy"): the time it spends at T, I, R and the rotation's race and surge zones.
enum class Hardness { Easy, Moderate, Hard };

template <> struct EnumTraits<Hardness> {
    static constexpr std::array<EnumEntry<Hardness>, 3> entries{{
        {Hardness::Easy, "easy", QT_TRANSLATE_NOOP("paceline", "Easy")},
        {Hardness::Moderate, "moderate", QT_TRANSLATE_NOOP("paceline", "Moderate")},
        {Hardness::Hard, "hard", QT_TRANSLATE_NOOP("paceline", "Hard")},
    }};
};

/// What the planner and the week rules need to know about one planned session.
struct SessionLoad {
    Hardness hardness = Hardness::Easy;
    /// A long run or ride: heavy by its length even at an easy pace, so the day after
    /// it should not be hard (docs/planner.md gives the thresholds).
    bool longSession = false;
    Duration duration;
    /// Planned session-RPE load (estimated RPE x minutes), comparable with the logged
    /// sessions' RPE x minutes.
    double load = 0.0;
    Duration thresholdTime; ///< at T (and M, counted at half weight: docs/planner.md)
    Duration fastTime;      ///< at I, R and the rotation's race and surge zones
};

/// Classifies a planned session from its steps (estimateSession with `context`,
/// whose sport should be the session's).
SessionLoad sessionLoad(const StepTree& steps, const EstimateContext& context);
/// The same with a model already built (core/science/EffortModel.h), whose context's
/// sport is the session's: the week rules share one model among the sessions of a sport.
SessionLoad sessionLoadFor(const StepTree& steps, const EffortModel& model);

/// Load ratios over a run of daily loads (session-RPE load per calendar day, oldest
/// first, the last entry being the day the ratios are for; days without training 0).
struct LoadRatios {
    double acute = 0.0;   ///< sum of the last 7 days
    double chronic = 0.0; ///< mean weekly load over the last 28 days (sum / 4)
    /// acute / chronic (rolling averages, Hulin et al. 2016); absent without 28 days of
    /// history or with no chronic load.
    std::optional<double> acuteChronicRatio;
    /// Foster (1998): mean daily load of the last 7 days over its standard deviation;
    /// absent when every day had the same load (the deviation is 0).
    std::optional<double> monotony;
    /// Foster (1998): the week's load x monotony.
    std::optional<double> strain;
};

LoadRatios loadRatios(const std::vector<double>& dailyLoads);

} // namespace paceline
