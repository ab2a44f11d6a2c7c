// The session library part of LogDocument: the cached templates, their edits as
// undoable commands, and the writes those commands make.

#include "LogDocument.h"
#include "TemplateCommands.h"
#include "core/model/StepPath.h"
#include "core/store/LogStore.h"
#include "core/store/TemplateStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

/// Names match ignoring letter case and surrounding spaces, as people read them.
QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

/// A template as a new row: no template or step ids.
SessionTemplate asNew(SessionTemplate sessionTemplate)
{
    sessionTemplate.id = {};
    sessionTemplate.steps = withoutIds(std::move(sessionTemplate.steps));
    return sessionTemplate;
}

} // namespace

const SessionTemplate* LogDocument::sessionTemplate(TemplateId id) const
{
    const auto found = std::find_if(
        m_templates.begin(), m_templates.end(),
        [id](const SessionTemplate& sessionTemplate) { return sessionTemplate.id == id; });
    return found == m_templates.end() ? nullptr : &*found;
}

SessionTemplate* LogDocument::findTemplate(TemplateId id)
{
    return const_cast<SessionTemplate*>(std::as_const(*this).sessionTemplate(id));
}

TemplateId LogDocument::addTemplate(const SessionTemplate& sessionTemplate)
{
    auto* command = new AddTemplatesCommand(*this, {asNew(sessionTemplate)},
                                            translated("Add session %1").arg(sessionTemplate.name));
    // On success the stack keeps the command, so it can still be asked for the id.
    return pushEdit(command) ? command->templates().front().id : TemplateId{};
}

TemplateId LogDocument::duplicateTemplate(TemplateId id)
{
    const SessionTemplate* original = sessionTemplate(id);
    if (!original)
        return {};
    std::set<QString> taken;
    for (const SessionTemplate& known : m_templates)
        taken.insert(nameKey(known.name));
    SessionTemplate copy = asNew(*original);
    copy.name = translated("%1 (copy)").arg(original->name);
    for (int number = 2; taken.count(nameKey(copy.name)); ++number)
        copy.name = translated("%1 (copy %2)").arg(original->name).arg(number);
    auto* command = new AddTemplatesCommand(*this, {copy},
                                            translated("Duplicate session %1").arg(original->name));
    return pushEdit(command) ? command->templates().front().id : TemplateId{};
}

bool LogDocument::renameTemplate(TemplateId id, const QString& name)
{
    const SessionTemplate* before = sessionTemplate(id);
    if (!before || name.trimmed().isEmpty())
        return false;
    SessionTemplate after = *before;
    after.name = name.trimmed();
    return editTemplate(after, translated("Rename session to %1").arg(after.name), -1);
}

bool LogDocument::editTemplateDetails(TemplateId id, const QString& name, Sport sport,
                                      std::optional<Purpose> purpose, const QString& notes)
{
    const SessionTemplate* before = sessionTemplate(id);
    if (!before || name.trimmed().isEmpty())
        return false;
    SessionTemplate after = *before;
    after.name = name.trimmed();
    after.sport = sport;
    after.purpose = purpose;
    after.notes = notes;
    return editTemplate(after, translated("Edit details of %1").arg(after.name), -1);
}

bool LogDocument::removeTemplate(TemplateId id)
{
    return removeTemplates({id});
}

bool LogDocument::removeTemplates(const std::vector<TemplateId>& ids)
{
    std::vector<SessionTemplate> removed;
    for (TemplateId id : ids) {
        const SessionTemplate* found = sessionTemplate(id);
        if (!found)
            return false;
        removed.push_back(*found);
    }
    if (removed.empty())
        return false;
    const QString text = removed.size() == 1
                             ? translated("Delete session %1").arg(removed.front().name)
                             : translated("Delete %1 sessions").arg(removed.size());
    return pushEdit(new RemoveTemplatesCommand(*this, std::move(removed), text));
}

