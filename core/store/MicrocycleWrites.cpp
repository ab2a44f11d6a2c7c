// MicrocycleStore's writes: validation, the template row and its children.
#include "Database.h"
#include "MicrocycleStore.h"
#include "SqlRow.h"
#include "StepRows.h"

#include <set>

namespace paceline {
namespace {

/// "day 9 is outside the 7 days of the template (0 to 6)"
QString outsideDays(int day, const MicrocycleTemplate& microcycle)
{
    return QStringLiteral("day %1 is outside the %2 days of the template (0 to %3)")
        .arg(day)
        .arg(microcycle.dayCount())
        .arg(microcycle.dayCount() - 1);
}

Status validateSessions(const MicrocycleTemplate& microcycle, const QString& name)
{
    for (const MicrocycleSession& session : microcycle.sessions) {
        if (session.day < 0 || session.day >= microcycle.dayCount())
            return Error{
                QStringLiteral("The session '%1' of the microcycle template '%2' is on %3.")
                    .arg(session.name, name, outsideDays(session.day, microcycle))};
        if (session.orderInDay < 0)
            return Error{QStringLiteral("The session '%1' of the microcycle template '%2' has a "
                                        "negative order in its day (%3).")
                             .arg(session.name, name)
                             .arg(session.orderInDay)};
    }
    return {};
}

Status validateRestDays(const MicrocycleTemplate& microcycle, const QString& name)
{
    std::set<int> seen;
    for (int day : microcycle.restDays) {
        if (day < 0 || day >= microcycle.dayCount())
            return Error{QStringLiteral("A rest day of the microcycle template '%1' is on %2.")
                             .arg(name, outsideDays(day, microcycle))};
        if (!seen.insert(day).second)
            return Error{QStringLiteral("The microcycle template '%1' marks day %2 as rest twice.")
                             .arg(name)
                             .arg(day)};
    }
    return {};
}

Status validate(const MicrocycleTemplate& microcycle)
{
    const QString name = microcycle.name.trimmed();
    if (name.isEmpty())
        return Error{QStringLiteral("A microcycle template needs a name.")};
    if (microcycle.weeks < 1)
        return Error{QStringLiteral("The microcycle template '%1' must last at least one week "
                                    "(it has %2).")
                         .arg(name)
                         .arg(microcycle.weeks)};
    if (Status sessions = validateSessions(microcycle, name); !sessions)
        return sessions;
    return validateRestDays(microcycle, name);
}

QString what(const MicrocycleTemplate& microcycle)
{
    return QStringLiteral("save the microcycle template '%1'").arg(microcycle.name);
}

/// NULL lets SQLite choose the id; a preset id (undoing a removal) is kept, and one
/// that another template holds is refused rather than swapped, since the undo stack's
/// commands would then act on the wrong template.
Result<QVariant> idToInsert(Database& database, const MicrocycleTemplate& microcycle)
{
    if (!microcycle.id.isValid())
        return QVariant();
    Result<qint64> taken =
        selectNumber(database, QStringLiteral("SELECT count(*) FROM microcycle WHERE id = ?"),
                     {microcycle.id.value});
    if (!taken)
        return taken.error();
    if (*taken > 0)
        return Error{QStringLiteral("Could not %1 in '%2': there is already a microcycle template "
                                    "with id %3.")
                         .arg(what(microcycle), database.path())
                         .arg(microcycle.id.value)};
    return QVariant(microcycle.id.value);
}

Status insertSession(Database& database, qint64 microcycleId, const MicrocycleSession& session)
{
    Result<QSqlQuery*> query = database.run(
        QStringLiteral("INSERT INTO microcycle_session (microcycle_id, day, order_in_day, name, "
                       "sport, purpose, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {microcycleId, session.day, session.orderInDay, textValue(session.name),
         enumId(session.sport), nullableEnum(session.purpose), textValue(session.notes)},
        QStringLiteral("save the session '%1' of a microcycle template").arg(session.name));
    if (!query)
        return query.error();
    const qint64 sessionId = (*query)->lastInsertId().toLongLong();
    // A copy: the caller's tree keeps its ids, which mean nothing here (see
    // MicrocycleStore.cpp, clearStepIds).
    StepTree steps = session.steps;
    return StepTreeWriter(database, StepOwnerKind::MicrocycleSession, sessionId).insert(steps);
}

/// Writes the sessions (with their steps) and rest days of a template row that has
/// none yet.
Status insertChildren(Database& database, const MicrocycleTemplate& microcycle)
{
    for (const MicrocycleSession& session : microcycle.sessions) {
        if (Status saved = insertSession(database, microcycle.id.value, session); !saved)
            return saved;
    }
    for (int day : microcycle.restDays) {
        Result<QSqlQuery*> query = database.run(
            QStringLiteral("INSERT INTO microcycle_rest_day (microcycle_id, day) VALUES (?, ?)"),
            {microcycle.id.value, day},
            QStringLiteral("save a rest day of the microcycle template '%1'").arg(microcycle.name));
        if (!query)
            return query.error();
    }
    return {};
}

QVariantList values(const MicrocycleTemplate& microcycle)
{
    return {textValue(microcycle.name), textValue(microcycle.description), microcycle.weeks};
}

} // namespace

Status MicrocycleStore::insert(MicrocycleTemplate& microcycle)
{
    const MicrocycleId before = microcycle.id;
    Status status = m_database.transaction([&]() -> Status {
        if (Status valid = validate(microcycle); !valid)
            return valid;
        Result<QVariant> id = idToInsert(m_database, microcycle);
        if (!id)
            return id.error();
        QVariantList bound = values(microcycle);
        bound << *id;
        Result<QSqlQuery*> query =
            m_database.run(QStringLiteral("INSERT INTO microcycle (name, description, weeks, id) "
                                          "VALUES (?, ?, ?, ?)"),
                           bound, what(microcycle));
        if (!query)
            return query.error();
        microcycle.id = MicrocycleId{(*query)->lastInsertId().toLongLong()};
        return insertChildren(m_database, microcycle);
    });
    if (!status)
        microcycle.id = before;
    return status;
}

Status MicrocycleStore::update(const MicrocycleTemplate& microcycle)
{
    return m_database.transaction([&]() -> Status {
        if (Status valid = validate(microcycle); !valid)
            return valid;
        QVariantList bound = values(microcycle);
        bound << microcycle.id.value;
        Status changed = m_database.changeOne(
            QStringLiteral("UPDATE microcycle SET name = ?, description = ?, weeks = ? "
                           "WHERE id = ?"),
            bound, what(microcycle),
            QStringLiteral("microcycle template with id %1").arg(microcycle.id.value));
        if (!changed)
            return changed;
        // The sessions are replaced whole: nothing refers to them or to their steps.
        for (const QString& table :
             {QStringLiteral("microcycle_session"), QStringLiteral("microcycle_rest_day")}) {
            Result<QSqlQuery*> cleared =
                m_database.run(QStringLiteral("DELETE FROM %1 WHERE microcycle_id = ?").arg(table),
                               {microcycle.id.value}, what(microcycle));
            if (!cleared)
                return cleared.error();
        }
        return insertChildren(m_database, microcycle);
    });
}

Status MicrocycleStore::remove(MicrocycleId id)
{
    // Its sessions, their steps and its rest days go with it (ON DELETE CASCADE).
    return m_database.transaction([&] {
        return m_database.changeOne(QStringLiteral("DELETE FROM microcycle WHERE id = ?"),
                                    {id.value}, QStringLiteral("remove a microcycle template"),
                                    QStringLiteral("microcycle template with id %1").arg(id.value));
    });
}

} // namespace paceline
