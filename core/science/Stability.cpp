#include "Stability.h"

namespace paceline {

// STUB: replaced by the real figures (issue 4).
std::vector<std::optional<PaceRange>> targetBands(const std::vector<Rep>& reps, const StepTree&,
                                                  const std::optional<TrainingPaces>&)
{
    return std::vector<std::optional<PaceRange>>(reps.size());
}

PaceStability computeStability(const std::vector<Rep>&,
                               const std::vector<std::optional<PaceRange>>&)
{
    return {};
}

std::optional<TrainingPaces> athletePaces(const Athlete&)
{
    return std::nullopt;
}

PaceStability sessionStability(const LoggedSession& session, const StepTree& plannedSteps,
                               const std::optional<TrainingPaces>& paces)
{
    return computeStability(session.reps, targetBands(session.reps, plannedSteps, paces));
}

} // namespace paceline
