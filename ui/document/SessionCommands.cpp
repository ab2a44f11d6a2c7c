#include "SessionCommands.h"

#include "LoggedSessions.h"

namespace paceline {

AddSessionCommand::AddSessionCommand(LoggedSessions& sessions, LoggedSession session,
                                     const QString& text)
    : m_sessions(sessions), m_session(std::move(session))
{
    setText(text);
}

void AddSessionCommand::redo()
{
    if (!m_sessions.insertSessionNow(m_session))
        setObsolete(true);
}

void AddSessionCommand::undo()
{
    if (!m_sessions.removeSessionNow(m_session))
        setObsolete(true);
}

RemoveSessionCommand::RemoveSessionCommand(LoggedSessions& sessions, LoggedSession session,
                                           const QString& text)
    : m_sessions(sessions), m_session(std::move(session))
{
    setText(text);
}

void RemoveSessionCommand::redo()
{
    if (!m_sessions.removeSessionNow(m_session))
        setObsolete(true);
}

void RemoveSessionCommand::undo()
{
    if (!m_sessions.insertSessionNow(m_session))
        setObsolete(true);
}

EditSessionCommand::EditSessionCommand(LoggedSessions& sessions, LoggedSession before,
                                       LoggedSession after, const QString& text)
    : m_sessions(sessions), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void EditSessionCommand::redo()
{
    apply(m_after);
}

void EditSessionCommand::undo()
{
    apply(m_before);
}

void EditSessionCommand::apply(LoggedSession& state)
{
    // The write gives new reps their ids; keeping them lets undo and redo replace
    // exactly the rows that are in the log.
    if (!m_sessions.updateSessionNow(state))
        setObsolete(true);
}

} // namespace paceline
