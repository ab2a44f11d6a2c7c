#include "SessionStore.h"

#include "AthleteStore.h"
#include "DailyLoadRows.h"
#include "Database.h"
#include "LoadFiguresRefresh.h"
#include "RepBatch.h"
#include "SessionRows.h"
#include "SqlRow.h"
#include "core/science/LoadMeasures.h"

#include <unordered_map>
#include <unordered_set>

namespace paceline {
namespace {

const QString kSessions = QStringLiteral("logged_session");

/// Saves the reps in order; rows of reps whose id is in `existing` are updated in
/// place (and taken out of it), the others inserted.
Status writeReps(Database& database, LoggedSession& session, std::unordered_set<qint64>& existing)
{
    for (std::size_t i = 0; i < session.reps.size(); ++i) {
        Rep& rep = session.reps[i];
        const bool keep = existing.erase(rep.id.value) > 0;
        Result<QSqlQuery*> query =
            database.prepared(keep ? SessionSql::updateRep : SessionSql::insertRep);
        if (!query)
            return query.error();
        bindRep(database, **query, session.id.value, int(i), rep);
        if (keep)
            (*query)->bindValue(SessionSql::idPlaceholder, rep.id.value);
        if (!(*query)->exec())
            return database.sqlError(
                QStringLiteral("save rep %1 of the session '%2'").arg(i + 1).arg(session.title),
                (*query)->lastError());
        if (!keep)
            rep.id = RepId{(*query)->lastInsertId().toLongLong()};
    }
    return {};
}

Result<std::unordered_set<qint64>> repIdsOf(Database& database, qint64 sessionId)
{
    Result<QSqlQuery*> query =
        database.run(QStringLiteral("SELECT id FROM rep WHERE session_id = ?"), {sessionId},
                     QStringLiteral("read reps"));
    if (!query)
        return query.error();
    QueryReset reset(**query);
    std::unordered_set<qint64> ids;
    while ((*query)->next())
        ids.insert((*query)->value(0).toLongLong());
    return ids;
}

Status deleteReps(Database& database, const std::unordered_set<qint64>& ids)
{
    for (qint64 id : ids) {
        Result<QSqlQuery*> deleted = database.run(QStringLiteral("DELETE FROM rep WHERE id = ?"),
                                                  {id}, QStringLiteral("remove a rep"));
        if (!deleted)
            return deleted.error();
    }
    return {};
}

/// What a write sets in the session: its id, its reps' ids and its load figures.
struct WrittenFields {
    LoggedSessionId id;
    std::vector<RepId> reps;
    SessionLoadFigures loadFigures;

    explicit WrittenFields(const LoggedSession& session)
        : id(session.id), loadFigures(session.loadFigures)
    {
        reps.reserve(session.reps.size());
        for (const Rep& rep : session.reps)
            reps.push_back(rep.id);
    }