bool LogDocument::editTemplateSteps(TemplateId id, const StepTree& after,
                                    const QString& description, int mergeKey)
{
    const SessionTemplate* before = sessionTemplate(id);
    if (!before)
        return false;
    SessionTemplate changed = *before;
    changed.steps = after;
    return editTemplate(changed, description, mergeKey);
}

int LogDocument::addExampleSessions(const std::vector<SessionTemplate>& examples)
{
    std::set<QString> taken;
    for (const SessionTemplate& known : m_templates)
        taken.insert(nameKey(known.name));
    std::vector<SessionTemplate> added;
    for (const SessionTemplate& example : examples) {
        if (taken.insert(nameKey(example.name)).second)
            added.push_back(asNew(example));
    }
    if (added.empty())
        return 0;
    const int count = int(added.size());
    const QString text = count == 1 ? translated("Add example session %1").arg(added.front().name)
                                    : translated("Add %1 example sessions").arg(count);
    return pushEdit(new AddTemplatesCommand(*this, std::move(added), text)) ? count : 0;
}

bool LogDocument::editTemplate(const SessionTemplate& after, const QString& description,
                               int mergeKey)
{
    const SessionTemplate* before = sessionTemplate(after.id);
    if (!before)
        return false;
    if (*before == after)
        return true;
    return pushEdit(new EditTemplateCommand(*this, *before, after, description, mergeKey));
}

bool LogDocument::pushEdit(QUndoCommand* command)
{
    m_writeFailed = false;
    m_undoStack.push(command);
    return !m_writeFailed;
}

Status LogDocument::reportFailure(Status status)
{
    m_writeFailed = true;
    Q_EMIT storeError(status.errorMessage());
    return status;
}

Status LogDocument::insertTemplatesNow(std::vector<SessionTemplate>& templates)
{
    // Written into a copy: a failure part-way must not leave ids of rolled-back rows.
    std::vector<SessionTemplate> written = templates;
    Status status = m_store->transaction([&]() -> Status {
        for (SessionTemplate& sessionTemplate : written) {
            if (Status inserted = m_store->templates().insert(sessionTemplate); !inserted)
                return inserted;
        }
        return {};
    });
    if (!status)
        return reportFailure(status);
    templates = written;
    m_templates.insert(m_templates.end(), written.begin(), written.end());
    sortTemplates();
    for (const SessionTemplate& sessionTemplate : written)
        Q_EMIT templateAdded(sessionTemplate.id);
    return {};
}

Status LogDocument::updateTemplateNow(SessionTemplate& sessionTemplate)
{
    SessionTemplate written = sessionTemplate;
    if (Status status = m_store->templates().update(written); !status)
        return reportFailure(status);
    sessionTemplate = written;
    if (SessionTemplate* cached = findTemplate(written.id))
        *cached = written;
    sortTemplates();
    Q_EMIT templateChanged(written.id);
    return {};
}

Status LogDocument::removeTemplatesNow(const std::vector<TemplateId>& ids)
{
    Status status = m_store->transaction([&]() -> Status {
        for (TemplateId id : ids) {
            if (Status removed = m_store->templates().remove(id); !removed)
                return removed;
        }
        return {};
    });
    if (!status)
        return reportFailure(status);
    for (TemplateId id : ids) {
        std::erase_if(m_templates, [id](const SessionTemplate& known) { return known.id == id; });
        Q_EMIT templateRemoved(id);
    }
    return {};
}

void LogDocument::loadTemplates()
{
    auto loaded = m_store->templates().all();
    if (!loaded) {
        m_templates.clear();
        Q_EMIT storeError(loaded.errorMessage());
        return;
    }
    m_templates = std::move(loaded).value();
    sortTemplates();
}

void LogDocument::sortTemplates()
{
    std::sort(m_templates.begin(), m_templates.end(),
              [](const SessionTemplate& a, const SessionTemplate& b) {
                  // Folded first: the C locale would put every capital first.
                  const int order =
                      QString::localeAwareCompare(a.name.toCaseFolded(), b.name.toCaseFolded());
                  return order != 0 ? order < 0 : a.id < b.id;
              });
}

} // namespace paceline
