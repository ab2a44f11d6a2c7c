#pragma once

#include "Id.h"
#include "LoggedSession.h"
#include "Sport.h"
#include "Step.h"
#include "Units.h"

#include <QDate>

#include <optional>
#include <vector>

namespace paceline {

// Light rows the store reads for the trend charts and the calibration: only the
// fields those figures use, so ten years of history stays a few megabytes.

/// One work rep with a distance and a time.
struct WorkRepSample {
    QDate day;
    LoggedSessionId session;
    std::optional<TemplateId> templateId; ///< through the plan the session was logged against
    Sport sport = Sport::Run;
    Distance distance;
    Duration time;
    std::optional<double> rpe;
    std::optional<int> avgHeartRate;

    friend bool operator==(const WorkRepSample&, const WorkRepSample&) = default;
};

/// One session's stored pace-stability figure.
struct StabilitySample {
    QDate day;
    LoggedSessionId session;
    std::optional<TemplateId> templateId;
    Sport sport = Sport::Run;
    double paceCvPercent = 0.0;

    friend bool operator==(const StabilitySample&, const StabilitySample&) = default;
};

/// A logged repeat of a template: the session (with reps) and the planned steps its
/// reps link to.
struct TemplateRepeat {
    LoggedSession session;
    StepTree plannedSteps;

    friend bool operator==(const TemplateRepeat&, const TemplateRepeat&) = default;
};

} // namespace paceline
