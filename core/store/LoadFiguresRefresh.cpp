#include "LoadFiguresRefresh.h"

#include "Database.h"
#include "LoadFigureColumns.h"
#include "core/model/EnumText.h"
#include "core/science/LoadMeasures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace paceline {

// Migration 5 computes the figures of the sessions already in the log with this code,
// and a shipped migration must keep working when later versions change the tables and
// the store's row readers. So this reads what sessionLoadFigures uses with its own SQL,
// naming version 5's columns. The store's refresh (an athlete's heart rates or race
// changed) shares it while those are the current columns; a later version that gives
// sessionLoadFigures new inputs leaves this file to migration 5 and gives the refresh a
// reader of its own. Values this build cannot read (an unknown sport or rep kind) do not
// stop anything: such a session keeps its figures, and reading it reports the damage.
//
// Sessions are read a batch at a time by id, so a big log (the demo writes 90,000
// sessions and a million reps) is never held whole, and each batch is written before
// the next is read, so no UPDATE runs under an open SELECT.

namespace {

constexpr int kSessionsPerBatch = 500;

// Columns: 0 id, 1 athlete, 2 start, 3 UTC offset, 4 sport, 5 plan, 6 duration,
// 7 distance, 8 session RPE, 9 average and 10 maximum heart rate.
const char* const kSessions =
    "SELECT id, athlete_id, start_utc, utc_offset_s, sport, planned_id, duration_s, distance_m, "
    "session_rpe, avg_hr, max_hr FROM logged_session WHERE id > ?%1 ORDER BY id LIMIT %2";

// Columns: 0 session, 1 kind, 2 distance, 3 time, 4 RPE, 5 average and 6 maximum heart
// rate, 7 cadence, 8 planned step.
const char* const kReps =
    "SELECT r.session_id, r.kind, r.distance_m, r.time_s, r.rpe, r.avg_hr, r.max_hr, "
    "r.cadence, r.planned_step_id FROM rep r JOIN logged_session s ON s.id = r.session_id "
    "WHERE s.id BETWEEN ? AND ?%1 ORDER BY r.session_id, r.position";

Error queryError(const QSqlQuery& query, const char* what)
{
    return Error{QStringLiteral("could not %1: %2")
                     .arg(QString::fromLatin1(what), query.lastError().databaseText())};
}

/// Ends a scan, so its read snapshot does not stay open, and says whether it failed.
Status finishScan(QSqlQuery& query, const char* what)
{
    const Status result = query.lastError().isValid() ? Status(queryError(query, what)) : Status();
    query.finish();
    return result;
}

template <typename T> std::optional<T> optionalValue(const QSqlQuery& query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).value<T>();
}

/// The session's row, or nothing when its sport is one this build cannot read.
std::optional<LoggedSession> readSession(const QSqlQuery& query)
{
    const std::optional<Sport> sport = enumFromId<Sport>(query.value(4).toString());
    if (!sport)
        return std::nullopt;
    LoggedSession session;
    session.id = LoggedSessionId{query.value(0).toLongLong()};
    session.athleteId = AthleteId{query.value(1).toLongLong()};
    session.start = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::OffsetFromUTC,
                                                  query.value(3).toInt());
    session.sport = *sport;
    if (const std::optional<qint64> plan = optionalValue<qint64>(query, 5))
        session.plannedSessionId = PlannedSessionId{*plan};
    session.duration = Duration{query.value(6).toDouble()};
    if (const std::optional<double> metres = optionalValue<double>(query, 7))
        session.distance = Distance{*metres};
    session.sessionRpe = optionalValue<double>(query, 8);
    session.avgHeartRate = optionalValue<int>(query, 9);
    session.maxHeartRate = optionalValue<int>(query, 10);
    return session;
}

Rep readRep(const QSqlQuery& query)
{
    Rep rep;
    rep.kind = enumFromId<RepKind>(query.value(1).toString()).value_or(RepKind::Recovery);
    if (const std::optional<double> metres = optionalValue<double>(query, 2))
        rep.distance = Distance{*metres};
    rep.time = Duration{query.value(3).toDouble()};
    rep.rpe = optionalValue<double>(query, 4);
    rep.avgHeartRate = optionalValue<int>(query, 5);
    rep.maxHeartRate = optionalValue<int>(query, 6);
    rep.cadence = optionalValue<double>(query, 7);
    if (const std::optional<qint64> step = optionalValue<qint64>(query, 8))
        rep.plannedStepId = StepId{*step};
    return rep;
}

/// One batch: the sessions that can be read, and the last id looked at (0 when there
/// was nothing left).
struct Batch {
    std::vector<LoggedSession> sessions;
    qint64 lastId = 0;
};

