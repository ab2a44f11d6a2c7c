#include "LoggedSessions.h"

#include "LogDocument.h"
#include "SessionCommands.h"
#include "core/model/TimeText.h"
#include "core/science/Stability.h"
#include "core/store/DraftStore.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

/// "3 Nov", the way the Edit menu names a day.
QString dayText(const LoggedSession& session)
{
    return QLocale().toString(session.localDate(), QStringLiteral("d MMM"));
}

/// "8 × 400 m" when every work rep covered the same distance; empty otherwise.
QString uniformRepsText(const LoggedSession& session)
{
    int count = 0;
    std::optional<double> metres;
    for (const Rep& rep : session.reps) {
        if (rep.kind != RepKind::Work)
            continue;
        if (!rep.distance || (metres && std::abs(*metres - rep.distance->metres) > 0.5))
            return {};
        metres = rep.distance->metres;
        ++count;
    }
    if (count < 2 || !metres)
        return {};
    const QString distance = *metres < 1000.0
                                 ? translated("%1 m").arg(std::round(*metres))
                                 : formatDistance(Distance{*metres}, UnitSystem::Metric, 1);
    return translated("%1 × %2").arg(count).arg(distance);
}

/// The Edit menu's name for a new session: its reps, else its title, else its day.
QString logText(const LoggedSession& session)
{
    if (const QString reps = uniformRepsText(session); !reps.isEmpty())
        return translated("Log %1").arg(reps);
    if (!session.title.trimmed().isEmpty())
        return translated("Log %1").arg(session.title.trimmed());
    return translated("Log workout of %1").arg(dayText(session));
}

} // namespace

LoggedSessions::LoggedSessions(LogDocument& document) : m_document(document) {}

LoggedSessionId LoggedSessions::logSession(const LoggedSession& session)
{
    LoggedSession added = session;
    added.id = {};
    for (Rep& rep : added.reps)
        rep.id = {};
    added.stability = stabilityOf(added);
    auto* command = new AddSessionCommand(*this, added, logText(added));
    // On success the stack keeps the command, so it can still be asked for the id.
    return m_document.pushEdit(command) ? command->session().id : LoggedSessionId{};
}

bool LoggedSessions::editSession(const LoggedSession& session)
{
    const std::optional<LoggedSession> before = this->session(session.id);
    if (!before)
        return false;
    LoggedSession after = session;
    after.stability = stabilityOf(after);
    if (after == *before)
        return true;
    return m_document.pushEdit(new EditSessionCommand(
        *this, *before, after, translated("Edit workout of %1").arg(dayText(*before))));
}

bool LoggedSessions::removeSession(LoggedSessionId id)
{
    const std::optional<LoggedSession> removed = session(id);
    if (!removed)
        return false;
    return m_document.pushEdit(new RemoveSessionCommand(
        *this, *removed, translated("Delete workout of %1").arg(dayText(*removed))));
}

std::optional<LoggedSession> LoggedSessions::session(LoggedSessionId id) const
{
    auto found = m_document.store().sessions().find(id);
    if (!found) {
        Q_EMIT m_document.storeError(found.errorMessage());
        return std::nullopt;
    }
    return std::move(found).value();
}

PaceStability LoggedSessions::stabilityOf(const LoggedSession& session) const
{
    StepTree plannedSteps;
    if (session.plannedSessionId) {
        // A plan deleted since only loses the target bands: the figures of the reps
        // themselves still stand, so a failed read is no reason to refuse the save.
        auto plan = m_document.store().plans().find(*session.plannedSessionId);
        if (plan.ok())
            plannedSteps = plan->steps;
    }
    const std::optional<Athlete> athlete = m_document.athlete(session.athleteId);
    return sessionStability(session, plannedSteps, athlete ? athletePaces(*athlete) : std::nullopt);
}

std::optional<EntryDraft> LoggedSessions::draft(AthleteId athlete) const
{
    auto found = m_document.store().drafts().find(athlete);
    if (!found) {
        Q_EMIT m_document.storeError(found.errorMessage());
        return std::nullopt;
    }
    return std::move(found).value();
}

bool LoggedSessions::saveDraft(const EntryDraft& draft)
{
    EntryDraft saved = draft;
    if (!saved.savedUtc.isValid())
        saved.savedUtc = QDateTime::currentDateTimeUtc();
    if (Status status = m_document.store().drafts().save(saved); !status) {
        Q_EMIT m_document.storeError(status.errorMessage());
        return false;
    }
    return true;
}

bool LoggedSessions::discardDraft(AthleteId athlete)
{
    if (Status status = m_document.store().drafts().discard(athlete); !status) {
        Q_EMIT m_document.storeError(status.errorMessage());
        return false;
    }
    return true;
}

Status LoggedSessions::insertSessionNow(LoggedSession& session)
{
    // Written into a copy: a failed write must not leave ids of rolled-back rows.
    LoggedSession written = session;
    if (Status status = m_document.store().sessions().insert(written); !status)
        return m_document.reportFailure(status);
    session = written;
    Q_EMIT sessionAdded(written.athleteId, written.id);
    return {};
}

Status LoggedSessions::updateSessionNow(LoggedSession& session)
{
    LoggedSession written = session;
    if (Status status = m_document.store().sessions().update(written); !status)
        return m_document.reportFailure(status);
    session = written;
    Q_EMIT sessionChanged(written.athleteId, written.id);
    return {};
}

Status LoggedSessions::removeSessionNow(const LoggedSession& session)
{
    if (Status status = m_document.store().sessions().remove(session.id); !status)
        return m_document.reportFailure(status);
    Q_EMIT sessionRemoved(session.athleteId, session.id);
    return {};
}

} // namespace paceline
