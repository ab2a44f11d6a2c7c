#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace paceline {

class LogStore;

/// The open log as a document: the store, the undo stack, the athlete being looked
/// at and the library of session templates. Widgets never write data: they ask for
/// an edit, the document pushes one QUndoCommand, the command writes through the
/// store, and the document announces the change with a typed signal that models and
/// charts follow. The template part lives in LogDocumentTemplates.cpp.
class LogDocument : public QObject {
    Q_OBJECT

public:
    explicit LogDocument(std::unique_ptr<LogStore> store, QObject* parent = nullptr);
    ~LogDocument() override;

    LogStore& store() { return *m_store; }
    const LogStore& store() const { return *m_store; }
    QUndoStack* undoStack() { return &m_undoStack; }
    bool isReadOnly() const;

    /// The log's athletes, ordered by name (kept in memory: a coach has tens, not
    /// thousands).
    const std::vector<Athlete>& athletes() const { return m_athletes; }
    std::optional<Athlete> athlete(AthleteId id) const;

    AthleteId currentAthleteId() const { return m_currentAthlete; }
    std::optional<Athlete> currentAthlete() const { return athlete(m_currentAthlete); }
    void setCurrentAthlete(AthleteId id);

    // User edits: each pushes one undoable command.
    /// Adds the athlete and makes them current.
    void addAthlete(const Athlete& athlete);
    void editAthlete(const Athlete& athlete);

    /// The session library, ordered by name (loaded on open; hundreds at most).
    const std::vector<SessionTemplate>& templates() const { return m_templates; }
    /// The template with `id`, or null. Valid until the next template edit.
    const SessionTemplate* sessionTemplate(TemplateId id) const;

    // Template edits: each pushes one undoable command and returns whether it was
    // made; a failed write emits storeError and leaves nothing to undo.
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

    /// Re-reads everything after a bulk write outside the undo stack (demo data).
    void reload();

    // Used by the commands only: write through the store and announce the change.
    Status insertAthleteNow(Athlete& athlete);
    Status updateAthleteNow(const Athlete& athlete);
    Status removeAthleteNow(AthleteId id);
    /// All or none, in one transaction; ids are set on success and kept on failure.
    Status insertTemplatesNow(std::vector<SessionTemplate>& templates);
    Status updateTemplateNow(SessionTemplate& sessionTemplate);
    Status removeTemplatesNow(const std::vector<TemplateId>& ids);

Q_SIGNALS:
    void athleteAdded(paceline::AthleteId id);
    void athleteChanged(paceline::AthleteId id);
    void athleteRemoved(paceline::AthleteId id);
    void currentAthleteChanged(paceline::AthleteId id);
    void templateAdded(paceline::TemplateId id);
    /// Its name, details or steps changed.
    void templateChanged(paceline::TemplateId id);
    void templateRemoved(paceline::TemplateId id);
    /// The whole library was re-read (reload()).
    void templatesReset();
    /// Sessions of this athlete were added, changed or removed in bulk.
    void sessionsReset(paceline::AthleteId id);
    /// Reading or writing the log failed; the message says what and why. Nothing was
    /// half-written.
    void storeError(const QString& message);

private:
    void loadAthletes();
    void sortAthletes();
    void loadTemplates();
    void sortTemplates();
    /// Pushes `command` and says whether its write went through.
    bool pushEdit(QUndoCommand* command);
    SessionTemplate* findTemplate(TemplateId id);
    Status reportFailure(Status status);
    bool editTemplate(const SessionTemplate& after, const QString& description, int mergeKey);

    std::unique_ptr<LogStore> m_store;
    QUndoStack m_undoStack;
    std::vector<Athlete> m_athletes;
    AthleteId m_currentAthlete;
    std::vector<SessionTemplate> m_templates;
    bool m_writeFailed = false; ///< set by the *Now functions, read by pushEdit
};

} // namespace paceline
