#include "Migrations.h"

namespace paceline {

// Version 4: the weekly planner (issue 5).
//
// - rest_day marks calendar days as rest for an athlete (one row per athlete and day,
//   with the coach's note). An unmarked empty day is "not planned yet", not rest.
// - microcycle, microcycle_session and microcycle_rest_day hold the microcycle
//   templates: named patterns of whole weeks, shared by all athletes, whose days are
//   offsets from the day the template is applied.
// - The sessions' steps are rows of the shared step table like those of templates and
//   plans, owned through the new column step.microcycle_session_id. The store cannot
//   use core/io (it depends on the domain only), so storing the steps as session JSON
//   was not an option, and a third copy of the step columns would have needed a third
//   reader. Changing step_one_owner needs a table rebuild (SQLite cannot alter a
//   CHECK): SQLite's 12-step procedure, with foreign keys off around the migration.
//   Step ids are kept, so reps stay linked to the plan steps they carried out.

namespace {

const char* const kRestDay = R"(
CREATE TABLE rest_day (
    athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (athlete_id, day)
))";

const char* const kMicrocycle = R"(
CREATE TABLE microcycle (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CONSTRAINT microcycle_name_not_empty CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    weeks INTEGER NOT NULL CONSTRAINT microcycle_weeks_positive CHECK (weeks >= 1)
))";

const char* const kMicrocycleSession = R"(
CREATE TABLE microcycle_session (
    id INTEGER PRIMARY KEY,
    microcycle_id INTEGER NOT NULL REFERENCES microcycle(id) ON DELETE CASCADE,
    day INTEGER NOT NULL CONSTRAINT microcycle_session_day_not_negative CHECK (day >= 0),
    order_in_day INTEGER NOT NULL DEFAULT 0
        CONSTRAINT microcycle_session_order_not_negative CHECK (order_in_day >= 0),
    name TEXT NOT NULL,
    sport TEXT NOT NULL,
    purpose TEXT,
    notes TEXT NOT NULL DEFAULT ''
))";

const char* const kMicrocycleRestDay = R"(
CREATE TABLE microcycle_rest_day (
    microcycle_id INTEGER NOT NULL REFERENCES microcycle(id) ON DELETE CASCADE,
    day INTEGER NOT NULL CONSTRAINT microcycle_rest_day_not_negative CHECK (day >= 0),
    PRIMARY KEY (microcycle_id, day)
))";

// The step table of version 1 with a third owner. Everything else is unchanged.
const char* const kStepV4 = R"(
CREATE TABLE step_v4 (
    id INTEGER PRIMARY KEY,
    template_id INTEGER REFERENCES session_template(id) ON DELETE CASCADE,
    planned_id INTEGER REFERENCES planned_session(id) ON DELETE CASCADE,
    microcycle_session_id INTEGER REFERENCES microcycle_session(id) ON DELETE CASCADE,
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
    CONSTRAINT step_one_owner CHECK ((template_id IS NOT NULL) + (planned_id IS NOT NULL)
                                     + (microcycle_session_id IS NOT NULL) = 1),
    CONSTRAINT step_group_has_count CHECK ((node = 'group') = (repeat_count IS NOT NULL)),
    CONSTRAINT step_has_kind CHECK ((node = 'step') = (kind IS NOT NULL)),
    CONSTRAINT step_one_target CHECK (target_distance_m IS NULL OR target_duration_s IS NULL),
    CONSTRAINT step_between_sets_in_group CHECK (role = 'member' OR parent_id IS NOT NULL)
))";

const char* const kStepColumns =
    "id, template_id, planned_id, parent_id, role, position, node, repeat_count, kind, "
    "target_distance_m, target_duration_s, intensity, zone, pace_slowest_mps, "
    "pace_fastest_mps, hr_low_bpm, hr_high_bpm, rpe, recovery_mode, sport, notes";

QStringList rebuildStepTable()
{
    const QString columns = QString::fromUtf8(kStepColumns);
    return {
        QString::fromUtf8(kStepV4),
        QStringLiteral("INSERT INTO step_v4 (%1) SELECT %1 FROM step").arg(columns),
        // Dropping the old table drops its indices; with foreign keys off it neither
        // cascades nor clears rep.planned_step_id, which then refers to the new table.
        QStringLiteral("DROP TABLE step"), QStringLiteral("ALTER TABLE step_v4 RENAME TO step"),
        QStringLiteral("CREATE INDEX step_by_template ON step(template_id)"),
        QStringLiteral("CREATE INDEX step_by_planned ON step(planned_id)"),
        QStringLiteral("CREATE INDEX step_by_parent ON step(parent_id)"),
        QStringLiteral("CREATE INDEX step_by_microcycle_session ON step(microcycle_session_id)")};
}

} // namespace

Status migrateToPlanner(QSqlDatabase& database)
{
    QStringList statements;
    for (const char* table : {kRestDay, kMicrocycle, kMicrocycleSession, kMicrocycleRestDay})
        statements << QString::fromUtf8(table);
    // rest_day and microcycle_rest_day need no index of their own: their primary keys
    // start with the foreign key column.
    statements << QStringLiteral("CREATE INDEX microcycle_session_by_microcycle "
                                 "ON microcycle_session(microcycle_id, day, order_in_day)");
    statements << rebuildStepTable();
    return Migrations::execAll(database, statements);
}

} // namespace paceline
