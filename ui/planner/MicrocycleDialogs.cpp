#include "MicrocycleDialogs.h"

#include "AthleteChecklist.h"
#include "core/io/ExampleMicrocycles.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paceline {

namespace {

constexpr int kMaxTemplateWeeks = 4;
constexpr int kIdRole = Qt::UserRole + 1;

QDateEdit* dateEdit(QDate date)
{
    auto* edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    return edit;
}

} // namespace

SaveMicrocycleDialog::SaveMicrocycleDialog(LogDocument& document, AthleteId athlete,
                                           QDate weekStart, QWidget* parent)
    : QDialog(parent), m_document(document), m_athlete(athlete), m_weekStart(weekStart),
      m_name(new QLineEdit), m_weeks(new QSpinBox),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Save as Microcycle Template"));
    m_name->setObjectName(QStringLiteral("microcycleName"));
    m_name->setPlaceholderText(tr("e.g. Two hard, one light, rest"));
    m_name->setToolTip(tr("The template's name in the list of microcycles"));
    m_weeks->setObjectName(QStringLiteral("microcycleWeeks"));
    m_weeks->setRange(1, kMaxTemplateWeeks);
    m_weeks->setSuffix(tr(" week(s)"));
    m_weeks->setToolTip(tr("How many weeks, from the shown week on, the template holds"));
    auto* explanation =
        new QLabel(tr("Saves the sessions and rest days from the week of %1 as a template you can "
                      "apply to any athlete and date.")
                       .arg(QLocale().toString(weekStart, QStringLiteral("d MMM yyyy"))));
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Length:"), m_weeks);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveMicrocycleDialog::refreshOk);
    refreshOk();
}

QString SaveMicrocycleDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveMicrocycleDialog::setName(const QString& name)
{
    m_name->setText(name);
}

int SaveMicrocycleDialog::weeks() const
{
    return m_weeks->value();
}

void SaveMicrocycleDialog::setWeeks(int weeks)
{
    m_weeks->setValue(weeks);
}

MicrocycleId SaveMicrocycleDialog::makeEdit()
{
    if (name().isEmpty())
        return {};
    return m_document.plan().saveMicrocycle(name(), m_athlete, m_weekStart, weeks());
}

void SaveMicrocycleDialog::refreshOk()
{
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!name().isEmpty());
    save->setToolTip(name().isEmpty() ? tr("Give the template a name") : QString());
}

ApplyMicrocycleDialog::ApplyMicrocycleDialog(LogDocument& document, QDate start, QWidget* parent)
    : QDialog(parent), m_document(document), m_templates(new QListWidget),
      m_noTemplates(new QLabel(tr("The log has no microcycle templates yet."))),
      m_addShipped(new QPushButton(tr("Add the &Shipped Templates"))),
      m_athletes(new AthleteChecklist(document, {document.currentAthleteId()})),
      m_start(dateEdit(start)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Apply Microcycle Template"));
    m_templates->setObjectName(QStringLiteral("microcycleList"));
    m_addShipped->setObjectName(QStringLiteral("addShippedMicrocycles"));
    m_addShipped->setToolTip(tr("Add the templates that come with Paceline: \"two hard, one "
                                "light, rest\" weeks for a runner and a triathlon week"));
    m_start->setObjectName(QStringLiteral("microcycleStart"));
    m_start->setToolTip(tr("The template's first day lands on this date"));
    m_athletes->setToolTip(tr("The template is applied to each checked athlete"));
    auto* explanation = new QLabel(tr("Sessions already planned stay; the template's sessions "
                                      "are added after them."));
    explanation->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Template:"), m_templates);
    form->addRow(QString(), m_noTemplates);
    form->addRow(QString(), m_addShipped);
    form->addRow(tr("&Athletes:"), m_athletes);
    form->addRow(tr("&Start on:"), m_start);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_buttons);

    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addShipped, &QPushButton::clicked, this, &ApplyMicrocycleDialog::addShippedTemplates);
    connect(m_templates, &QListWidget::currentRowChanged, this, &ApplyMicrocycleDialog::refreshOk);
    connect(m_athletes, &QListWidget::itemChanged, this, &ApplyMicrocycleDialog::refreshOk);
    connect(&m_document.plan(), &TrainingPlan::microcyclesChanged, this,
            &ApplyMicrocycleDialog::reloadTemplates);
    reloadTemplates();
}

void ApplyMicrocycleDialog::reloadTemplates()
{
    const MicrocycleId selected = microcycle();
    m_templates->clear();
    for (const MicrocycleTemplate& cycle : m_document.plan().microcycles()) {
        auto* item = new QListWidgetItem(
            tr("%1 (%n week(s))", nullptr, cycle.weeks).arg(cycle.name), m_templates);
        item->setData(kIdRole, QVariant::fromValue(cycle.id.value));
        item->setToolTip(cycle.description);
        if (cycle.id == selected || (!selected.isValid() && m_templates->count() == 1))
            m_templates->setCurrentItem(item);
    }
    const bool none = m_templates->count() == 0;
    m_templates->setVisible(!none);
    m_noTemplates->setVisible(none);
    m_addShipped->setVisible(none);
    m_addShipped->setEnabled(!m_document.isReadOnly());
    refreshOk();
}

MicrocycleId ApplyMicrocycleDialog::microcycle() const
{
    const QListWidgetItem* item = m_templates->currentItem();
    return item ? MicrocycleId{item->data(kIdRole).toLongLong()} : MicrocycleId{};
}

bool ApplyMicrocycleDialog::selectMicrocycle(const QString& name)
{
    for (const MicrocycleTemplate& cycle : m_document.plan().microcycles()) {
        if (cycle.name != name)
            continue;
        for (int row = 0; row < m_templates->count(); ++row) {
            if (m_templates->item(row)->data(kIdRole).toLongLong() == cycle.id.value) {
                m_templates->setCurrentRow(row);
                return true;
            }
        }
    }
    return false;
}

int ApplyMicrocycleDialog::microcycleCount() const
{
    return m_templates->count();
}

std::vector<AthleteId> ApplyMicrocycleDialog::athletes() const
{
    return m_athletes->checkedAthletes();
}

QDate ApplyMicrocycleDialog::start() const
{
    return m_start->date();
}

void ApplyMicrocycleDialog::setStart(QDate start)
{
    m_start->setDate(start);
}

void ApplyMicrocycleDialog::addShippedTemplates()
{
    m_document.plan().addExampleMicrocycles(exampleMicrocycles());
    reloadTemplates(); // also when the plan part announced nothing
}

bool ApplyMicrocycleDialog::makeEdit()
{
    if (!microcycle().isValid() || athletes().empty())
        return false;
    return m_document.plan().applyMicrocycle(microcycle(), athletes(), start());
}

void ApplyMicrocycleDialog::refreshOk()
{
    QPushButton* apply = m_buttons->button(QDialogButtonBox::Apply);
    const bool hasTemplate = microcycle().isValid();
    const bool hasAthlete = !athletes().empty();
    apply->setEnabled(hasTemplate && hasAthlete && !m_document.isReadOnly());
    apply->setToolTip(!hasTemplate  ? tr("Choose a template")
                      : !hasAthlete ? tr("Check at least one athlete")
                                    : tr("Apply the template (one undoable edit)"));
}

} // namespace paceline
