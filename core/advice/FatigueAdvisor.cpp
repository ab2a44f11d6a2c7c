#include "FatigueAdvisor.h"

namespace paceline {

// STUB: replaced by the fatigue signals and proposals (issue 5).
std::vector<FatigueSignal> fatigueSignals(const FatigueInput&)
{
    return {};
}

std::optional<FatigueProposal> proposeFatigueAdjustment(const std::vector<FatigueSignal>&,
                                                        const std::vector<PlanDay>&,
                                                        const EstimateContext&)
{
    return std::nullopt;
}

StepTree shortenHardBlocks(const StepTree& steps, double)
{
    return steps;
}

} // namespace paceline
