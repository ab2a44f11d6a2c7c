// STUB: filled in by the calibration work.
#include "Calibration.h"

namespace paceline {

RepeatSummary summarizeRepeat(const TemplateRepeat&, const std::optional<TrainingPaces>&)
{
    return {};
}
CalibrationProposal proposeCalibration(const StepTree& templateSteps,
                                       const std::vector<TemplateRepeat>&,
                                       const std::optional<TrainingPaces>&)
{
    CalibrationProposal proposal;
    proposal.proposedSteps = templateSteps;
    return proposal;
}

} // namespace paceline
