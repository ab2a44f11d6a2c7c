#pragma once

#include "core/model/LoggedSession.h"

#include <QUndoCommand>

#include <vector>

namespace paceline {

class LogDocument;

/// Up to this many sessions are announced one by one (sessionAdded, sessionRemoved):
/// each makes the screens read and lay out again, so for more the screens are told to
/// re-read the athlete's log once instead (announceSessionsReset).
inline constexpr size_t kSessionsAnnouncedOneByOne = 10;

/// Tells every screen to re-read the athlete's sessions, as LogDocument::reload() does
/// but keeping the undo history.
void announceSessionsReset(LogDocument& document, AthleteId athlete);

/// The sessions one import added, as one step on the undo stack. The importer writes
/// them itself (a transaction per file, so a bad file leaves nothing behind); the
/// command is pushed afterwards, so its first redo() finds them written already and
/// does nothing. Undo removes them all; redo puts them back with the same ids and reps,
/// so later commands that refer to them stay valid. Either is one transaction: all the
/// sessions or none.
class ImportCommand : public QUndoCommand {
public:
    /// `imported`: as they are stored, with their reps (LoggedSessions::session()).
    ImportCommand(LogDocument& document, std::vector<LoggedSession> imported);

    void redo() override;
    void undo() override;

    const std::vector<LoggedSession>& sessions() const { return m_imported; }
    /// "Import 12 sessions", the Edit menu's name for it.
    static QString textFor(int sessionCount);

private:
    /// Runs `change` in one transaction; false (with the log as before) when it failed.
    bool inOneTransaction(bool (ImportCommand::*change)());
    // Each false (after putting back what it had changed) when a write failed.
    bool removeAll();
    bool insertAll();

    LogDocument& m_document;
    std::vector<LoggedSession> m_imported;
    bool m_inLog = true; ///< the importer wrote them before the first redo()
};

} // namespace paceline
