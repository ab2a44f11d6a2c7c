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

/// The open log as a document: the store, the undo stack and the athlete being
/// looked at. Widgets never write data: they ask for an edit, the document pushes
/// one QUndoCommand, the command writes through the store, and the document
/// announces the change with a typed signal that models and charts follow.
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

    /// Re-reads everything after a bulk write outside the undo stack (demo data).
    void reload();

    // Used by the commands only: write through the store and announce the change.
    Status insertAthleteNow(Athlete& athlete);
    Status updateAthleteNow(const Athlete& athlete);
    Status removeAthleteNow(AthleteId id);

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
    QUndoStack m_undoStack;
    std::vector<Athlete> m_athletes;
    AthleteId m_currentAthlete;
};

} // namespace paceline
