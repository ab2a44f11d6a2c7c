#include "Migrations.h"

namespace paceline {

// Version 3: logging reps (issue 4).
//
// - logged_session gains the pace-stability figures (core/model/PaceStability.h), so
//   lists and trends show them without reading every rep. They are nullable columns
//   added in place (no table rebuild, so the daily_load triggers and indices stay):
//   work_reps NULL means "no figures", and the session reads back without
//   `stability`. Sessions already in the log get their figures computed here
//   (Migration3StabilityBackfill.cpp), as if each had been saved again.
// - entry_draft keeps one unfinished log entry per athlete, so nothing typed is lost
//   when the form or the app closes. Its content is the form's own bytes, stored as a
//   BLOB because half-typed text need not be valid UTF-8 JSON yet.

namespace {

const char* const kStabilityColumns[] = {
    "ALTER TABLE logged_session ADD COLUMN work_reps INTEGER "
    "CONSTRAINT session_work_reps_not_negative CHECK (work_reps >= 0)",
    "ALTER TABLE logged_session ADD COLUMN pace_cv_percent REAL",
    "ALTER TABLE logged_session ADD COLUMN fade_percent REAL",
    "ALTER TABLE logged_session ADD COLUMN spread_s_per_km REAL",
    "ALTER TABLE logged_session ADD COLUMN reps_with_target INTEGER "
    "CONSTRAINT session_reps_with_target_not_negative CHECK (reps_with_target >= 0)",
    "ALTER TABLE logged_session ADD COLUMN reps_within_target INTEGER "
    "CONSTRAINT session_reps_within_target_not_negative CHECK (reps_within_target >= 0)",
    "ALTER TABLE logged_session ADD COLUMN rpe_drift REAL",
};

const char* const kDraftTable = R"(
CREATE TABLE entry_draft (
    athlete_id INTEGER PRIMARY KEY REFERENCES athlete(id) ON DELETE CASCADE,
    editing_session_id INTEGER REFERENCES logged_session(id) ON DELETE SET NULL,
    content BLOB NOT NULL,
    saved_utc TEXT NOT NULL
))";

// Deleting a session looks up the drafts that edit it (ON DELETE SET NULL).
const char* const kDraftIndex =
    "CREATE INDEX draft_by_editing_session ON entry_draft(editing_session_id)";

} // namespace

Status migrateToStabilityAndDrafts(QSqlDatabase& database)
{
    QStringList statements;
    for (const char* column : kStabilityColumns)
        statements << QString::fromUtf8(column);
    statements << QString::fromUtf8(kDraftTable) << QString::fromUtf8(kDraftIndex);
    if (Status created = Migrations::execAll(database, statements); !created)
        return created;
    return backfillStabilityFigures(database);
}

} // namespace paceline
