#include "FatigueProposalBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceline {

FatigueProposalBox::FatigueProposalBox(QWidget* parent)
    : QFrame(parent), m_message(new QLabel), m_triggers(new QLabel), m_buttonRow(new QHBoxLayout)
{
    setObjectName(QStringLiteral("fatigueProposal"));
    setFrameShape(QFrame::StyledPanel);
    // A warm tint sets it apart from the rule findings: it comes from the log, not
    // from the plan's shape.
    setStyleSheet(QStringLiteral("#fatigueProposal { background: #fff4e0; border: 1px solid "
                                 "#d9a441; border-radius: 4px; }"));
    m_message->setObjectName(QStringLiteral("fatigueMessage"));
    m_message->setWordWrap(true);
    m_triggers->setObjectName(QStringLiteral("fatigueTriggers"));
    m_triggers->setWordWrap(true);
    m_triggers->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_message);
    layout->addWidget(m_triggers);
    layout->addLayout(m_buttonRow);
    setProposal(std::nullopt);
}

void FatigueProposalBox::setProposal(std::optional<FatigueProposal> proposal)
{
    m_proposal = std::move(proposal);
    setVisible(m_proposal.has_value());
    if (!m_proposal) {
        rebuildButtons();
        return;
    }
    const QString day = QLocale().toString(m_proposal->day, QStringLiteral("dddd d MMM"));
    m_message->setText(tr("<b>Fatigue is building: ease %1?</b><br>%2")
                           .arg(day.toHtmlEscaped(), m_proposal->message.toHtmlEscaped()));
    QStringList items;
    for (const FatigueSignal& signal : m_proposal->triggers)
        items << QStringLiteral("<li>%1</li>").arg(signal.message.toHtmlEscaped());
    m_triggers->setText(
        tr("Triggered by:<ul style=\"margin: 0\">%1</ul>").arg(items.join(QString())));
    rebuildButtons();
}

void FatigueProposalBox::setFixesAllowed(bool allowed)
{
    m_fixesAllowed = allowed;
    rebuildButtons();
}

void FatigueProposalBox::rebuildButtons()
{
    // An option's click can lead here (the plan changes, the proposal goes away).
    for (QPushButton* button : m_buttons) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
    while (QLayoutItem* item = m_buttonRow->takeAt(0))
        delete item; // the layout item only (the stretch, or a button's wrapper)
    if (!m_proposal)
        return;
    for (const WeekFix& option : m_proposal->options) {
        auto* button = new QPushButton(option.label);
        button->setObjectName(QStringLiteral("fatigueOption"));
        button->setEnabled(m_fixesAllowed);
        button->setToolTip(m_fixesAllowed ? tr("Change that day as proposed (one undoable edit)")
                                          : tr("The log is read-only"));
        connect(button, &QPushButton::clicked, this, [this, option] {
            if (m_fixesAllowed)
                Q_EMIT fixRequested(option);
        });
        m_buttonRow->addWidget(button);
        m_buttons.push_back(button);
    }
    m_buttonRow->addStretch(1);
}

} // namespace paceline
