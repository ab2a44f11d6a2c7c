#pragma once

#include "Id.h"
#include "PlannedSession.h"

#include <QDate>
#include <QString>

#include <vector>

namespace paceline {

/// A day the coach marked as rest on an athlete's calendar: nothing is planned on
/// purpose (an unmarked empty day is just not planned yet).
struct RestDay {
    AthleteId athleteId;
    QDate date;
    QString note;

    friend bool operator==(const RestDay&, const RestDay&) = default;
};

/// How a planned session turned out, from the logged sessions linked to it.
enum class PlanStatus {
    Planned, ///< today or later, nothing logged yet
    Done,    ///< a logged session is linked to it
    Missed,  ///< its day is past and nothing was logged for it
};

/// One calendar day of a plan as the planner and the week rules see it.
struct PlanDay {
    QDate date;
    bool rest = false;
    std::vector<PlannedSession> sessions; ///< by orderInDay

    friend bool operator==(const PlanDay&, const PlanDay&) = default;
};

} // namespace paceline