    /// Puts them back after a failed write.
    void restore(LoggedSession& session) const
    {
        session.id = id;
        for (std::size_t i = 0; i < reps.size() && i < session.reps.size(); ++i)
            session.reps[i].id = reps[i];
        session.loadFigures = loadFigures;
    }
};

/// Refuses what the schema would reject less readably, and computes the load figures the
/// save stores for the athlete as stored now. An athlete that is not in the log gets
/// none here: the write then fails on the foreign key, with its usual message.
Status readyToSave(Database& database, LoggedSession& session)
{
    if (Status valid = validateSession(session); !valid)
        return valid;
    Result<std::optional<Athlete>> athlete =
        AthleteStore(database).findIfPresent(session.athleteId);
    if (!athlete)
        return athlete.error();
    session.loadFigures = *athlete ? sessionLoadFigures(session, **athlete) : SessionLoadFigures{};
    return {};
}

/// NULL lets SQLite choose the id. A preset id is kept: undoing a removal brings the
/// session back under the id the undo stack's commands refer to. It is never swapped
/// for another one, since those commands would then act on a different session.
Result<QVariant> idToInsert(Database& database, const LoggedSession& session)
{
    if (!session.id.isValid())
        return QVariant();
    Result<qint64> taken =
        selectNumber(database, QStringLiteral("SELECT count(*) FROM logged_session WHERE id = ?"),
                     {session.id.value});
    if (!taken)
        return taken.error();
    if (*taken > 0)
        return Error{QStringLiteral("Could not save the session '%1' in '%2': there is already "
                                    "a logged session with id %3.")
                         .arg(session.title, database.path())
                         .arg(session.id.value)};
    return QVariant(session.id.value);
}

} // namespace

Result<std::vector<LoggedSession>> SessionStore::inRange(AthleteId athlete, QDate first, QDate last,
                                                         WithReps withReps) const
{
    const QVariantList values{athlete.value, dayText(first), dayText(last)};
    Result<std::vector<LoggedSession>> sessions = selectAll<LoggedSession>(
        m_database,
        SessionSql::selectSessions +
            QStringLiteral("WHERE athlete_id = ? AND day BETWEEN ? AND ? ORDER BY start_utc, id"),
        values, kSessions, readSession);
    if (!sessions || withReps == WithReps::No)
        return sessions;
    Status reps = attachReps(m_database, sessions.value(),
                             QStringLiteral("JOIN logged_session s ON s.id = r.session_id "
                                            "WHERE s.athlete_id = ? AND s.day BETWEEN ? AND ? "
                                            "ORDER BY r.session_id, r.position"),
                             values);
    if (!reps)
        return reps.error();
    return sessions;
}

Result<std::vector<LoggedSession>> SessionStore::linkedTo(PlannedSessionId plan) const
{
    Result<std::vector<LoggedSession>> sessions = selectAll<LoggedSession>(
        m_database,
        SessionSql::selectSessions + QStringLiteral("WHERE planned_id = ? ORDER BY start_utc, id"),
        {plan.value}, kSessions, readSession);
    if (!sessions || sessions->empty())
        return sessions;
    Status reps =
        attachReps(m_database, sessions.value(),
                   QStringLiteral("JOIN logged_session s ON s.id = r.session_id "
                                  "WHERE s.planned_id = ? ORDER BY r.session_id, r.position"),
                   {plan.value});
    if (!reps)
        return reps.error();
    return sessions;
}

Result<LoggedSession> SessionStore::find(LoggedSessionId id) const
{
    Result<std::vector<LoggedSession>> found = selectAll<LoggedSession>(
        m_database, SessionSql::selectSessions + QStringLiteral("WHERE id = ?"), {id.value},
        kSessions, readSession);
    if (!found)
        return found.error();
    if (found->empty())
        return m_database.notFound(QStringLiteral("logged session with id %1").arg(id.value));
    Status reps =
        attachReps(m_database, found.value(),
                   QStringLiteral("WHERE r.session_id = ? ORDER BY r.position"), {id.value});
    if (!reps)
        return reps.error();
    return found->front();
}

Result<int> SessionStore::count(AthleteId athlete) const
{
    // Not count(*) over logged_session, which visits an index entry per session: the
    // Log screen asks at start-up and on every switch (StartupWorkTest).
    Result<qint64> count = selectNumber(
        m_database,
        QStringLiteral("SELECT coalesce((SELECT sessions FROM athlete_session_count WHERE "
                       "athlete_id = ?), 0)"),
        {athlete.value});
    if (!count)
        return count.error();
    return int(*count);
}

Result<std::optional<LoggedSessionId>> SessionStore::findByStart(AthleteId athlete,
                                                                 const QDateTime& start,
                                                                 std::optional<Sport> sport) const
{
    // The stored day is local to the offset the session was saved with, which may not
    // be the one `start` carries (a FIT file says its offset, its TCX twin does not), but
    // it is never more than a day from the UTC date: the day range keeps the lookup on
    // the (athlete_id, day) index.
    const QDate utcDay = start.toUTC().date();
    Result<QSqlQuery*> query = m_database.run(
        QStringLiteral("SELECT id FROM logged_session WHERE athlete_id = ? AND day BETWEEN ? AND ? "
                       "AND start_utc = ? AND (? IS NULL OR sport = ?) ORDER BY id LIMIT 1"),
        {athlete.value, dayText(utcDay.addDays(-1)), dayText(utcDay.addDays(1)),
         start.toSecsSinceEpoch(), sport ? QVariant(enumId(*sport)) : QVariant(),
         sport ? QVariant(enumId(*sport)) : QVariant()},
        QStringLiteral("look for a session with the same start"));
    if (!query)
        return query.error();
    QueryReset reset(**query);
    if (!(*query)->next())
        return std::optional<LoggedSessionId>();
    return std::optional<LoggedSessionId>(LoggedSessionId{(*query)->value(0).toLongLong()});
}

Result<std::optional<std::pair<QDate, QDate>>> SessionStore::dayRange(AthleteId athlete) const
{
    using Range = std::optional<std::pair<QDate, QDate>>;
    // Two subqueries, so each min/max is one step along the (athlete_id, day) index.
    Result<QSqlQuery*> query = m_database.run(
        QStringLiteral("SELECT (SELECT min(day) FROM logged_session WHERE athlete_id = ?), "
                       "(SELECT max(day) FROM logged_session WHERE athlete_id = ?)"),
        {athlete.value, athlete.value}, QStringLiteral("read the logged days"));
    if (!query)
        return query.error();
    QueryReset reset(**query);
    if (!(*query)->next() || (*query)->isNull(0))
        return Range();
    const QDate first = QDate::fromString((*query)->value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString((*query)->value(1).toString(), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return m_database.damaged(QStringLiteral("a logged session has a malformed day"));
    return Range(std::pair{first, last});
}

Status SessionStore::insert(LoggedSession& session)
{
    const WrittenFields before(session);
    Status status = m_database.transaction([&]() -> Status {
        if (Status ready = readyToSave(m_database, session); !ready)
            return ready;
        Result<QVariant> id = idToInsert(m_database, session);
        if (!id)
            return id.error();
        Result<QSqlQuery*> query = m_database.prepared(SessionSql::insertSession);
        if (!query)
            return query.error();
        bindSession(m_database, **query, session, *id);
        if (!(*query)->exec())
            return m_database.sqlError(QStringLiteral("save the session '%1'").arg(session.title),
                                       (*query)->lastError());
        session.id = LoggedSessionId{(*query)->lastInsertId().toLongLong()};
        return insertNewReps(m_database, session);
    });
    if (!status)
        before.restore(session);
    return status;
}

Status SessionStore::update(LoggedSession& session)
{
    const WrittenFields before(session);
    Status status = m_database.transaction([&]() -> Status {
        if (Status ready = readyToSave(m_database, session); !ready)
            return ready;
        Result<QSqlQuery*> query = m_database.prepared(SessionSql::updateSession);
        if (!query)
            return query.error();
        bindSession(m_database, **query, session, session.id.value);
        if (Status done = m_database.exec(
                **query, QStringLiteral("save the session '%1'").arg(session.title));
            !done)
            return done;
        if ((*query)->numRowsAffected() == 0)
            return m_database.notFound(
                QStringLiteral("logged session with id %1").arg(session.id.value));
        Result<std::unordered_set<qint64>> existing = repIdsOf(m_database, session.id.value);
        if (!existing)
            return existing.error();
        if (Status written = writeReps(m_database, session, existing.value()); !written)
            return written;
        return deleteReps(m_database, *existing);
    });
    if (!status)
        before.restore(session);
    return status;
}

Status SessionStore::refreshLoadFigures(AthleteId athlete)
{
    return m_database.transaction([&]() -> Status {
        Result<Athlete> found = AthleteStore(m_database).find(athlete);
        if (!found)
            return found.error();
        return refreshAthleteLoadFigures(m_database, *found);
    });
}

Status SessionStore::remove(LoggedSessionId id)
{
    // Reps follow through ON DELETE CASCADE; a trigger updates daily_load.
    return m_database.transaction([&] {
        return m_database.changeOne(QStringLiteral("DELETE FROM logged_session WHERE id = ?"),
                                    {id.value}, QStringLiteral("remove a logged session"),
                                    QStringLiteral("logged session with id %1").arg(id.value));
    });
}

Result<std::vector<DailyLoad>> SessionStore::dailyLoads(AthleteId athlete, QDate first,
                                                        QDate last) const
{
    return readDailyLoads(m_database, athlete, first, last);
}

} // namespace paceline
