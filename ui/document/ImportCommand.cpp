#include "ImportCommand.h"

#include "LogDocument.h"
#include "LoggedSessions.h"
#include "core/store/LogStore.h"

#include <QCoreApplication>
#include <QSignalBlocker>

#include <optional>

namespace paceline {

void announceSessionsReset(LogDocument& document, AthleteId athlete)
{
    // The models and screens re-read the athlete's sessions once, not per session.
    Q_EMIT document.sessionsReset(athlete);
}

ImportCommand::ImportCommand(LogDocument& document, std::vector<LoggedSession> imported)
    : m_document(document), m_imported(std::move(imported))
{
    setText(textFor(int(m_imported.size())));
}

QString ImportCommand::textFor(int sessionCount)
{
    return sessionCount == 1
               ? QCoreApplication::translate("paceline", "Import 1 session")
               : QCoreApplication::translate("paceline", "Import %1 sessions").arg(sessionCount);
}

void ImportCommand::redo()
{
    if (m_inLog)
        return; // the first redo: the importer has written them
    if (!inOneTransaction(&ImportCommand::insertAll)) {
        setObsolete(true);
        return;
    }
    m_inLog = true;
}

void ImportCommand::undo()
{
    if (!inOneTransaction(&ImportCommand::removeAll)) {
        setObsolete(true);
        return;
    }
    m_inLog = false;
}

bool ImportCommand::inOneTransaction(bool (ImportCommand::*change)())
{
    if (m_imported.empty())
        return true;
    const AthleteId athlete = m_imported.front().athleteId;
    // Many sessions: written quietly and announced once (see kSessionsAnnouncedOneByOne).
    std::optional<QSignalBlocker> quiet;
    if (m_imported.size() > kSessionsAnnouncedOneByOne)
        quiet.emplace(&m_document.loggedSessions());
    // One commit for hundreds of sessions, not one each; and a half-undone import could
    // not be redone as one step.
    bool changed = false;
    const Status status = m_document.store().transaction([&] {
        changed = (this->*change)();
        return Status{};
    });
    if (changed && !status)
        (void)m_document.reportFailure(status);
    // After a failed commit the log is as it was, whatever was announced: re-read it.
    if (quiet || (changed && !status)) {
        quiet.reset();
        announceSessionsReset(m_document, athlete);
    }
    return changed && status.ok();
}

bool ImportCommand::removeAll()
{
    LoggedSessions& logged = m_document.loggedSessions();
    for (size_t i = m_imported.size(); i-- > 0;) {
        if (!logged.removeSessionNow(m_imported[i])) {
            // The transaction rolls back the writes; this tells the screens so too.
            for (size_t back = i + 1; back < m_imported.size(); ++back)
                (void)logged.insertSessionNow(m_imported[back]);
            return false;
        }
    }
    return true;
}

bool ImportCommand::insertAll()
{
    LoggedSessions& logged = m_document.loggedSessions();
    for (size_t i = 0; i < m_imported.size(); ++i) {
        if (!logged.insertSessionNow(m_imported[i])) {
            for (size_t back = i; back-- > 0;)
                (void)logged.removeSessionNow(m_imported[back]);
            return false;
        }
    }
    return true;
}

} // namespace paceline
