#pragma once

#include "core/advice/SessionAdvisor.h"
#include "core/model/PlannedSession.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace paceline {

class FindingsPanel;

/// Edits a planned session's own copy (the library template is not touched): its steps
/// as one line of the session notation, checked as you type, with the session advisor's
/// findings and their fixes below.
class PlannedSessionDialog : public QDialog {
    Q_OBJECT

public:
    PlannedSessionDialog(const PlannedSession& session, AdviceContext context,
                         QWidget* parent = nullptr);

    /// The parsed steps; empty while the line does not parse.
    const std::optional<StepTree>& steps() const { return m_steps; }
    QLineEdit* notationField() const { return m_notation; }
    FindingsPanel* findings() const { return m_findings; }

private:
    void reparse();

    AdviceContext m_context;
    std::optional<StepTree> m_steps;
    QLineEdit* m_notation;
    QLabel* m_error;
    FindingsPanel* m_findings;
    QDialogButtonBox* m_buttons;
};

} // namespace paceline
