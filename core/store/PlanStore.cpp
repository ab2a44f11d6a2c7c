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
        Result<QSqlQuery*> query = m_database.run(
            QStringLiteral("INSERT INTO planned_session (athlete_id, day, order_in_day, "
                           "template_id, name, sport, purpose, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            values(plan), what(plan));
        if (!query)
            return query.error();
        plan.id = PlannedSessionId{(*query)->lastInsertId().toLongLong()};
        return StepTreeWriter(m_database, StepOwnerKind::Plan, plan.id.value).insert(plan.steps);
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
    // Its steps go with it; sessions logged against it keep their data, unlinked.
    return m_database.transaction([&] {
        return m_database.changeOne(QStringLiteral("DELETE FROM planned_session WHERE id = ?"),
                                    {id.value}, QStringLiteral("remove a planned session"),
                                    QStringLiteral("planned session with id %1").arg(id.value));
    });
}

} // namespace paceline

namespace paceline {

// STUB: rest days and completions come with migration 4 (issue 5).
Result<std::vector<RestDay>> PlanStore::restDays(AthleteId, QDate, QDate) const
{
    return std::vector<RestDay>{};
}

Status PlanStore::setRestDay(const RestDay&)
{
    return Error{QStringLiteral("Rest days are not kept yet.")};
}

Status PlanStore::clearRestDay(AthleteId, QDate)
{
    return {};
}

Result<std::map<PlannedSessionId, LoggedSessionId>> PlanStore::completions(AthleteId, QDate,
                                                                           QDate) const
{
    return std::map<PlannedSessionId, LoggedSessionId>{};
}

} // namespace paceline
