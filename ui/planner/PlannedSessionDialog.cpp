#include "PlannedSessionDialog.h"

#include "core/io/SessionNotation.h"
#include "ui/builder/FindingsPanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceline {

PlannedSessionDialog::PlannedSessionDialog(const PlannedSession& session, AdviceContext context,
                                           QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_notation(new QLineEdit),
      m_error(new QLabel), m_findings(new FindingsPanel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Edit Planned Session - %1").arg(session.name));
    m_notation->setObjectName(QStringLiteral("plannedNotation"));
    m_notation->setText(formatSessionNotation(session.steps));
    m_notation->setToolTip(tr("For example: wu 15min @E; 6x800m @I / 2min jog; cd 10min @E"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a12a1a;"));
    auto* explanation =
        new QLabel(tr("Changes apply to this planned session only; the library session it came "
                      "from stays as it is."));
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Steps:"), m_notation);
    form->addRow(QString(), m_error);
    if (!session.notes.isEmpty()) {
        auto* notes = new QLabel(session.notes);
        notes->setWordWrap(true);
        form->addRow(tr("Notes:"), notes);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_buttons);
    resize(620, 420);

    connect(m_notation, &QLineEdit::textChanged, this, &PlannedSessionDialog::reparse);
    connect(m_findings, &FindingsPanel::fixRequested, this, [this](const SessionFix& fix) {
        m_notation->setText(formatSessionNotation(fix.steps));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reparse();
}

void PlannedSessionDialog::reparse()
{
    auto parsed = parseSessionNotation(m_notation->text());
    if (parsed) {
        m_steps = *parsed;
        m_error->clear();
        m_error->hide();
        m_findings->setFindings(adviseSession(*m_steps, m_context));
    } else {
        m_steps.reset();
        m_error->setText(parsed.errorMessage());
        m_error->show();
        m_findings->clearFindings(tr("Fix the steps above to see the advice."));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_steps.has_value());
}

} // namespace paceline
