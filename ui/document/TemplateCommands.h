#pragma once

#include "core/model/SessionTemplate.h"

#include <QUndoCommand>

#include <vector>

namespace paceline {

class TemplateLibrary;

// Each command writes through the library (TemplateLibrary::*TemplatesNow), which writes
// through the store in one transaction. A failed write makes the command obsolete,
// so the stack drops it instead of offering to undo something that never happened.

/// Adds templates (a new one, a duplicate, the examples) all or none; undo removes
/// them. Redo restores the ids the first write gave them, so later commands that
/// refer to them stay valid.
class AddTemplatesCommand : public QUndoCommand {
public:
    AddTemplatesCommand(TemplateLibrary& library, std::vector<SessionTemplate> templates,
                        const QString& text);
    void redo() override;
    void undo() override;
    /// As written, with their ids once redo() succeeded.
    const std::vector<SessionTemplate>& templates() const { return m_templates; }

private:
    TemplateLibrary& m_library;
    std::vector<SessionTemplate> m_templates;
};

/// Removes templates; undo puts them back with the same ids and steps.
class RemoveTemplatesCommand : public QUndoCommand {
public:
    RemoveTemplatesCommand(TemplateLibrary& library, std::vector<SessionTemplate> templates,
                           const QString& text);
    void redo() override;
    void undo() override;

private:
    TemplateLibrary& m_library;
    std::vector<SessionTemplate> m_templates;
};

/// Replaces a template's fields and steps with before/after snapshots (rename,
/// details, every step edit). With a non-negative merge key, consecutive edits of one
/// template with that key become one undo step.
class EditTemplateCommand : public QUndoCommand {
public:
    EditTemplateCommand(TemplateLibrary& library, SessionTemplate before, SessionTemplate after,
                        const QString& text, int mergeKey = -1);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(SessionTemplate& state);

    TemplateLibrary& m_library;
    SessionTemplate m_before;
    SessionTemplate m_after;
    int m_mergeKey;
};

} // namespace paceline
