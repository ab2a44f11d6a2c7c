#include "Migrations.h"

namespace paceline {

// Version 1: the base schema. Units are SI (metres, seconds, m/s, bpm); enums are
// their stable ids from EnumText.h; days are local calendar days as 'YYYY-MM-DD'.
// Enum columns have no CHECK on purpose: a new enum value must not need a table
// rebuild, and an unknown id read back is reported as damage instead.
// docs/database.md explains every column.

namespace {

const char* const kAthlete = R"(
CREATE TABLE athlete (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CONSTRAINT athlete_name_not_empty CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL CONSTRAINT athlete_name_unique UNIQUE,
    sex TEXT NOT NULL,
    max_hr INTEGER CONSTRAINT athlete_max_hr_range CHECK (max_hr BETWEEN 1 AND 300),
    resting_hr INTEGER CONSTRAINT athlete_resting_hr_range CHECK (resting_hr BETWEEN 1 AND 300),
    race_distance_m REAL CONSTRAINT athlete_race_distance_positive CHECK (race_distance_m > 0),
    race_time_s REAL CONSTRAINT athlete_race_time_positive CHECK (race_time_s > 0),
    race_date TEXT,
    units TEXT NOT NULL,
    sports TEXT NOT NULL,
    CONSTRAINT athlete_race_complete CHECK ((race_distance_m IS NULL) = (race_time_s IS NULL))
))";

const char* const kTemplate = R"(
CREATE TABLE session_template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sport TEXT NOT NULL,
    purpose TEXT,
    notes TEXT NOT NULL DEFAULT ''
))";

const char* const kPlanned = R"(
CREATE TABLE planned_session (
    id INTEGER PRIMARY KEY,
    athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    order_in_day INTEGER NOT NULL DEFAULT 0
        CONSTRAINT planned_order_not_negative CHECK (order_in_day >= 0),
    template_id INTEGER REFERENCES session_template(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    sport TEXT NOT NULL,
    purpose TEXT,
    notes TEXT NOT NULL DEFAULT ''
))";

// Template and plan steps share one table; a repeat group is a row with node
// 'group' whose children point at it through parent_id.
const char* const kStep = R"(
CREATE TABLE step (
    id INTEGER PRIMARY KEY,
    template_id INTEGER REFERENCES session_template(id) ON DELETE CASCADE,
    planned_id INTEGER REFERENCES planned_session(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES step(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member'
        CONSTRAINT step_role_known CHECK (role IN ('member', 'between_sets')),
    position INTEGER NOT NULL CONSTRAINT step_position_not_negative CHECK (position >= 0),
    node TEXT NOT NULL CONSTRAINT step_node_known CHECK (node IN ('step', 'group')),
    repeat_count INTEGER CONSTRAINT step_repeat_count_positive CHECK (repeat_count >= 1),
    kind TEXT,
    target_distance_m REAL CONSTRAINT step_distance_not_negative CHECK (target_distance_m >= 0),
    target_duration_s REAL CONSTRAINT step_duration_not_negative CHECK (target_duration_s >= 0),
    intensity TEXT
        CONSTRAINT step_intensity_known CHECK (intensity IN ('zone', 'pace', 'hr', 'rpe')),
    zone TEXT,
    pace_slowest_mps REAL CONSTRAINT step_pace_slowest_not_negative CHECK (pace_slowest_mps >= 0),
    pace_fastest_mps REAL CONSTRAINT step_pace_fastest_not_negative CHECK (pace_fastest_mps >= 0),
    hr_low_bpm INTEGER CONSTRAINT step_hr_low_not_negative CHECK (hr_low_bpm >= 0),
    hr_high_bpm INTEGER CONSTRAINT step_hr_high_not_negative CHECK (hr_high_bpm >= 0),
    rpe REAL CONSTRAINT step_rpe_0_to_10 CHECK (rpe BETWEEN 0 AND 10),
    recovery_mode TEXT,
    sport TEXT,
    notes TEXT NOT NULL DEFAULT '',
    CONSTRAINT step_one_owner CHECK ((template_id IS NULL) <> (planned_id IS NULL)),
    CONSTRAINT step_group_has_count CHECK ((node = 'group') = (repeat_count IS NOT NULL)),
    CONSTRAINT step_has_kind CHECK ((node = 'step') = (kind IS NOT NULL)),
    CONSTRAINT step_one_target CHECK (target_distance_m IS NULL OR target_duration_s IS NULL),
    CONSTRAINT step_between_sets_in_group CHECK (role = 'member' OR parent_id IS NOT NULL)
))";

const char* const kLogged = R"(
CREATE TABLE logged_session (
    id INTEGER PRIMARY KEY,
    athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
    start_utc INTEGER NOT NULL,
    utc_offset_s INTEGER NOT NULL
        CONSTRAINT session_utc_offset_range CHECK (utc_offset_s BETWEEN -64800 AND 64800),
    day TEXT NOT NULL,
    sport TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    planned_id INTEGER REFERENCES planned_session(id) ON DELETE SET NULL,
    duration_s REAL NOT NULL CONSTRAINT session_duration_not_negative CHECK (duration_s >= 0),
    distance_m REAL CONSTRAINT session_distance_not_negative CHECK (distance_m >= 0),
    session_rpe REAL CONSTRAINT session_rpe_0_to_10 CHECK (session_rpe BETWEEN 0 AND 10),
    avg_hr INTEGER CONSTRAINT session_avg_hr_range CHECK (avg_hr BETWEEN 1 AND 300),
    max_hr INTEGER CONSTRAINT session_max_hr_range CHECK (max_hr BETWEEN 1 AND 300),
    sleep INTEGER CONSTRAINT wellness_sleep_1_to_5 CHECK (sleep BETWEEN 1 AND 5),
    soreness INTEGER CONSTRAINT wellness_soreness_1_to_5 CHECK (soreness BETWEEN 1 AND 5),
    energy INTEGER CONSTRAINT wellness_energy_1_to_5 CHECK (energy BETWEEN 1 AND 5),
    mood INTEGER CONSTRAINT wellness_mood_1_to_5 CHECK (mood BETWEEN 1 AND 5),
    leg_stiffness INTEGER
        CONSTRAINT wellness_leg_stiffness_1_to_5 CHECK (leg_stiffness BETWEEN 1 AND 5),
    breathing INTEGER CONSTRAINT wellness_breathing_1_to_5 CHECK (breathing BETWEEN 1 AND 5),
    form_notes TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
))";

