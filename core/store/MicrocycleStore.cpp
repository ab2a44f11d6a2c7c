#include "MicrocycleStore.h"

#include "Database.h"
#include "SqlRow.h"
#include "StepRows.h"

#include <unordered_map>

namespace paceline {
namespace {

/// The SQL conditions that pick the rows of the templates to read: all of them, or
/// one (find). Each is bound to the same values.
struct Filters {
    QString microcycles;
    QString sessions;
    QString steps;
    QString restDays;
    QVariantList values;
};

Filters everyTemplate()
{
    return {QStringLiteral("ORDER BY name COLLATE NOCASE, id"),
            QString(),
            QStringLiteral("microcycle_session_id IS NOT NULL"),
            QString(),
            {}};
}

Filters oneTemplate(MicrocycleId id)
{
    return {QStringLiteral("WHERE id = ?"),
            QStringLiteral("WHERE microcycle_id = ? "),
            QStringLiteral("microcycle_session_id IN "
                           "(SELECT id FROM microcycle_session WHERE microcycle_id = ?)"),
            QStringLiteral("WHERE microcycle_id = ? "),
            {id.value}};
}

/// A session row with the ids the model does not carry: its own (owner of its steps)
/// and its template's.
struct SessionRow {
    qint64 id = 0;
    qint64 microcycleId = 0;
    MicrocycleSession session;
};

struct RestDayRow {
    qint64 microcycleId = 0;
    int day = 0;
};

MicrocycleTemplate readMicrocycle(RowReader& row)
{
    MicrocycleTemplate microcycle;
    microcycle.id = MicrocycleId{row.int64(0)};
    microcycle.name = row.text(1);
    microcycle.description = row.text(2);
    microcycle.weeks = row.integer(3);
    return microcycle;
}

SessionRow readSession(RowReader& row)
{
    SessionRow read{row.int64(0), row.int64(1), {}};
    MicrocycleSession& session = read.session;
    session.day = row.integer(2);
    session.orderInDay = row.integer(3);
    session.name = row.text(4);
    session.sport = row.enumValue(5, Sport::Run);
    session.purpose = row.optEnum<Purpose>(6);
    session.notes = row.text(7);
    return read;
}

RestDayRow readRestDay(RowReader& row)
{
    // Column 0 is the rowid: selectAll names damaged rows by their first column.
    return RestDayRow{row.int64(1), row.integer(2)};
}

/// Step ids of a microcycle are internal: nothing links to them, and applying the
/// template copies the steps into plans with new ids. Reading them back as 0 makes a
/// template read equal to the one saved, even after update(), which cannot write ids
/// back into its const argument.
void clearStepIds(StepTree& tree)
{
    restoreStepIds(tree, std::vector<qint64>(collectStepIds(tree).size(), 0));
}

Status attachSessions(Database& database, const Filters& filters,
                      std::unordered_map<qint64, MicrocycleTemplate*>& byId)
{
    Result<std::vector<SessionRow>> sessions = selectAll<SessionRow>(
        database,
        QStringLiteral("SELECT id, microcycle_id, day, order_in_day, name, sport, purpose, notes "
                       "FROM microcycle_session %1ORDER BY microcycle_id, day, order_in_day, id")
            .arg(filters.sessions),
        filters.values, QStringLiteral("microcycle_session"), readSession);
    if (!sessions)
        return sessions.error();
    Result<std::unordered_map<qint64, StepTree>> trees =
        loadStepTrees(database, StepOwnerKind::MicrocycleSession, filters.steps, filters.values);
    if (!trees)
        return trees.error();
    for (SessionRow& row : *sessions) {
        if (auto tree = trees->find(row.id); tree != trees->end()) {
            row.session.steps = std::move(tree->second);
            clearStepIds(row.session.steps);
        }
        if (auto owner = byId.find(row.microcycleId); owner != byId.end())
            owner->second->sessions.push_back(std::move(row.session));
    }
    return {};
}

Status attachRestDays(Database& database, const Filters& filters,
                      std::unordered_map<qint64, MicrocycleTemplate*>& byId)
{
    Result<std::vector<RestDayRow>> days = selectAll<RestDayRow>(
        database,
        QStringLiteral("SELECT rowid, microcycle_id, day FROM microcycle_rest_day %1"
                       "ORDER BY microcycle_id, day")
            .arg(filters.restDays),
        filters.values, QStringLiteral("microcycle_rest_day"), readRestDay);
    if (!days)
        return days.error();
    for (const RestDayRow& row : *days) {
        if (auto owner = byId.find(row.microcycleId); owner != byId.end())
            owner->second->restDays.push_back(row.day);
    }
    return {};
}

Result<std::vector<MicrocycleTemplate>> load(Database& database, const Filters& filters)
{
    Result<std::vector<MicrocycleTemplate>> microcycles = selectAll<MicrocycleTemplate>(
        database,
        QStringLiteral("SELECT id, name, description, weeks FROM microcycle ") +
            filters.microcycles,
        filters.values, QStringLiteral("microcycle"), readMicrocycle);
    if (!microcycles)
        return microcycles;
    std::unordered_map<qint64, MicrocycleTemplate*> byId;
    for (MicrocycleTemplate& microcycle : *microcycles)
        byId.emplace(microcycle.id.value, &microcycle);
    if (Status sessions = attachSessions(database, filters, byId); !sessions)
        return sessions.error();
    if (Status restDays = attachRestDays(database, filters, byId); !restDays)
        return restDays.error();
    return microcycles;
}

} // namespace

Result<std::vector<MicrocycleTemplate>> MicrocycleStore::all() const
{
    return load(m_database, everyTemplate());
}

Result<MicrocycleTemplate> MicrocycleStore::find(MicrocycleId id) const
{
    Result<std::vector<MicrocycleTemplate>> found = load(m_database, oneTemplate(id));
    if (!found)
        return found.error();
    if (found->empty())
        return m_database.notFound(QStringLiteral("microcycle template with id %1").arg(id.value));
    return found->front();
}

} // namespace paceline
