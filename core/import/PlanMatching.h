#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"

#include <QString>

#include <vector>

namespace paceline {

/// How the laps of an imported leg lined up with the planned session it was linked to.
struct PlanAlignment {
    enum class Shape {
        OneToOne,    ///< a lap per planned rep and recovery
        WithExtras,  ///< plus a warm-up and/or cool-down lap, left unlinked
        SessionOnly, ///< the counts do not line up: only the session is linked
    };
    Shape shape = Shape::SessionOnly;
    int plannedReps = 0; ///< repsFromPlan(plan.steps).size()
    int laps = 0;
    bool warmUpLap = false;
    bool coolDownLap = false;
};

/// Links `reps` (one per lap, kinds as classified) to the plan's reps and recoveries
/// (repsFromPlan), in order, when the counts allow (docs/import.md):
/// - as many laps as planned reps: one to one;
/// - one or two laps more: the extra first lap is the warm-up and the extra last one the
///   cool-down, each left unlinked as a recovery rep, when that fits (the lap was
///   classified recovery, or the plan has a warm-up or cool-down step); with one extra
///   lap, the side whose linked laps agree more with the plan's kinds wins;
/// - otherwise nothing is linked.
/// A linked rep takes the planned step and its kind, except a kind the file logged
/// itself (`keptKinds[i]`, Paceline's CSV). Measured distance and time stay.
PlanAlignment linkRepsToPlan(std::vector<Rep>& reps, const std::vector<bool>& keptKinds,
                             const StepTree& plannedSteps);

/// "matched to the plan "6 × 800 m" (laps linked to its 12 reps and recoveries)"
QString planMatchNote(const PlannedSession& plan, const PlanAlignment& alignment);

} // namespace paceline
