#include "LoggedSessions.h"

#include "LogDocument.h"

namespace paceline {

// STUB: the commands and writes come with the log form (issue 4).
LoggedSessions::LoggedSessions(LogDocument& document) : m_document(document) {}

LoggedSessionId LoggedSessions::logSession(const LoggedSession&)
{
    return {};
}

bool LoggedSessions::editSession(const LoggedSession&)
{
    return false;
}

bool LoggedSessions::removeSession(LoggedSessionId)
{
    return false;
}

std::optional<LoggedSession> LoggedSessions::session(LoggedSessionId) const
{
    return std::nullopt;
}

PaceStability LoggedSessions::stabilityOf(const LoggedSession&) const
{
    return {};
}

std::optional<EntryDraft> LoggedSessions::draft(AthleteId) const
{
    return std::nullopt;
}

bool LoggedSessions::saveDraft(const EntryDraft&)
{
    return false;
}

bool LoggedSessions::discardDraft(AthleteId)
{
    return false;
}

Status LoggedSessions::insertSessionNow(LoggedSession&)
{
    return Error{QStringLiteral("not implemented")};
}

Status LoggedSessions::updateSessionNow(LoggedSession&)
{
    return Error{QStringLiteral("not implemented")};
}

Status LoggedSessions::removeSessionNow(const LoggedSession&)
{
    return Error{QStringLiteral("not implemented")};
}

} // namespace paceline
