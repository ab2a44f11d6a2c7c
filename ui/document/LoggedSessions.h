#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/Result.h"
#include "core/store/DraftStore.h"

#include <QObject>

#include <optional>

namespace paceline {

class LogDocument;

/// The log's logged sessions, part of the open LogDocument: their edits as undoable
/// commands on the document's stack, the writes those commands make, and the entry
/// drafts. Sessions are not cached here (a ten-year log holds tens of thousands);
/// models read what they show from the store and follow the signals.
class LoggedSessions : public QObject {
    Q_OBJECT

public:
    explicit LoggedSessions(LogDocument& document);

    // Edits: each pushes one undoable command and returns whether it was made; a
    // failed write emits the document's storeError and leaves nothing to undo. The
    // stability figures are computed (stabilityOf) before every write.
    /// Returns the new id, or an invalid id when the write failed.
    LoggedSessionId logSession(const LoggedSession& session);
    bool editSession(const LoggedSession& session);
    /// Undo restores it with the same id and reps.
    bool removeSession(LoggedSessionId id);

    /// The session with its reps as stored, or nullopt (after storeError) when it
    /// cannot be read.
    std::optional<LoggedSession> session(LoggedSessionId id) const;
    /// The figures `session` would be stored with: its reps against the plan they link
    /// to (read from the store) and the athlete's training paces.
    PaceStability stabilityOf(const LoggedSession& session) const;

    // Drafts are written at once, outside the undo stack: they are the safety net
    // for what the form holds, not an edit of the log.
    std::optional<EntryDraft> draft(AthleteId athlete) const;
    bool saveDraft(const EntryDraft& draft);
    bool discardDraft(AthleteId athlete);

    // Used by the commands only: write through the store and announce the change.
    /// Keeps a valid preset id (undoing a removal); otherwise sets a new one.
    Status insertSessionNow(LoggedSession& session);
    Status updateSessionNow(LoggedSession& session);
    Status removeSessionNow(const LoggedSession& session);

Q_SIGNALS:
    void sessionAdded(paceline::AthleteId athlete, paceline::LoggedSessionId id);
    void sessionChanged(paceline::AthleteId athlete, paceline::LoggedSessionId id);
    void sessionRemoved(paceline::AthleteId athlete, paceline::LoggedSessionId id);

private:
    LogDocument& m_document;
};

} // namespace paceline
