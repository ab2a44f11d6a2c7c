#include "Migrations.h"

namespace paceline {

// Version 6: what start-up needs, kept so that reading it costs the same on a log of one
// year as on one of ten (issue 8; tests/ui/StartupWorkTest.cpp proves it).
//
// - athlete_session_count: the number of logged sessions per athlete, which the Log
//   screen shows ("N workouts logged"). count(*) over logged_session walks one index
//   entry per session of the athlete; this is one row.
// - load_checkpoint: where the Analysis screen's exponentially weighted figures (fitness,
//   fatigue, EWMA ACWR) stand at the start of a month, per athlete and load measure
//   (core/science/LoadSeries.h, FigureCheckpoint). Those figures depend on every day
//   since the first logged one; from a checkpoint, a chart of the last six months reads
//   six months (and the 28 days before the checkpoint), not the whole history. The
//   Analysis screen writes them as it computes the figures (a cache: no undo step, none
//   on a read-only log); a checkpoint never outlives a change that would alter it.
//
// Both follow daily_load, not logged_session: every change to a session's loads already
// arrives there (as a group's row deleted and inserted again), and so does a rebuild of
// daily_load by a later migration. The count is the sum of the groups' session counts;
// a group's change on `day` makes every checkpoint after `day` stale (a checkpoint at
// `day` itself holds the figures of the day before, which did not change).
//
// A later change to how a measure's daily load or an EWMA is computed must empty
// load_checkpoint in its migration.
//
// - template_session: each logged session done against a plan made from a template,
//   by athlete, template and start, newest last. The Sessions screen's calibration
//   asks for an athlete's last few repeats of a template (templateRepeats); without it
//   SQLite walks every session of the athlete, checking each one's plan and reps, to
//   keep three. Walking this key backwards stops at the third. Triggers on
//   logged_session follow a session's athlete, start and plan; one on planned_session
//   follows a plan's template. A plan or template removed reaches them through the
//   foreign keys' SET NULL, which fires those update triggers. A later migration that
//   rebuilds logged_session or planned_session must create these triggers again.

namespace {

const char* const kCountTable = R"(
CREATE TABLE athlete_session_count (
    athlete_id INTEGER PRIMARY KEY REFERENCES athlete(id) ON DELETE CASCADE,
    sessions INTEGER NOT NULL
))";

// Keyed by day before measure, so the triggers' "every checkpoint after this day" is a
// range of the key; the read "the latest before the range" steps back over a few rows.
const char* const kCheckpointTable = R"(
CREATE TABLE load_checkpoint (
    athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    measure TEXT NOT NULL,
    acute_ewma REAL NOT NULL,
    chronic_ewma REAL NOT NULL,
    fitness REAL NOT NULL,
    fatigue REAL NOT NULL,
    PRIMARY KEY (athlete_id, day, measure)
) WITHOUT ROWID)";

const char* const kTemplateSessionTable = R"(
CREATE TABLE template_session (
    athlete_id INTEGER NOT NULL,
    template_id INTEGER NOT NULL,
    start_utc INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    PRIMARY KEY (athlete_id, template_id, start_utc, session_id)
) WITHOUT ROWID)";

/// The template_session row of the session `row` (NEW), if its plan has a template.
QString linkSession(const QString& row)
{
    return QStringLiteral("\n    INSERT INTO template_session (athlete_id, template_id, "
                          "start_utc, session_id)"
                          "\n        SELECT %1.athlete_id, p.template_id, %1.start_utc, %1.id "
                          "FROM planned_session p"
                          "\n        WHERE p.id = %1.planned_id AND p.template_id IS NOT NULL;")
        .arg(row);
}

QStringList templateSessionStatements()
{
    const QString unlink =
        QStringLiteral("\n    DELETE FROM template_session WHERE session_id = old.id;");
    return {
        QString::fromUtf8(kTemplateSessionTable),
        QStringLiteral("CREATE INDEX template_session_by_session ON template_session(session_id)"),
        QStringLiteral("INSERT INTO template_session (athlete_id, template_id, start_utc, "
                       "session_id) SELECT s.athlete_id, p.template_id, s.start_utc, s.id FROM "
                       "logged_session s JOIN planned_session p ON p.id = s.planned_id WHERE "
                       "p.template_id IS NOT NULL"),
        QStringLiteral("CREATE TRIGGER template_session_after_insert AFTER INSERT ON "
                       "logged_session BEGIN%1\nEND")
            .arg(linkSession(QStringLiteral("new"))),
        QStringLiteral("CREATE TRIGGER template_session_after_delete AFTER DELETE ON "
                       "logged_session BEGIN%1\nEND")
            .arg(unlink),
        QStringLiteral("CREATE TRIGGER template_session_after_update AFTER UPDATE OF athlete_id, "
                       "start_utc, planned_id ON logged_session BEGIN%1%2\nEND")
            .arg(unlink, linkSession(QStringLiteral("new"))),
        QStringLiteral(
            "CREATE TRIGGER template_session_after_plan_update AFTER UPDATE OF template_id ON "
            "planned_session BEGIN"
            "\n    DELETE FROM template_session WHERE session_id IN "
            "(SELECT id FROM logged_session WHERE planned_id = old.id);"
            "\n    INSERT INTO template_session (athlete_id, template_id, start_utc, session_id)"
            "\n        SELECT s.athlete_id, new.template_id, s.start_utc, s.id FROM "
            "logged_session s"
            "\n        WHERE s.planned_id = new.id AND new.template_id IS NOT NULL;"
            "\nEND"),
    };
}

QString added(const QString& row)
{
    return QStringLiteral("\n    INSERT INTO athlete_session_count (athlete_id, sessions)"
                          " VALUES (%1.athlete_id, %1.sessions)"
                          "\n        ON CONFLICT (athlete_id) DO UPDATE SET sessions = sessions + "
                          "excluded.sessions;")
        .arg(row);
}

QString removed(const QString& row)
{
    return QStringLiteral("\n    UPDATE athlete_session_count SET sessions = sessions - "
                          "%1.sessions WHERE athlete_id = %1.athlete_id;")
        .arg(row);
}

QString staleAfter(const QString& row)
{
    return QStringLiteral(
               "\n    DELETE FROM load_checkpoint WHERE athlete_id = %1.athlete_id AND day > "
               "%1.day;")
        .arg(row);
}

QString trigger(const QString& name, const QString& event, const QString& body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON daily_load BEGIN%3\nEND")
        .arg(name, event, body);
}

} // namespace

Status migrateToStartupFigures(QSqlDatabase& database)
{
    const QString oldRow = QStringLiteral("old");
    const QString newRow = QStringLiteral("new");
    QStringList statements{
        QString::fromUtf8(kCountTable),
        QString::fromUtf8(kCheckpointTable),
        QStringLiteral("INSERT INTO athlete_session_count (athlete_id, sessions) "
                       "SELECT athlete_id, sum(sessions) FROM daily_load GROUP BY athlete_id"),
        trigger(QStringLiteral("startup_figures_after_insert"), QStringLiteral("INSERT"),
                added(newRow) + staleAfter(newRow)),
        trigger(QStringLiteral("startup_figures_after_delete"), QStringLiteral("DELETE"),
                removed(oldRow) + staleAfter(oldRow)),
        trigger(QStringLiteral("startup_figures_after_update"), QStringLiteral("UPDATE"),
                removed(oldRow) + added(newRow) + staleAfter(oldRow) + staleAfter(newRow))};
    statements << templateSessionStatements();
    return Migrations::execAll(database, statements);
}

} // namespace paceline
