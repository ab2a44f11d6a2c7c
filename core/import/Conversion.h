#pragma once

#include "core/io/activity/Recording.h"
#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"

#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace paceline {

struct ConversionContext {
    Athlete athlete;
    /// The athlete's planned sessions on the days the recording covers, not yet done
    /// (the importer reads them); a leg on such a day in the same sport is matched.
    std::vector<PlannedSession> planned;
    /// For files that do not say their UTC offset (TCX, GPX, most CSV have it).
    QTimeZone fallbackZone = QTimeZone::systemTimeZone();
};

struct Conversion {
    std::vector<LoggedSession> sessions; ///< one per sport leg Paceline logs, in order
    QStringList notes; ///< what was skipped or matched, for the import summary
};

/// Turns a recording into logged sessions (docs/import.md, "From laps to reps"):
/// - each lap becomes a rep (distance, timer time or else elapsed time, average and
///   maximum heart rate, cadence); a leg without laps becomes one rep;
/// - a lap the watch marked rest, recovery, warm-up or cool-down is a recovery rep;
///   otherwise running laps are work when faster than the slow end of the athlete's
///   marathon pace (from their recent race), and any sport without known paces splits
///   at the midpoint between its slowest and fastest lap when they differ by more than
///   a quarter (all work otherwise);
/// - a leg on a day with a planned session of the same sport is linked to it, and its
///   laps to the plan's reps (repsFromPlan) when the counts line up, taking kinds from
///   the plan (warm-up and cool-down laps around them are left unlinked);
/// - transition legs and sports Paceline does not log are skipped with a note.
/// The sessions have no ids; titles are the plan's name or "<Sport> from <file>".
Conversion sessionsFromRecording(const Recording& recording, const ConversionContext& context);

} // namespace paceline
