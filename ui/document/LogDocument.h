#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace paceline {

class LogStore;
class LoggedSessions;
class TemplateLibrary;
class TrainingPlan;

/// The open log as a document: the store, the undo stack, the athletes and the one
/// being looked at, and the parts for other kinds of rows (the session library).
/// Widgets never write data: they ask for an edit, the document (or its part) pushes
/// one QUndoCommand, the command writes through the store, and a typed signal
/// announces the change to the models and charts that follow it.
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

    // User edits: each pushes one undoable command and returns whether it was made; a
    // failed write emits storeError and leaves nothing to undo.
    /// Adds the athlete and makes them current.
    bool addAthlete(const Athlete& athlete);
    /// True also when nothing changed (and nothing was pushed).
    bool editAthlete(const Athlete& athlete);

    /// The session library: its templates and their edits.
    TemplateLibrary& library() { return *m_library; }
    const TemplateLibrary& library() const { return *m_library; }
    /// The logged sessions: their edits and the entry drafts.
    LoggedSessions& loggedSessions() { return *m_loggedSessions; }
    const LoggedSessions& loggedSessions() const { return *m_loggedSessions; }
    /// The athletes' plans and the microcycle templates.
    TrainingPlan& plan() { return *m_plan; }
    const TrainingPlan& plan() const { return *m_plan; }

    /// Re-reads everything after a bulk write outside the undo stack (demo data).
    void reload();

    // Used by the commands only: write through the store and announce the change.
    Status insertAthleteNow(Athlete& athlete);
    Status updateAthleteNow(const Athlete& athlete);
    Status removeAthleteNow(AthleteId id);

    // Used by the document's parts (TemplateLibrary) to make their edits.
    /// Pushes `command` and says whether its write went through.
    bool pushEdit(QUndoCommand* command);
    /// Marks the edit being pushed as failed and emits storeError; returns `status`.
    Status reportFailure(Status status);

Q_SIGNALS:
    void athleteAdded(paceline::AthleteId id);
    void athleteChanged(paceline::AthleteId id);
    void athleteRemoved(paceline::AthleteId id);
    void currentAthleteChanged(paceline::AthleteId id);
    /// Sessions of this athlete were added, changed or removed in bulk.
    void sessionsReset(paceline::AthleteId id);
    /// Reading or writing the log failed; the message says what and why. Nothing was
    /// half-written.
    void storeError(const QString& message);

private:
    void loadAthletes();
    void sortAthletes();

    std::unique_ptr<LogStore> m_store;
    std::vector<Athlete> m_athletes;
    AthleteId m_currentAthlete;
    std::unique_ptr<TemplateLibrary> m_library;
    std::unique_ptr<LoggedSessions> m_loggedSessions;
    std::unique_ptr<TrainingPlan> m_plan;
    bool m_writeFailed = false; ///< set by reportFailure, read by pushEdit
    // Last, so it is destroyed first, while the parts its commands refer to are alive.
    QUndoStack m_undoStack;
};

} // namespace paceline
