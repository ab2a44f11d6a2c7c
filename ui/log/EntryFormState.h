#pragma once

#include "core/model/EntryValidation.h"
#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <array>
#include <optional>
#include <vector>

namespace paceline {

/// One row of the log form's reps table, as typed: every value is kept as text, so
/// what does not parse yet is never lost (it is marked instead).
struct RepEntry {
    RepKind kind = RepKind::Work;
    std::optional<StepId> plannedStepId;
    QString target; ///< the planned step, for display ("400 m @I"); not saved with the rep
    QString distance;
    QString time;
    QString rpe;
    QString avgHeartRate;
    QString maxHeartRate;
    QString cadence;
    QString notes;

    /// Something was recorded beyond what the plan (or fill-down) put there.
    bool hasResult() const;
    friend bool operator==(const RepEntry&, const RepEntry&) = default;
};

/// The six wellness scores in the form's order (sleep, soreness, energy, mood, leg
/// stiffness, breathing); 0 when not given.
using WellnessScores = std::array<int, 6>;

/// Everything the log form holds, as typed. It is also the draft's content.
struct EntryFormState {
    QDate date;
    QTime time;
    int utcOffsetSeconds = 0;
    Sport sport = Sport::Run;
    QString title;
    std::optional<PlannedSessionId> plannedSessionId;
    std::vector<RepEntry> reps;
    QString duration; ///< empty: the sum of the reps
    QString distance; ///< empty: the sum of the reps
    QString sessionRpe;
    QString avgHeartRate;
    QString maxHeartRate;
    WellnessScores wellness{};
    QString formNotes;
    QString notes;

    friend bool operator==(const EntryFormState&, const EntryFormState&) = default;
};

/// A form's state read as a session: the session as it would be saved and every
/// problem with it (text that does not parse, then validateLoggedSession's findings).
struct EntryAssembly {
    LoggedSession session;
    std::vector<EntryProblem> problems;
    /// The form row each of session.reps came from (rows without a result are left out).
    std::vector<int> rowOfRep;
    int rowsLeftOut = 0;
};

EntryAssembly assembleEntry(const EntryFormState& state, AthleteId athlete);

/// A new entry starting at `now` (the local time, rounded down to 5 minutes) with
/// one empty work row.
EntryFormState newEntryState(const QDateTime& now);
/// A stored session as the form shows it, for editing.
EntryFormState entryStateOf(const LoggedSession& session);
/// The rows a planned session pre-fills: work and recovery, linked, with targets.
std::vector<RepEntry> rowsFromPlan(const PlannedSession& plan, UnitSystem units);

/// Fills the target texts of rows linked to `plannedSteps` (they are not stored with
/// the reps, so an edited session or a draft gets them back from its plan).
void addTargets(std::vector<RepEntry>& rows, const StepTree& plannedSteps, UnitSystem units);

/// Sums of the rows that parse: what the duration and distance fields show until the
/// user types their own.
std::optional<Duration> repsDuration(const std::vector<RepEntry>& rows);
std::optional<Distance> repsDistance(const std::vector<RepEntry>& rows);

// Texts of values as the form shows them (and parses back).
QString distanceEntryText(Distance distance);
QString timeEntryText(Duration duration);
QString numberEntryText(double value);

} // namespace paceline
