#pragma once

#include "core/model/AnalysisSamples.h"
#include "core/model/DailyLoad.h"
#include "core/model/LoggedSession.h"
#include "core/model/Result.h"
#include "core/science/LoadSeries.h"

#include <QDate>

#include <optional>
#include <utility>
#include <vector>

namespace paceline {

class Database;

enum class WithReps { No, Yes };

/// Logged sessions and their reps, plus the daily load figures the store keeps
/// up to date with every write.
class SessionStore {
public:
    explicit SessionStore(Database& database) : m_database(database) {}

    /// Sessions of `athlete` whose local day is from `first` to `last` inclusive,
    /// oldest first. Lists pass WithReps::No and load reps on demand with find().
    Result<std::vector<LoggedSession>> inRange(AthleteId athlete, QDate first, QDate last,
                                               WithReps withReps) const;
    Result<LoggedSession> find(LoggedSessionId id) const; ///< with reps
    /// The sessions logged against a plan, with reps, oldest first. Deleting the plan
    /// unlinks them (and their reps' step links), so an undoable delete keeps these to
    /// link them again when the plan is restored.
    Result<std::vector<LoggedSession>> linkedTo(PlannedSessionId plan) const;
    /// From the count the store keeps per athlete (migration 6): no session scan.
    Result<int> count(AthleteId athlete) const;
    /// The athlete's session that starts at the same second as `start` (whatever UTC
    /// offset either carries), of `sport` when one is given, for finding a recording
    /// imported before; nullopt when there is none. The first by id when several are.
    Result<std::optional<LoggedSessionId>>
    findByStart(AthleteId athlete, const QDateTime& start,
                std::optional<Sport> sport = std::nullopt) const;
    /// First and last day with a logged session; nullopt for an empty log.
    Result<std::optional<std::pair<QDate, QDate>>> dayRange(AthleteId athlete) const;

    /// Stores a new session with its reps and its stability figures, and sets their
    /// ids. A preset session id is kept (undoing a removal restores the same id) and
    /// fails the insert when another session has it; preset rep ids are kept when free.
    /// The load figures are computed here for the session's athlete as stored
    /// (sessionLoadFigures) and set in `session` too. A failed insert puts back the ids
    /// and figures the session had.
    Status insert(LoggedSession& session);
    /// Replaces the session, its figures and its reps; new reps get ids. The load
    /// figures are computed as on insert.
    Status update(LoggedSession& session);
    Status remove(LoggedSessionId id);

    /// Per day and sport, from the incrementally kept aggregate (no session scan).
    Result<std::vector<DailyLoad>> dailyLoads(AthleteId athlete, QDate first, QDate last) const;

    /// The athlete's latest load checkpoint in `measure` from `first` to `last`
    /// (inclusive), nullopt when none is kept. The store drops a checkpoint as soon as
    /// a session write changes a day before it (LoadCheckpoints.cpp).
    Result<std::optional<FigureCheckpoint>> loadCheckpoint(AthleteId athlete, LoadMeasure measure,
                                                           QDate first, QDate last) const;
    /// Keeps these checkpoints of the athlete's figures in `measure`, replacing any of
    /// the same day. A cache, not the user's data: no undo step, and on a read-only log
    /// nothing is kept (and no error given).
    Status keepLoadCheckpoints(AthleteId athlete, LoadMeasure measure,
                               const std::vector<FigureCheckpoint>& checkpoints);
    /// Keeps a checkpoint at every month start of the athlete's history, in every
    /// measure, from one read of it: for writers of whole histories (the demo), so that
    /// the first Analysis of their log reads no more than later ones.
    Status keepAllLoadCheckpoints(AthleteId athlete);

    /// The work reps with a distance and a time of sessions from `first` to `last`, oldest
    /// first, as light rows for the trend charts (one query, no session objects).
    Result<std::vector<WorkRepSample>> workRepSamples(AthleteId athlete, QDate first,
                                                      QDate last) const;
    /// The stored pace CV of each session from `first` to `last` that has one, oldest first.
    Result<std::vector<StabilitySample>> stabilitySamples(AthleteId athlete, QDate first,
                                                          QDate last) const;
    /// The athlete's last `limit` logged sessions done against a plan made from
    /// `templateId` (on or before `onOrBefore`) that have a work rep with a distance and a
    /// time, with reps and the planned steps, oldest first.
    Result<std::vector<TemplateRepeat>> templateRepeats(AthleteId athlete, TemplateId templateId,
                                                        int limit, QDate onOrBefore) const;

    /// Recomputes the stored load figures (TRIMP, running TSS, zone time) of all the
    /// athlete's sessions from their current heart rates and race, in one transaction;
    /// daily_load follows through its triggers. For when those athlete fields change.
    Status refreshLoadFigures(AthleteId athlete);

private:
    Database& m_database;
};

} // namespace paceline
