#pragma once

#include "Id.h"
#include "Sport.h"
#include "Step.h"

#include <QString>

#include <optional>
#include <vector>

namespace paceline {

/// One session of a microcycle template, on a day counted from the template's start.
struct MicrocycleSession {
    int day = 0;        ///< 0 = the first day of the template
    int orderInDay = 0; ///< double days and bricks
    QString name;
    Sport sport = Sport::Run;
    std::optional<Purpose> purpose;
    QString notes;
    StepTree steps;

    friend bool operator==(const MicrocycleSession&, const MicrocycleSession&) = default;
};

/// A named pattern of one or more weeks ("two hard, one light, rest"), applied to an
/// athlete's calendar from a start date. Its sessions are copies, like a plan's.
struct MicrocycleTemplate {
    MicrocycleId id;
    QString name;
    QString description;
    int weeks = 1;
    std::vector<MicrocycleSession> sessions; ///< by day, then orderInDay
    std::vector<int> restDays;               ///< days (from 0) marked rest

    int dayCount() const { return weeks * 7; }
    friend bool operator==(const MicrocycleTemplate&, const MicrocycleTemplate&) = default;
};

} // namespace paceline
