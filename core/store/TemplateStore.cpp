#include "TemplateStore.h"

#include "Database.h"
#include "SqlRow.h"
#include "StepRows.h"

namespace paceline {
namespace {

const QString kTable = QStringLiteral("session_template");
const QString kSelect =
    QStringLiteral("SELECT id, name, sport, purpose, notes FROM session_template ");

QVariantList values(const SessionTemplate& sessionTemplate)
{
    return {textValue(sessionTemplate.name), enumId(sessionTemplate.sport),
            nullableEnum(sessionTemplate.purpose), textValue(sessionTemplate.notes)};
}

SessionTemplate readTemplate(RowReader& row)
{
    SessionTemplate sessionTemplate;
    sessionTemplate.id = TemplateId{row.int64(0)};
    sessionTemplate.name = row.text(1);
    sessionTemplate.sport = row.enumValue(2, Sport::Run);
    sessionTemplate.purpose = row.optEnum<Purpose>(3);
    sessionTemplate.notes = row.text(4);
    return sessionTemplate;
}

/// The templates a query selects, each with its step tree.
Result<std::vector<SessionTemplate>> select(Database& database, const QString& where,
                                            const QString& stepFilter, const QVariantList& values)
{
    return selectWithStepTrees<SessionTemplate>(database, kSelect + where, kTable, readTemplate,
                                                StepOwnerKind::Template, stepFilter, values);
}

QString what(const SessionTemplate& sessionTemplate)
{
    return QStringLiteral("save the template '%1'").arg(sessionTemplate.name);
}

} // namespace

Result<std::vector<SessionTemplate>> TemplateStore::all() const
{
    return select(m_database, QStringLiteral("ORDER BY name COLLATE NOCASE, id"),
                  QStringLiteral("template_id IS NOT NULL"), {});
}

Result<SessionTemplate> TemplateStore::find(TemplateId id) const
{
    Result<std::vector<SessionTemplate>> found = select(
        m_database, QStringLiteral("WHERE id = ?"), QStringLiteral("template_id = ?"), {id.value});
    if (!found)
        return found.error();
    if (found->empty())
        return m_database.notFound(QStringLiteral("template with id %1").arg(id.value));
    return found->front();
}

Status TemplateStore::insert(SessionTemplate& sessionTemplate)
{
    const TemplateId before = sessionTemplate.id;
    const std::vector<qint64> stepIds = collectStepIds(sessionTemplate.steps);
    Status status = m_database.transaction([&]() -> Status {
        // NULL lets SQLite choose the id; a given id restores a template that an undo
        // removed, so commands that refer to it stay valid.
        QVariantList bound = values(sessionTemplate);
        bound << (before.isValid() ? QVariant(before.value) : QVariant());
        Result<QSqlQuery*> query = m_database.run(
            QStringLiteral("INSERT INTO session_template (name, sport, purpose, notes, id) "
                           "VALUES (?, ?, ?, ?, ?)"),
            bound, what(sessionTemplate));
        if (!query)
            return query.error();
        sessionTemplate.id = TemplateId{(*query)->lastInsertId().toLongLong()};
        return StepTreeWriter(m_database, StepOwnerKind::Template, sessionTemplate.id.value)
            .insert(sessionTemplate.steps);
    });
    if (!status) {
        sessionTemplate.id = before;
        restoreStepIds(sessionTemplate.steps, stepIds);
    }
    return status;
}

Status TemplateStore::update(SessionTemplate& sessionTemplate)
{
    const std::vector<qint64> stepIds = collectStepIds(sessionTemplate.steps);
    Status status = m_database.transaction([&]() -> Status {
        QVariantList bound = values(sessionTemplate);
        bound << sessionTemplate.id.value;
        Status changed = m_database.changeOne(
            QStringLiteral("UPDATE session_template SET name = ?, sport = ?, purpose = ?, "
                           "notes = ? WHERE id = ?"),
            bound, what(sessionTemplate),
            QStringLiteral("template with id %1").arg(sessionTemplate.id.value));
        if (!changed)
            return changed;
        return StepTreeWriter(m_database, StepOwnerKind::Template, sessionTemplate.id.value)
            .replace(sessionTemplate.steps);
    });
    if (!status)
        restoreStepIds(sessionTemplate.steps, stepIds);
    return status;
}

Status TemplateStore::remove(TemplateId id)
{
    // Its steps go with it; plans made from it keep their own copies and lose the link.
    return m_database.transaction([&] {
        return m_database.changeOne(QStringLiteral("DELETE FROM session_template WHERE id = ?"),
                                    {id.value}, QStringLiteral("remove a template"),
                                    QStringLiteral("template with id %1").arg(id.value));
    });
}

} // namespace paceline
