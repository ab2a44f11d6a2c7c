#include "ExportCalendarDialog.h"

#include "core/io/IcsWriter.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace paceline {

namespace {

QDateEdit* dateEdit(QDate date, const QString& objectName)
{
    auto* edit = new QDateEdit(date);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    return edit;
}

} // namespace

ExportCalendarDialog::ExportCalendarDialog(QDate first, QDate last, QWidget* parent)
    : QDialog(parent), m_first(dateEdit(first, QStringLiteral("exportFrom"))),
      m_last(dateEdit(last, QStringLiteral("exportTo"))), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export Plan as Calendar"));
    auto* choose = m_buttons->addButton(tr("&Choose File..."), QDialogButtonBox::AcceptRole);
    choose->setDefault(true);
    auto* explanation = new QLabel(tr("Writes one all-day event per planned session, with its "
                                      "steps and target paces, as an .ics file that calendar "
                                      "apps import."));
    explanation->setWordWrap(true);
    m_first->setToolTip(tr("The first day exported"));
    m_last->setToolTip(tr("The last day exported"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_first);
    form->addRow(tr("&To:"), m_last);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QDateEdit::dateChanged, this, &ExportCalendarDialog::refreshOk);
    connect(m_last, &QDateEdit::dateChanged, this, &ExportCalendarDialog::refreshOk);
    refreshOk();
}

QDate ExportCalendarDialog::first() const
{
    return m_first->date();
}

QDate ExportCalendarDialog::last() const
{
    return m_last->date();
}

void ExportCalendarDialog::setRange(QDate first, QDate last)
{
    m_first->setDate(first);
    m_last->setDate(last);
}

void ExportCalendarDialog::refreshOk()
{
    const bool ordered = first() <= last();
    m_problem->setText(ordered ? QString() : tr("The last day comes before the first."));
    m_problem->setVisible(!ordered);
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ordered);
    }
}

Status writePlanCalendar(const QString& path, const LogDocument& document, AthleteId athlete,
                         QDate first, QDate last, const QDateTime& stamp)
{
    const std::optional<Athlete> who = document.athlete(athlete);
    if (!who)
        return Error{QObject::tr("Cannot export: the athlete is no longer in the log.")};
    std::vector<PlannedSession> sessions;
    for (const PlanDay& day : document.plan().days(athlete, first, last))
        sessions.insert(sessions.end(), day.sessions.begin(), day.sessions.end());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QObject::tr("Cannot write '%1': %2").arg(path, file.errorString())};
    file.write(plannedSessionsToIcs(sessions, *who, stamp));
    if (!file.commit())
        return Error{QObject::tr("Cannot write '%1': %2").arg(path, file.errorString())};
    return {};
}

} // namespace paceline
