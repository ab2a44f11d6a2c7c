#include "PreferencesDialog.h"

#include "core/model/Athlete.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace paceline {

PreferencesDialog::PreferencesDialog(const QString& athleteName, UnitSystem units,
                                     int firstDayOfWeek, QWidget* parent)
    : QDialog(parent), m_units(new QComboBox), m_firstDay(new QComboBox),
      m_loadMeasure(new QButtonGroup(this))
{
    setWindowTitle(tr("Preferences"));
    for (const auto& entry : enumEntries<UnitSystem>())
        m_units->addItem(enumLabel(entry.value), int(entry.value));
    m_units->setCurrentIndex(m_units->findData(int(units)));
    m_units->setEnabled(!athleteName.isEmpty());
    m_units->setToolTip(tr("Distances and paces are shown in these units for this athlete."));

    for (int day : {int(Qt::Monday), int(Qt::Sunday), int(Qt::Saturday)})
        m_firstDay->addItem(QLocale().dayName(day), day);
    m_firstDay->setCurrentIndex(std::max(0, m_firstDay->findData(firstDayOfWeek)));
    m_firstDay->setToolTip(tr("The planner's weeks and weekly totals start on this day."));

    auto* form = new QFormLayout;
    form->addRow(athleteName.isEmpty() ? tr("&Units:") : tr("&Units for %1:").arg(athleteName),
                 m_units);
    form->addRow(tr("&Week starts on:"), m_firstDay);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(createLoadMeasureBox());
    layout->addWidget(buttons);
}

UnitSystem PreferencesDialog::units() const
{
    return static_cast<UnitSystem>(m_units->currentData().toInt());
}

int PreferencesDialog::firstDayOfWeek() const
{
    return m_firstDay->currentData().toInt();
}

QGroupBox* PreferencesDialog::createLoadMeasureBox()
{
    // Radio buttons rather than a list: what each measure needs is the deciding point,
    // and it fits on the button.
    const std::pair<LoadMeasure, QString> choices[] = {
        {LoadMeasure::SessionRpe, tr("Session RP&E: effort × minutes, for every rated workout; "
                                     "plans are projected in it")},
        {LoadMeasure::Trimp, tr("T&RIMP: from heart rate; needs the athlete's resting and "
                                "maximum heart rate")},
        {LoadMeasure::RunningTss, tr("Ru&nning TSS: from pace; needs runs with a distance and "
                                     "a recent race")},
    };
    auto* box = new QGroupBox(tr("Load measure of the Analysis charts"));
    box->setObjectName(QStringLiteral("loadMeasure"));
    auto* column = new QVBoxLayout(box);
    for (const auto& [measure, text] : choices) {
        auto* button = new QRadioButton(text);
        m_loadMeasure->addButton(button, int(measure));
        column->addWidget(button);
    }
    setLoadMeasure(LoadMeasure::SessionRpe);
    return box;
}

LoadMeasure PreferencesDialog::loadMeasure() const
{
    return static_cast<LoadMeasure>(m_loadMeasure->checkedId());
}

void PreferencesDialog::setLoadMeasure(LoadMeasure measure)
{
    if (QAbstractButton* button = m_loadMeasure->button(int(measure)))
        button->setChecked(true);
}

} // namespace paceline
