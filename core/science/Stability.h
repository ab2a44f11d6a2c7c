#pragma once

#include "TrainingPaces.h"
#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"
#include "core/model/Step.h"

#include <optional>
#include <vector>

namespace paceline {

/// The pace band each rep was meant to be run in, from the planned step it is linked
/// to: an explicit pace range as is; a Daniels zone as its pace +-2 % (E as its
/// range); nothing for reps without a plan or a pace target. One entry per rep.
std::vector<std::optional<PaceRange>> targetBands(const std::vector<Rep>& reps,
                                                  const StepTree& plannedSteps,
                                                  const std::optional<TrainingPaces>& paces);

/// The athlete's training paces from their recent race; nullopt without one.
std::optional<TrainingPaces> athletePaces(const Athlete& athlete);

/// The figures a session is stored with: computeStability of its reps against the
/// bands of the planned steps they link to (pass an empty tree for a freeform session).
PaceStability sessionStability(const LoggedSession& session, const StepTree& plannedSteps,
                               const std::optional<TrainingPaces>& paces);

/// The stability figures of docs/logging.md, from the work reps (with their target
/// bands, one per rep, or empty).
PaceStability computeStability(const std::vector<Rep>& reps,
                               const std::vector<std::optional<PaceRange>>& bands);

} // namespace paceline
