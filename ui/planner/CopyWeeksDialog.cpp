#include "CopyWeeksDialog.h"

#include "AthleteChecklist.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace paceline {

namespace {
constexpr int kMaxCopiedWeeks = 4;
} // namespace

CopyWeeksDialog::CopyWeeksDialog(LogDocument& document, AthleteId from, QDate weekStart,
                                 QWidget* parent)
    : QDialog(parent), m_document(document), m_from(from), m_weekStart(weekStart),
      m_athletes(new AthleteChecklist(document, {})), m_target(new QDateEdit(weekStart)),
      m_weeks(new QSpinBox), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Copy Weeks"));
    const std::optional<Athlete> source = document.athlete(from);
    auto* explanation = new QLabel(
        tr("Copies %1's sessions and rest days from the week of %2. Sessions already planned "
           "on the target days stay.")
            .arg(source ? source->name : tr("the athlete"),
                 QLocale().toString(weekStart, QStringLiteral("d MMM yyyy"))));
    explanation->setWordWrap(true);
    m_athletes->setToolTip(tr("Copy to each checked athlete; check %1 to copy onto another "
                              "week of their own")
                               .arg(source ? source->name : tr("the athlete")));
    m_target->setObjectName(QStringLiteral("copyTarget"));
    m_target->setCalendarPopup(true);
    m_target->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_target->setToolTip(tr("The first day the copied weeks land on"));
    m_weeks->setObjectName(QStringLiteral("copyWeeks"));
    m_weeks->setRange(1, kMaxCopiedWeeks);
    m_weeks->setSuffix(tr(" week(s)"));
    m_problem->setObjectName(QStringLiteral("copyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto* form = new QFormLayout;
    form->addRow(tr("&To athletes:"), m_athletes);
    form->addRow(tr("&Starting on:"), m_target);
    form->addRow(tr("&Length:"), m_weeks);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_athletes, &QListWidget::itemChanged, this, &CopyWeeksDialog::refreshOk);
    connect(m_target, &QDateEdit::dateChanged, this, &CopyWeeksDialog::refreshOk);
    connect(m_weeks, &QSpinBox::valueChanged, this, &CopyWeeksDialog::refreshOk);
    refreshOk();
}

std::vector<AthleteId> CopyWeeksDialog::targets() const
{
    return m_athletes->checkedAthletes();
}

QDate CopyWeeksDialog::targetStart() const
{
    return m_target->date();
}

void CopyWeeksDialog::setTargetStart(QDate start)
{
    m_target->setDate(start);
}

int CopyWeeksDialog::weeks() const
{
    return m_weeks->value();
}

void CopyWeeksDialog::setWeeks(int weeks)
{
    m_weeks->setValue(weeks);
}

QString CopyWeeksDialog::problem() const
{
    const std::vector<AthleteId> to = targets();
    if (to.empty())
        return tr("Check the athletes to copy to.");
    const bool ontoItself = std::find(to.begin(), to.end(), m_from) != to.end();
    const qint64 shift = m_weekStart.daysTo(targetStart());
    // Copying an athlete's weeks onto days among those very weeks would read what it
    // is writing.
    if (ontoItself && std::abs(shift) < 7 * qint64(weeks()))
        return tr("To copy onto the same athlete, start after the copied weeks end "
                  "(or before they begin).");
    return {};
}

bool CopyWeeksDialog::makeEdit()
{
    if (!problem().isEmpty())
        return false;
    return m_document.plan().copyWeeks(m_from, m_weekStart, weeks(), targets(), targetStart());
}

void CopyWeeksDialog::refreshOk()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace paceline
