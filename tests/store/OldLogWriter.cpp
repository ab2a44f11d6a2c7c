#include "OldLogWriter.h"

#include "core/model/EnumText.h"
#include "core/store/Connection.h"
#include "core/store/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

namespace paceline::test {
namespace {

template <typename T> QVariant orNull(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant metresOrNull(const std::optional<Distance>& distance)
{
    return distance ? QVariant(distance->metres) : QVariant();
}

/// Runs `sql` with `values` bound by position; returns the new row id, or 0 (and a
/// test failure) when SQLite refused it.
qint64 insertRow(QSqlDatabase& database, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(database);
    EXPECT_TRUE(query.prepare(sql)) << query.lastError().text().toStdString();
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace

OldLogWriter::OldLogWriter(const QString& path, int version)
{
    ScopedConnection connection(QStringLiteral("test-old-log"));
    {
        QSqlDatabase database = connection.database();
        database.setDatabaseName(path);
        EXPECT_TRUE(database.open()) << database.lastError().text().toStdString();
        const Status migrated = Migrations::applyUpTo(database, version);
        EXPECT_TRUE(migrated.ok()) << migrated.errorMessage().toStdString();
    }
    m_connectionName = connection.release();
    m_database =
        std::make_unique<Database>(m_connectionName, Database::Settings{path, false, {}, version});
}

OldLogWriter::~OldLogWriter() = default;

void OldLogWriter::insertSession(LoggedSession& session)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    const Wellness& wellness = session.wellness;
    const qint64 sessionId = insertRow(
        database,
        QStringLiteral("INSERT INTO logged_session (athlete_id, start_utc, utc_offset_s, day, "
                       "sport, title, planned_id, duration_s, distance_m, session_rpe, avg_hr, "
                       "max_hr, sleep, soreness, energy, mood, leg_stiffness, breathing, "
                       "form_notes, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        {session.athleteId.value,
         session.start.toSecsSinceEpoch(),
         session.start.offsetFromUtc(),
         session.localDate().toString(Qt::ISODate),
         enumId(session.sport),
         session.title,
         session.plannedSessionId ? QVariant(session.plannedSessionId->value) : QVariant(),
         session.duration.seconds,
         metresOrNull(session.distance),
         orNull(session.sessionRpe),
         orNull(session.avgHeartRate),
         orNull(session.maxHeartRate),
         orNull(wellness.sleep),
         orNull(wellness.soreness),
         orNull(wellness.energy),
         orNull(wellness.mood),
         orNull(wellness.legStiffness),
         orNull(wellness.breathing),
         session.formNotes.isNull() ? QStringLiteral("") : session.formNotes,
         session.notes.isNull() ? QStringLiteral("") : session.notes});
    session.id = LoggedSessionId{sessionId};
    for (std::size_t i = 0; i < session.reps.size(); ++i) {
        Rep& rep = session.reps[i];
        const qint64 repId = insertRow(
            database,
            QStringLiteral("INSERT INTO rep (session_id, position, planned_step_id, kind, "
                           "distance_m, time_s, rpe, avg_hr, max_hr, cadence, notes) VALUES (?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sessionId, int(i), rep.plannedStepId ? QVariant(rep.plannedStepId->value) : QVariant(),
             enumId(rep.kind), metresOrNull(rep.distance), rep.time.seconds, orNull(rep.rpe),
             orNull(rep.avgHeartRate), orNull(rep.maxHeartRate), orNull(rep.cadence),
             rep.notes.isNull() ? QStringLiteral("") : rep.notes});
        rep.id = RepId{repId};
    }
}

} // namespace paceline::test
