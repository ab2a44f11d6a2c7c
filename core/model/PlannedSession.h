#pragma once

#include "Id.h"
#include "Sport.h"
#include "Step.h"

#include <QDate>
#include <QString>

#include <optional>

namespace paceline {

/// A session on an athlete's calendar. It keeps its own copy of the steps, so
/// editing the template later never silently rewrites past plans.
struct PlannedSession {
    PlannedSessionId id;
    AthleteId athleteId;
    QDate date;
    int orderInDay = 0; ///< 0 for the first session of the day (double days, bricks).
    std::optional<TemplateId> templateId;
    QString name;
    Sport sport = Sport::Run;
    std::optional<Purpose> purpose;
    QString notes;
    StepTree steps;

    friend bool operator==(const PlannedSession&, const PlannedSession&) = default;
};

} // namespace paceline
