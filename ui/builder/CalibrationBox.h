#pragma once

#include "core/advice/Calibration.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace paceline {

/// "Calibrate the next session" as a compact panel, in the builder and the planner:
/// the verdict as the title, the rule's one-sentence summary, the targets it changes
/// ("1000 m at 3:50-3:55/km → 3:48-3:53/km"), the evidence behind a "Why?" toggle, and
/// Accept and Dismiss. Hidden without a proposal, for NotEnoughHistory, and for a
/// proposal the user dismissed (until the proposal changes).
class CalibrationBox : public QFrame {
    Q_OBJECT

public:
    explicit CalibrationBox(QWidget* parent = nullptr);

    /// `about` names the session in the title where the screen does not make it
    /// obvious (the planner: "Intervals, Tue 24 Nov").
    void setProposal(std::optional<CalibrationProposal> proposal, const QString& about = {});
    const std::optional<CalibrationProposal>& proposal() const { return m_proposal; }
    /// Off on a read-only log: the proposal still shows, Accept does nothing.
    void setAcceptAllowed(bool allowed);

    // The parts, for tests.
    QLabel* title() const { return m_title; }
    QLabel* summary() const { return m_summary; }
    QLabel* changes() const { return m_changes; }
    QLabel* reasons() const { return m_reasons; }
    QToolButton* whyButton() const { return m_why; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    /// The screen applies it as one undoable edit.
    void acceptRequested(const paceline::CalibrationProposal& proposal);

private:
    QWidget* buildButtonRow();
    void showTexts(const QString& about);
    void refreshAccept();
    void dismiss();
    bool isDismissed() const;

    std::optional<CalibrationProposal> m_proposal;
    std::optional<CalibrationProposal> m_dismissed;
    bool m_acceptAllowed = true;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_changes;
    QLabel* m_reasons;
    QToolButton* m_why = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace paceline
