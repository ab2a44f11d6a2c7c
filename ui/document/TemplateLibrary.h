#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QObject>

#include <optional>
#include <vector>

namespace paceline {

class LogDocument;

/// The log's library of session templates, part of the open LogDocument: the cached
/// templates, their edits as undoable commands on the document's stack, and the
/// writes those commands make. Widgets ask for an edit; the library pushes one
/// command, the command writes through the store, and the library announces the
/// change. Kept apart from LogDocument so the document does not grow a method per
/// kind of row (the planner and the log will add their own parts the same way).
class TemplateLibrary : public QObject {
    Q_OBJECT

public:
    explicit TemplateLibrary(LogDocument& document);

    /// Ordered by name (loaded on open; hundreds at most).
    const std::vector<SessionTemplate>& templates() const { return m_templates; }
    /// The template with `id`, or null. Valid until the next template edit.
    const SessionTemplate* sessionTemplate(TemplateId id) const;

    // Edits: each pushes one undoable command and returns whether it was made; a
    // failed write emits the document's storeError and leaves nothing to undo.
    /// A new session or an import: ids in it are ignored. Returns the new id, or an
    /// invalid id when the write failed.
    TemplateId addTemplate(const SessionTemplate& sessionTemplate);
    /// A copy named "<name> (copy)" (or "(copy 2)", ... when that name is taken).
    TemplateId duplicateTemplate(TemplateId id);
    bool renameTemplate(TemplateId id, const QString& name);
    bool editTemplateDetails(TemplateId id, const QString& name, Sport sport,
                             std::optional<Purpose> purpose, const QString& notes);
    /// Undo restores it with the same id and steps.
    bool removeTemplate(TemplateId id);
    /// Several at once (a multi-selection in the library), as one command.
    bool removeTemplates(const std::vector<TemplateId>& ids);
    /// Replaces the step tree; `description` is the Edit menu text ("Add 8 × 400 m").
    /// Consecutive edits of one template with the same non-negative `mergeKey` merge
    /// into one undo step, so typing in a property field is undone at once.
    bool editTemplateSteps(TemplateId id, const StepTree& after, const QString& description,
                           int mergeKey = -1);
    /// Adds, as one command, those examples whose names are not in the library yet
    /// (ignoring letter case). Returns how many were added.
    int addExampleSessions(const std::vector<SessionTemplate>& examples);

    /// Reads the library, quietly (on open).
    void load();
    /// Reads it again and emits templatesReset (LogDocument::reload()).
    void reload();

    // Used by the commands only: write through the store and announce the change.
    /// All or none, in one transaction; ids are set on success and kept on failure.
    Status insertTemplatesNow(std::vector<SessionTemplate>& templates);
    Status updateTemplateNow(SessionTemplate& sessionTemplate);
    Status removeTemplatesNow(const std::vector<TemplateId>& ids);

Q_SIGNALS:
    void templateAdded(paceline::TemplateId id);
    /// Its name, details or steps changed.
    void templateChanged(paceline::TemplateId id);
    void templateRemoved(paceline::TemplateId id);
    /// The whole library was re-read (LogDocument::reload()).
    void templatesReset();

private:
    void sortTemplates();
    SessionTemplate* findTemplate(TemplateId id);
    bool editTemplate(const SessionTemplate& after, const QString& description, int mergeKey);

    LogDocument& m_document;
    std::vector<SessionTemplate> m_templates;
};

} // namespace paceline