class Refresher {
public:
    Refresher(QSqlDatabase& database, const AthletesById& athletes,
              std::optional<AthleteId> onlyAthlete)
        : m_sessions(database), m_reps(database), m_update(database), m_athletes(athletes),
          m_onlyAthlete(onlyAthlete)
    {}

    Status run()
    {
        if (Status prepared = prepare(); !prepared)
            return prepared;
        for (qint64 after = 0;;) {
            Result<Batch> batch = readBatch(after);
            if (!batch)
                return batch.error();
            if (batch->lastId == 0)
                return {};
            for (const LoggedSession& session : batch->sessions) {
                if (Status stored = store(session); !stored)
                    return stored;
            }
            after = batch->lastId;
        }
    }

private:
    Status prepare()
    {
        const QString athleteFilter =
            m_onlyAthlete ? QStringLiteral(" AND athlete_id = ?") : QString();
        m_sessions.setForwardOnly(true);
        if (!m_sessions.prepare(
                QString::fromLatin1(kSessions).arg(athleteFilter).arg(kSessionsPerBatch)))
            return queryError(m_sessions, "prepare reading the sessions");
        m_reps.setForwardOnly(true);
        if (!m_reps.prepare(QString::fromLatin1(kReps).arg(
                m_onlyAthlete ? QStringLiteral(" AND s.athlete_id = ?") : QString())))
            return queryError(m_reps, "prepare reading the reps");
        QStringList assignments;
        for (const QString& column : LoadFigureColumns::names())
            assignments << column + QStringLiteral(" = ?");
        if (!m_update.prepare(QStringLiteral("UPDATE logged_session SET %1 WHERE id = ?")
                                  .arg(assignments.join(QStringLiteral(", ")))))
            return queryError(m_update, "prepare storing the load figures");
        return {};
    }

    Result<Batch> readBatch(qint64 after)
    {
        m_sessions.bindValue(0, after);
        if (m_onlyAthlete)
            m_sessions.bindValue(1, m_onlyAthlete->value);
        if (!m_sessions.exec())
            return queryError(m_sessions, "read the sessions");
        Batch batch;
        while (m_sessions.next()) {
            batch.lastId = m_sessions.value(0).toLongLong();
            if (std::optional<LoggedSession> session = readSession(m_sessions))
                batch.sessions.push_back(std::move(*session));
        }
        if (Status scanned = finishScan(m_sessions, "read the sessions"); !scanned)
            return scanned.error();
        if (Status reps = attachReps(batch, after); !reps)
            return reps.error();
        return batch;
    }

    /// Reads the reps of the sessions in (after, batch.lastId] into their sessions.
    Status attachReps(Batch& batch, qint64 after)
    {
        if (batch.sessions.empty())
            return {};
        std::unordered_map<qint64, LoggedSession*> byId;
        for (LoggedSession& session : batch.sessions)
            byId.emplace(session.id.value, &session);
        m_reps.bindValue(0, after + 1);
        m_reps.bindValue(1, batch.lastId);
        if (m_onlyAthlete)
            m_reps.bindValue(2, m_onlyAthlete->value);
        if (!m_reps.exec())
            return queryError(m_reps, "read the reps");
        while (m_reps.next()) {
            const auto found = byId.find(m_reps.value(0).toLongLong());
            if (found != byId.end())
                found->second->reps.push_back(readRep(m_reps));
        }
        return finishScan(m_reps, "read the reps");
    }

    Status store(const LoggedSession& session)
    {
        const auto athlete = m_athletes.find(session.athleteId.value);
        const SessionLoadFigures figures =
            sessionLoadFigures(session, athlete != m_athletes.end() ? athlete->second : Athlete{});
        const auto values = LoadFigureColumns::values(figures);
        for (std::size_t i = 0; i < values.size(); ++i)
            m_update.bindValue(int(i), values[i]);
        m_update.bindValue(int(values.size()), session.id.value);
        if (!m_update.exec())
            return queryError(m_update, "store the load figures");
        return {};
    }

    QSqlQuery m_sessions;
    QSqlQuery m_reps;
    QSqlQuery m_update;
    const AthletesById& m_athletes;
    std::optional<AthleteId> m_onlyAthlete;
};

} // namespace

Status recomputeLoadFigures(QSqlDatabase& database, const AthletesById& athletes,
                            std::optional<AthleteId> onlyAthlete)
{
    return Refresher(database, athletes, onlyAthlete).run();
}

Status refreshAthleteLoadFigures(Database& database, const Athlete& athlete)
{
    return database.transaction([&]() -> Status {
        QSqlDatabase connection = database.connection();
        const Status done =
            recomputeLoadFigures(connection, {{athlete.id.value, athlete}}, athlete.id);
        if (done)
            return {};
        return Error{QStringLiteral("Could not update the load figures of %1's sessions in "
                                    "'%2': %3.")
                         .arg(athlete.name, database.path(), done.errorMessage())};
    });
}

} // namespace paceline
