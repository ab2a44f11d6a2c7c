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
    QStringList notes;                   ///< what was skipped or matched, for the import summary
};

/// Turns a recording into logged sessions (docs/import.md, "From laps to reps"):
/// - one session per sport leg: start with the athlete's UTC offset then (the file's,
///   else `fallbackZone`'s at that instant), duration (timer, else elapsed), distance,
///   heart rates; LegTotals.h says what stands in for figures the file lacks;
/// - each lap becomes a rep (distance, timer time or else elapsed time, average and
///   maximum heart rate, cadence); a leg without laps becomes one rep from its totals;
/// - work or recovery by classifyLaps (LapKinds.h): the athlete's own kind (CSV), the
///   watch's rest/recovery/warm-up/cool-down marks, auto-laps all work, runs split at the
///   slow end of the athlete's marathon pace, else (laps more than a quarter apart) at
///   the widest gap between neighbouring lap speeds when it is 15 % or more;
/// - a leg on a day with a planned session of the same sport not yet done is linked to
///   it, and its laps to the plan's reps when the counts line up (linkRepsToPlan in
///   PlanMatching.h: equal counts, or one or two warm-up/cool-down laps more);
/// - transition legs and sports Paceline does not log are skipped with a note, and so
///   are legs without a start time or without any time and distance.
/// The sessions have no ids; titles are the CSV's, else the plan's name, else
/// "<Sport> from <file>". Stability figures are computed as a save from the log does.
Conversion sessionsFromRecording(const Recording& recording, const ConversionContext& context);

} // namespace paceline
