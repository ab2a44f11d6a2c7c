#pragma once

#include "core/advice/FatigueAdvisor.h"

#include <QFrame>

#include <optional>
#include <vector>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace paceline {

/// The fatigue proposal under the findings: which signals fired, the day it is about,
/// and one button per option ("Swap for a steady run", ...). Hidden when the log shows
/// no fatigue or nothing hard is coming up.
class FatigueProposalBox : public QFrame {
    Q_OBJECT

public:
    explicit FatigueProposalBox(QWidget* parent = nullptr);

    void setProposal(std::optional<FatigueProposal> proposal);
    const std::optional<FatigueProposal>& proposal() const { return m_proposal; }
    void setFixesAllowed(bool allowed);
    const std::vector<QPushButton*>& optionButtons() const { return m_buttons; }

Q_SIGNALS:
    void fixRequested(const paceline::WeekFix& fix);

private:
    void rebuildButtons();

    std::optional<FatigueProposal> m_proposal;
    bool m_fixesAllowed = true;
    QLabel* m_message;
    QLabel* m_triggers;
    QHBoxLayout* m_buttonRow;
    std::vector<QPushButton*> m_buttons;
};

} // namespace paceline
