#pragma once

#include "core/model/Athlete.h"

#include <QUndoCommand>

namespace paceline {

class LogDocument;

/// Adds an athlete; undo removes them again (with the same id on redo, so later
/// commands that refer to them stay valid).
class AddAthleteCommand : public QUndoCommand {
public:
    AddAthleteCommand(LogDocument& document, Athlete athlete);
    void redo() override;
    void undo() override;
    /// As written, with its id once redo() succeeded.
    const Athlete& athlete() const { return m_athlete; }

private:
    LogDocument& m_document;
    Athlete m_athlete;
};

/// Replaces an athlete's profile; undo restores the previous one.
class EditAthleteCommand : public QUndoCommand {
public:
    EditAthleteCommand(LogDocument& document, Athlete before, Athlete after);
    void redo() override;
    void undo() override;

private:
    void apply(const Athlete& athlete);

    LogDocument& m_document;
    Athlete m_before;
    Athlete m_after;
};

} // namespace paceline
