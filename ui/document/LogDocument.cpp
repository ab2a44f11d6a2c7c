#include "LogDocument.h"

#include "AthleteCommands.h"
#include "LoggedSessions.h"
#include "TemplateLibrary.h"
#include "TrainingPlan.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"

#include <algorithm>

namespace paceline {

LogDocument::LogDocument(std::unique_ptr<LogStore> store, QObject* parent)
    : QObject(parent), m_store(std::move(store)),
      m_library(std::make_unique<TemplateLibrary>(*this)),
      m_loggedSessions(std::make_unique<LoggedSessions>(*this)),
      m_plan(std::make_unique<TrainingPlan>(*this))
{
    loadAthletes();
    m_library->load();
}

LogDocument::~LogDocument()
{
    // Destroying the stack clears it, which signals: whoever still listens would be
    // told about a document that is going away (and might read it). It has nothing to
    // announce any more.
    m_undoStack.blockSignals(true);
}

bool LogDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

std::optional<Athlete> LogDocument::athlete(AthleteId id) const
{
    const auto found = std::find_if(m_athletes.begin(), m_athletes.end(),
                                    [id](const Athlete& athlete) { return athlete.id == id; });
    if (found == m_athletes.end())
        return std::nullopt;
    return *found;
}

void LogDocument::setCurrentAthlete(AthleteId id)
{
    if (id == m_currentAthlete || (id.isValid() && !athlete(id)))
        return;
    m_currentAthlete = id;
    Q_EMIT currentAthleteChanged(id);
}

bool LogDocument::addAthlete(const Athlete& athlete)
{
    auto* command = new AddAthleteCommand(*this, athlete);
    // By the id the write gave, not by name: a failed write (a name already taken, a
    // read-only log) must not switch to whoever has that name.
    if (!pushEdit(command))
        return false;
    setCurrentAthlete(command->athlete().id);
    return true;
}

bool LogDocument::editAthlete(const Athlete& athlete)
{
    const auto before = this->athlete(athlete.id);
    if (!before)
        return false;
    if (*before == athlete)
        return true;
    return pushEdit(new EditAthleteCommand(*this, *before, athlete));
}

bool LogDocument::pushEdit(QUndoCommand* command)
{
    m_writeFailed = false;
    m_undoStack.push(command);
    return !m_writeFailed;
}

Status LogDocument::reportFailure(Status status)
{
    m_writeFailed = true;
    Q_EMIT storeError(status.errorMessage());
    return status;
}

void LogDocument::reload()
{
    m_undoStack.clear();
    loadAthletes();
    Q_EMIT currentAthleteChanged(m_currentAthlete);
    Q_EMIT sessionsReset(m_currentAthlete);
    m_library->reload();
    // Plans follow sessionsReset; the microcycle list has no other cue to re-read.
    Q_EMIT m_plan->microcyclesChanged();
}

Status LogDocument::insertAthleteNow(Athlete& athlete)
{
    if (Status status = m_store->athletes().insert(athlete); !status)
        return reportFailure(status);
    m_athletes.push_back(athlete);
    sortAthletes();
    Q_EMIT athleteAdded(athlete.id);
    if (!m_currentAthlete.isValid())
        setCurrentAthlete(athlete.id);
    return {};
}

Status LogDocument::updateAthleteNow(const Athlete& athlete)
{
    if (Status status = m_store->athletes().update(athlete); !status)
        return reportFailure(status);
    for (Athlete& known : m_athletes) {
        if (known.id == athlete.id)
            known = athlete;
    }
    sortAthletes();
    Q_EMIT athleteChanged(athlete.id);
    return {};
}

Status LogDocument::removeAthleteNow(AthleteId id)
{
    if (Status status = m_store->athletes().remove(id); !status)
        return reportFailure(status);
    std::erase_if(m_athletes, [id](const Athlete& athlete) { return athlete.id == id; });
    Q_EMIT athleteRemoved(id);
    if (m_currentAthlete == id)
        setCurrentAthlete(m_athletes.empty() ? AthleteId{} : m_athletes.front().id);
    return {};
}

void LogDocument::loadAthletes()
{
    auto loaded = m_store->athletes().all();
    if (!loaded) {
        m_athletes.clear();
        Q_EMIT storeError(loaded.errorMessage());
    } else {
        m_athletes = std::move(loaded).value();
    }
    sortAthletes();
    if (!athlete(m_currentAthlete))
        m_currentAthlete = m_athletes.empty() ? AthleteId{} : m_athletes.front().id;
}

void LogDocument::sortAthletes()
{
    std::sort(m_athletes.begin(), m_athletes.end(), [](const Athlete& a, const Athlete& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
}

} // namespace paceline
