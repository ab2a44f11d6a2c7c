#pragma once

#include "Fitness.h"
#include "Profile.h"
#include "core/demo/DemoData.h"
#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"

#include <vector>

namespace paceline::demo {

/// The days a demo history covers: `weeks` weeks of logs ending on lastDay, and a
/// plan that runs two weeks further.
struct HistorySpan {
    QDate firstDay;
    QDate lastDay;
    QDate lastPlanDay;
    /// The athlete's recent race: the Sunday 14-20 days before lastDay.
    QDate raceDay;
};

HistorySpan historySpan(const DemoOptions& options);

/// One athlete's generated log, before anything is stored. The ids in it are
/// provisional and consistent among themselves: plans[i].id is i + 1, step and group
/// ids run from 1 to stepCount, template ids are templateLibrary() positions + 1, and
/// sessions and reps link to those. The athlete id is left unset.
struct AthleteHistory {
    Profile profile; ///< profile.athlete is the athlete, with their recent race
    Fitness fitness;
    std::vector<PlannedSession> plans;
    std::vector<LoggedSession> sessions;
    qint64 stepCount = 0;

    friend bool operator==(const AthleteHistory&, const AthleteHistory&) = default;
};

/// Athlete `index` of the log `options` describe. Pure and deterministic: the same
/// options and index always give the same history, whatever else is generated.
AthleteHistory generateHistory(int index, const DemoOptions& options);

} // namespace paceline::demo
