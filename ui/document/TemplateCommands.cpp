#include "TemplateCommands.h"

#include "TemplateLibrary.h"

namespace paceline {

namespace {

std::vector<TemplateId> idsOf(const std::vector<SessionTemplate>& templates)
{
    std::vector<TemplateId> ids;
    for (const SessionTemplate& sessionTemplate : templates)
        ids.push_back(sessionTemplate.id);
    return ids;
}

} // namespace

AddTemplatesCommand::AddTemplatesCommand(TemplateLibrary& library,
                                         std::vector<SessionTemplate> templates,
                                         const QString& text)
    : m_library(library), m_templates(std::move(templates))
{
    setText(text);
}

void AddTemplatesCommand::redo()
{
    if (!m_library.insertTemplatesNow(m_templates))
        setObsolete(true);
}

void AddTemplatesCommand::undo()
{
    if (!m_library.removeTemplatesNow(idsOf(m_templates)))
        setObsolete(true);
}

RemoveTemplatesCommand::RemoveTemplatesCommand(TemplateLibrary& library,
                                               std::vector<SessionTemplate> templates,
                                               const QString& text)
    : m_library(library), m_templates(std::move(templates))
{
    setText(text);
}

void RemoveTemplatesCommand::redo()
{
    if (!m_library.removeTemplatesNow(idsOf(m_templates)))
        setObsolete(true);
}

void RemoveTemplatesCommand::undo()
{
    if (!m_library.insertTemplatesNow(m_templates))
        setObsolete(true);
}

EditTemplateCommand::EditTemplateCommand(TemplateLibrary& library, SessionTemplate before,
                                         SessionTemplate after, const QString& text, int mergeKey)
    : m_library(library), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey < 0 ? -1 : mergeKey)
{
    setText(text);
}

void EditTemplateCommand::redo()
{
    apply(m_after);
}

void EditTemplateCommand::undo()
{
    apply(m_before);
}

bool EditTemplateCommand::mergeWith(const QUndoCommand* other)
{
    // QUndoStack offers even a command whose write failed; that one must not merge.
    const auto* next = dynamic_cast<const EditTemplateCommand*>(other);
    if (!next || next->isObsolete() || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    setText(next->text());
    // Typed and then typed back: nothing is left to undo, and the stack drops it.
    setObsolete(m_after == m_before);
    return true;
}

void EditTemplateCommand::apply(SessionTemplate& state)
{
    // The write gives new steps their ids; keeping them makes the snapshot match the
    // log, so a later merge can tell "back where it started".
    if (!m_library.updateTemplateNow(state))
        setObsolete(true);
}

} // namespace paceline