const char* const kRep = R"(
CREATE TABLE rep (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES logged_session(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CONSTRAINT rep_position_not_negative CHECK (position >= 0),
    planned_step_id INTEGER REFERENCES step(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    distance_m REAL CONSTRAINT rep_distance_not_negative CHECK (distance_m >= 0),
    time_s REAL NOT NULL CONSTRAINT rep_time_not_negative CHECK (time_s >= 0),
    rpe REAL CONSTRAINT rep_rpe_0_to_10 CHECK (rpe BETWEEN 0 AND 10),
    avg_hr INTEGER CONSTRAINT rep_avg_hr_range CHECK (avg_hr BETWEEN 1 AND 300),
    max_hr INTEGER CONSTRAINT rep_max_hr_range CHECK (max_hr BETWEEN 1 AND 300),
    cadence REAL CONSTRAINT rep_cadence_not_negative CHECK (cadence >= 0),
    notes TEXT NOT NULL DEFAULT ''
))";

// Every foreign key has an index on its child column: SQLite needs it for ON DELETE
// actions, or each parent delete scans the child table.
const char* const kIndices[] = {
    "CREATE INDEX planned_by_athlete_day ON planned_session(athlete_id, day, order_in_day)",
    "CREATE INDEX planned_by_template ON planned_session(template_id)",
    "CREATE INDEX step_by_template ON step(template_id)",
    "CREATE INDEX step_by_planned ON step(planned_id)",
    "CREATE INDEX step_by_parent ON step(parent_id)",
    "CREATE INDEX session_by_athlete_day ON logged_session(athlete_id, day)",
    "CREATE INDEX session_by_planned ON logged_session(planned_id)",
    "CREATE INDEX rep_by_session ON rep(session_id, position)",
    "CREATE INDEX rep_by_planned_step ON rep(planned_step_id)",
};

} // namespace

Status migrateToBaseSchema(QSqlDatabase& database)
{
    QStringList statements;
    for (const char* table : {kAthlete, kTemplate, kPlanned, kStep, kLogged, kRep})
        statements << QString::fromUtf8(table);
    for (const char* index : kIndices)
        statements << QString::fromUtf8(index);
    return Migrations::execAll(database, statements);
}

} // namespace paceline
