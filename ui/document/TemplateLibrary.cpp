#include "TemplateLibrary.h"

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

std::set<QString> takenNames(const std::vector<SessionTemplate>& templates)
{
    std::set<QString> taken;
    for (const SessionTemplate& known : templates)
        taken.insert(nameKey(known.name));
    return taken;
}

/// A template as a new row: no template or step ids.
SessionTemplate asNew(SessionTemplate sessionTemplate)
{
    sessionTemplate.id = {};
    sessionTemplate.steps = withoutIds(std::move(sessionTemplate.steps));
    return sessionTemplate;
}

} // namespace

TemplateLibrary::TemplateLibrary(LogDocument& document) : m_document(document) {}

const SessionTemplate* TemplateLibrary::sessionTemplate(TemplateId id) const
{
    const auto found = std::find_if(
        m_templates.begin(), m_templates.end(),
        [id](const SessionTemplate& sessionTemplate) { return sessionTemplate.id == id; });
    return found == m_templates.end() ? nullptr : &*found;
}

SessionTemplate* TemplateLibrary::findTemplate(TemplateId id)
{
    return const_cast<SessionTemplate*>(std::as_const(*this).sessionTemplate(id));
}

TemplateId TemplateLibrary::addTemplate(const SessionTemplate& sessionTemplate)
{
    auto* command = new AddTemplatesCommand(*this, {asNew(sessionTemplate)},
                                            translated("Add session %1").arg(sessionTemplate.name));
    // On success the stack keeps the command, so it can still be asked for the id.
    return m_document.pushEdit(command) ? command->templates().front().id : TemplateId{};
}

TemplateId TemplateLibrary::duplicateTemplate(TemplateId id)
{
    const SessionTemplate* original = sessionTemplate(id);
    if (!original)
        return {};
    const std::set<QString> taken = takenNames(m_templates);
    SessionTemplate copy = asNew(*original);
    copy.name = translated("%1 (copy)").arg(original->name);
    for (int number = 2; taken.count(nameKey(copy.name)); ++number)
        copy.name = translated("%1 (copy %2)").arg(original->name).arg(number);
    auto* command = new AddTemplatesCommand(*this, {copy},
                                            translated("Duplicate session %1").arg(original->name));
    return m_document.pushEdit(command) ? command->templates().front().id : TemplateId{};
}

bool TemplateLibrary::renameTemplate(TemplateId id, const QString& name)
{
    const SessionTemplate* before = sessionTemplate(id);
    if (!before || name.trimmed().isEmpty())
        return false;
    SessionTemplate after = *before;
    after.name = name.trimmed();
    return editTemplate(after, translated("Rename session to %1").arg(after.name), -1);
}

bool TemplateLibrary::editTemplateDetails(TemplateId id, const QString& name, Sport sport,
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

bool TemplateLibrary::removeTemplate(TemplateId id)
{
    return removeTemplates({id});
}

bool TemplateLibrary::removeTemplates(const std::vector<TemplateId>& ids)
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
    return m_document.pushEdit(new RemoveTemplatesCommand(*this, std::move(removed), text));
}

bool TemplateLibrary::editTemplateSteps(TemplateId id, const StepTree& after,
                                        const QString& description, int mergeKey)
{
    const SessionTemplate* before = sessionTemplate(id);
    if (!before)
        return false;
    SessionTemplate changed = *before;
    changed.steps = after;
    return editTemplate(changed, description, mergeKey);
}

int TemplateLibrary::addExampleSessions(const std::vector<SessionTemplate>& examples)
{
    std::set<QString> taken = takenNames(m_templates);
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
    return m_document.pushEdit(new AddTemplatesCommand(*this, std::move(added), text)) ? count : 0;
}

bool TemplateLibrary::editTemplate(const SessionTemplate& after, const QString& description,
                                   int mergeKey)
{
    const SessionTemplate* before = sessionTemplate(after.id);
    if (!before)
        return false;
    if (*before == after)
        return true;
    return m_document.pushEdit(
        new EditTemplateCommand(*this, *before, after, description, mergeKey));
}

Status TemplateLibrary::insertTemplatesNow(std::vector<SessionTemplate>& templates)
{
    LogStore& store = m_document.store();
    // Written into a copy: a failure part-way must not leave ids of rolled-back rows.
    std::vector<SessionTemplate> written = templates;
    Status status = store.transaction([&]() -> Status {
        for (SessionTemplate& sessionTemplate : written) {
            if (Status inserted = store.templates().insert(sessionTemplate); !inserted)
                return inserted;
        }
        return {};
    });
    if (!status)
        return m_document.reportFailure(status);
    templates = written;
    m_templates.insert(m_templates.end(), written.begin(), written.end());
    sortTemplates();
    for (const SessionTemplate& sessionTemplate : written)
        Q_EMIT templateAdded(sessionTemplate.id);
    return {};
}

Status TemplateLibrary::updateTemplateNow(SessionTemplate& sessionTemplate)
{
    SessionTemplate written = sessionTemplate;
    if (Status status = m_document.store().templates().update(written); !status)
        return m_document.reportFailure(status);
    sessionTemplate = written;
    if (SessionTemplate* cached = findTemplate(written.id))
        *cached = written;
    sortTemplates();
    Q_EMIT templateChanged(written.id);
    return {};
}

Status TemplateLibrary::removeTemplatesNow(const std::vector<TemplateId>& ids)
{
    LogStore& store = m_document.store();
    Status status = store.transaction([&]() -> Status {
        for (TemplateId id : ids) {
            if (Status removed = store.templates().remove(id); !removed)
                return removed;
        }
        return {};
    });
    if (!status)
        return m_document.reportFailure(status);
    // All are gone before the first signal: a listener that looks at the library (the
    // library panel picking another session) must not find one that is being removed.
    std::erase_if(m_templates, [&ids](const SessionTemplate& known) {
        return std::find(ids.begin(), ids.end(), known.id) != ids.end();
    });
    for (TemplateId id : ids)
        Q_EMIT templateRemoved(id);
    return {};
}

void TemplateLibrary::load()
{
    auto loaded = m_document.store().templates().all();
    if (!loaded) {
        m_templates.clear();
        Q_EMIT m_document.storeError(loaded.errorMessage());
        return;
    }
    m_templates = std::move(loaded).value();
    sortTemplates();
}

void TemplateLibrary::reload()
{
    load();
    Q_EMIT templatesReset();
}

void TemplateLibrary::sortTemplates()
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
