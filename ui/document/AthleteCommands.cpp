#include "AthleteCommands.h"

#include "LogDocument.h"

#include <QCoreApplication>

namespace paceline {

AddAthleteCommand::AddAthleteCommand(LogDocument& document, Athlete athlete)
    : m_document(document), m_athlete(std::move(athlete))
{
    setText(QCoreApplication::translate("paceline", "Add athlete %1").arg(m_athlete.name));
}

void AddAthleteCommand::redo()
{
    // A failed write makes the command obsolete, so the stack drops it instead of
    // offering to undo something that never happened.
    if (!m_document.insertAthleteNow(m_athlete))
        setObsolete(true);
}

void AddAthleteCommand::undo()
{
    if (!m_document.removeAthleteNow(m_athlete.id))
        setObsolete(true);
}

EditAthleteCommand::EditAthleteCommand(LogDocument& document, Athlete before, Athlete after)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("paceline", "Edit athlete %1").arg(m_after.name));
}

void EditAthleteCommand::redo()
{
    apply(m_after);
}

void EditAthleteCommand::undo()
{
    apply(m_before);
}

void EditAthleteCommand::apply(const Athlete& athlete)
{
    if (!m_document.updateAthleteNow(athlete))
        setObsolete(true);
}

} // namespace paceline
