#pragma once

#include "Id.h"
#include "Sport.h"
#include "Step.h"

#include <QString>

#include <optional>

namespace paceline {

/// A reusable session in the log's library; planning copies its steps.
struct SessionTemplate {
    TemplateId id;
    QString name;
    Sport sport = Sport::Run;
    std::optional<Purpose> purpose;
    QString notes;
    StepTree steps;

    friend bool operator==(const SessionTemplate&, const SessionTemplate&) = default;
};

} // namespace paceline
