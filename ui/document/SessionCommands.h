#pragma once

#include "core/model/LoggedSession.h"

#include <QUndoCommand>

namespace paceline {

class LoggedSessions;

// Each command writes through LoggedSessions (*SessionNow), which writes through the
// store in one transaction. A failed write makes the command obsolete, so the stack
// drops it instead of offering to undo something that never happened.

/// Logs a new session; undo removes it. Redo restores the id the first write gave it
/// (and its reps' ids), so later commands that refer to it stay valid.
class AddSessionCommand : public QUndoCommand {
public:
    AddSessionCommand(LoggedSessions& sessions, LoggedSession session, const QString& text);
    void redo() override;
    void undo() override;
    /// As written, with its id once redo() succeeded.
    const LoggedSession& session() const { return m_session; }

private:
    LoggedSessions& m_sessions;
    LoggedSession m_session;
};

/// Deletes a session; undo puts it back with the same id and reps.
class RemoveSessionCommand : public QUndoCommand {
public:
    RemoveSessionCommand(LoggedSessions& sessions, LoggedSession session, const QString& text);
    void redo() override;
    void undo() override;

private:
    LoggedSessions& m_sessions;
    LoggedSession m_session;
};

/// Replaces a session and its reps with before/after snapshots.
class EditSessionCommand : public QUndoCommand {
public:
    EditSessionCommand(LoggedSessions& sessions, LoggedSession before, LoggedSession after,
                       const QString& text);
    void redo() override;
    void undo() override;

private:
    void apply(LoggedSession& state);

    LoggedSessions& m_sessions;
    LoggedSession m_before;
    LoggedSession m_after;
};

} // namespace paceline
