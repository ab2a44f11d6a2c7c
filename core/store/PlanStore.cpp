#include "PlanStore.h"

#include "Database.h"
#include "SqlRow.h"
#include "StepRows.h"

namespace paceline {
namespace {

const QString kTable = QStringLiteral("planned_session");
const QString kSelect = QStringLiteral("SELECT id, athlete_id, day, order_in_day, template_id, "
                                       "name, sport, purpose, notes FROM planned_session ");

QVariantList values(const PlannedSession& plan)
{
    return {plan.athleteId.value,        dayText(plan.date),   plan.orderInDay,
            nullableId(plan.templateId), textValue(plan.name), enumId(plan.sport),
            nullableEnum(plan.purpose),  textValue(plan.notes)};
}

PlannedSession readPlan(RowReader& row)
{
    PlannedSession plan;
    plan.id = PlannedSessionId{row.int64(0)};
    plan.athleteId = AthleteId{row.int64(1)};
    plan.date = row.day(2);
    plan.orderInDay = row.integer(3);
    if (std::optional<qint64> templateId = row.optInt64(4))
        plan.templateId = TemplateId{*templateId};
    plan.name = row.text(5);
    plan.sport = row.enumValue(6, Sport::Run);
    plan.purpose = row.optEnum<Purpose>(7);
    plan.notes = row.text(8);
    return plan;
}

Result<std::vector<PlannedSession>> select(Database& database, const QString& where,
                                           const QString& stepFilter, const QVariantList& values)
{
    return selectWithStepTrees<PlannedSession>(database, kSelect + where, kTable, readPlan,
                                               StepOwnerKind::Plan, stepFilter, values);
}

Status validate(const PlannedSession& plan)
{
    if (!plan.date.isValid())
        return Error{QStringLiteral("The planned session '%1' has no valid date.").arg(plan.name)};
    return {};
}

QString what(const PlannedSession& plan)
{
    return QStringLiteral("save the planned session '%1' on %2").arg(plan.name, dayText(plan.date));
}

/// NULL lets SQLite choose the id. A preset id is kept: undoing a removal brings the
/// plan back under the id the undo stack's commands refer to. It is never swapped for
/// another one, since those commands would then act on a different plan.
Result<QVariant> idToInsert(Database& database, const PlannedSession& plan)
{
    if (!plan.id.isValid())
        return QVariant();
    Result<qint64> taken =
        selectNumber(database, QStringLiteral("SELECT count(*) FROM planned_session WHERE id = ?"),
                     {plan.id.value});
    if (!taken)
        return taken.error();
    if (*taken > 0)
        return Error{QStringLiteral("Could not save the planned session '%1' in '%2': there is "
                                    "already a planned session with id %3.")
                         .arg(plan.name, database.path())
                         .arg(plan.id.value)};
    return QVariant(plan.id.value);
}

} // namespace

Result<std::vector<PlannedSession>> PlanStore::inRange(AthleteId athlete, QDate first,
                                                       QDate last) const
{
    return select(m_database,
                  QStringLiteral("WHERE athlete_id = ? AND day BETWEEN ? AND ? "
                                 "ORDER BY day, order_in_day, id"),
                  QStringLiteral("planned_id IN (SELECT id FROM planned_session "
                                 "WHERE athlete_id = ? AND day BETWEEN ? AND ?)"),
                  {athlete.value, dayText(first), dayText(last)});
}

Result<PlannedSession> PlanStore::find(PlannedSessionId id) const
{
    Result<std::vector<PlannedSession>> found = select(
        m_database, QStringLiteral("WHERE id = ?"), QStringLiteral("planned_id = ?"), {id.value});
    if (!found)
        return found.error();
    if (found->empty())
        return m_database.notFound(QStringLiteral("planned session with id %1").arg(id.value));
    return found->front();
}

Status PlanStore::insert(PlannedSession& plan)
{
    const PlannedSessionId before = plan.id;
    const std::vector<qint64> stepIds = collectStepIds(plan.steps);
    Status status = m_database.transaction([&]() -> Status {
        if (Status valid = validate(plan); !valid)
            return valid;
        Result<QVariant> id = idToInsert(m_database, plan);
        if (!id)
            return id.error();
        QVariantList bound = values(plan);
        bound << *id;
        Result<QSqlQuery*> query = m_database.run(
            QStringLiteral("INSERT INTO planned_session (athlete_id, day, order_in_day, "
                           "template_id, name, sport, purpose, notes, id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            bound, what(plan));
        if (!query)
            return query.error();
        plan.id = PlannedSessionId{(*query)->lastInsertId().toLongLong()};
        // Free preset step ids are kept too, so a restored plan's steps are the rows
        // the undo stack (and re-linked reps) know.
        return StepTreeWriter(m_database, StepOwnerKind::Plan, plan.id.value)
            .insertKeepingFreeIds(plan.steps);
    });
    if (!status) {
        plan.id = before;
        restoreStepIds(plan.steps, stepIds);
    }
    return status;
}

Status PlanStore::update(PlannedSession& plan)
{
    const std::vector<qint64> stepIds = collectStepIds(plan.steps);
    Status status = m_database.transaction([&]() -> Status {
        if (Status valid = validate(plan); !valid)
            return valid;
        QVariantList bound = values(plan);
        bound << plan.id.value;
        Status changed = m_database.changeOne(
            QStringLiteral("UPDATE planned_session SET athlete_id = ?, day = ?, order_in_day = ?, "
                           "template_id = ?, name = ?, sport = ?, purpose = ?, notes = ? "
                           "WHERE id = ?"),
            bound, what(plan), QStringLiteral("planned session with id %1").arg(plan.id.value));
        if (!changed)
            return changed;
        return StepTreeWriter(m_database, StepOwnerKind::Plan, plan.id.value).replace(plan.steps);
    });
    if (!status)
        restoreStepIds(plan.steps, stepIds);
    return status;
}

Status PlanStore::remove(PlannedSessionId id)
{
    // Its steps go with it; sessions logged against it keep their data, unlinked
    // (logged_session.planned_id and rep.planned_step_id are ON DELETE SET NULL).
    return m_database.transaction([&] {
        return m_database.changeOne(QStringLiteral("DELETE FROM planned_session WHERE id = ?"),
                                    {id.value}, QStringLiteral("remove a planned session"),
                                    QStringLiteral("planned session with id %1").arg(id.value));
    });
}

} // namespace paceline
