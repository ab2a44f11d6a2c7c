#include "AthleteDialog.h"

#include "TrainingPacesText.h"
#include "core/model/AthleteValidation.h"
#include "core/model/TimeText.h"
#include "core/science/RaceDistances.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paceline {

namespace {

QSpinBox* heartRateBox(const QString& toolTip)
{
    auto* box = new QSpinBox;
    // 0 stands for "not given"; the validator rejects 1-24 with a message.
    box->setRange(0, kMaxHeartRate);
    box->setSpecialValueText(QObject::tr("not given"));
    box->setSuffix(QObject::tr(" bpm"));
    box->setToolTip(toolTip);
    return box;
}

std::optional<int> heartRateValue(const QSpinBox* box)
{
    return box->value() == 0 ? std::nullopt : std::optional<int>(box->value());
}

} // namespace

AthleteDialog::AthleteDialog(const Athlete& athlete, QWidget* parent)
    : QDialog(parent), m_original(athlete)
{
    setWindowTitle(athlete.id.isValid() ? tr("Edit athlete") : tr("New athlete"));
    buildForm();
    load(athlete);
    refresh();
}

void AthleteDialog::buildForm()
{
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Name"));
    m_sex = new QComboBox;
    for (const auto& entry : enumEntries<Sex>())
        m_sex->addItem(enumLabel(entry.value), QVariant::fromValue(int(entry.value)));
    m_sex->setToolTip(tr("Used for the sex-specific constants of heart-rate training load."));
    m_maxHeartRate = heartRateBox(tr("Highest heart rate seen in a hard race or test."));
    m_restingHeartRate = heartRateBox(tr("Heart rate on waking, lying still."));

    m_race = new QComboBox;
    m_race->addItem(tr("No recent race"), QString());
    for (const StandardRace& race : standardRaces())
        m_race->addItem(QLatin1String(race.name), QLatin1String(race.name));
    m_raceTime = new QLineEdit;
    m_raceTime->setPlaceholderText(tr("mm:ss or h:mm:ss"));
    m_raceTime->setToolTip(tr("Your time, for example 19:57 or 1:31:35."));
    m_hasRaceDate = new QCheckBox(tr("on"));
    m_raceDate = new QDateEdit(QDate::currentDate());
    m_raceDate->setCalendarPopup(true);
    auto* raceRow = new QHBoxLayout;
    raceRow->addWidget(m_race);
    raceRow->addWidget(m_raceTime, 1);
    raceRow->addWidget(m_hasRaceDate);
    raceRow->addWidget(m_raceDate);

    m_units = new QComboBox;
    for (const auto& entry : enumEntries<UnitSystem>())
        m_units->addItem(enumLabel(entry.value), QVariant::fromValue(int(entry.value)));
    m_run = new QCheckBox(enumLabel(Sport::Run));
    m_bike = new QCheckBox(enumLabel(Sport::Bike));
    m_swim = new QCheckBox(enumLabel(Sport::Swim));
    auto* sportsRow = new QHBoxLayout;
    for (QCheckBox* box : {m_run, m_bike, m_swim})
        sportsRow->addWidget(box);
    sportsRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Sex:"), m_sex);
    form->addRow(tr("&Maximum heart rate:"), m_maxHeartRate);
    form->addRow(tr("&Resting heart rate:"), m_restingHeartRate);
    auto* raceLabel = new QLabel(tr("Recent &race:"));
    raceLabel->setBuddy(m_race); // a row holding a layout gets no buddy by itself
    form->addRow(raceLabel, raceRow);
    form->addRow(tr("&Units:"), m_units);
    auto* sportsLabel = new QLabel(tr("S&ports:"));
    sportsLabel->setBuddy(m_run);
    form->addRow(sportsLabel, sportsRow);

    m_paces = new QLabel;
    m_paces->setObjectName(QStringLiteral("athletePaces"));
    m_paces->setWordWrap(true);
    m_paces->setTextFormat(Qt::RichText);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_paces);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_name, m_raceTime})
        connect(edit, &QLineEdit::textChanged, this, &AthleteDialog::refresh);
    for (QSpinBox* box : {m_maxHeartRate, m_restingHeartRate})
        connect(box, &QSpinBox::valueChanged, this, &AthleteDialog::refresh);
    for (QComboBox* box : {m_race, m_units, m_sex})
        connect(box, &QComboBox::currentIndexChanged, this, &AthleteDialog::refresh);
    for (QCheckBox* box : {m_run, m_bike, m_swim, m_hasRaceDate})
        connect(box, &QCheckBox::toggled, this, &AthleteDialog::refresh);
}

void AthleteDialog::load(const Athlete& athlete)
{
    m_name->setText(athlete.name);
    m_sex->setCurrentIndex(m_sex->findData(int(athlete.sex)));
    m_maxHeartRate->setValue(athlete.maxHeartRate.value_or(0));
    m_restingHeartRate->setValue(athlete.restingHeartRate.value_or(0));
    m_units->setCurrentIndex(m_units->findData(int(athlete.units)));
    m_run->setChecked(athlete.sports.contains(Sport::Run));
    m_bike->setChecked(athlete.sports.contains(Sport::Bike));
    m_swim->setChecked(athlete.sports.contains(Sport::Swim));
    if (const auto& race = athlete.recentRace) {
        for (const StandardRace& standard : standardRaces()) {
            if (standard.distance == race->distance)
                m_race->setCurrentIndex(m_race->findData(QLatin1String(standard.name)));
        }
        m_raceTime->setText(formatDuration(race->time));
        m_hasRaceDate->setChecked(race->date.isValid());
        if (race->date.isValid())
            m_raceDate->setDate(race->date);
    }
}

Result<Athlete> AthleteDialog::readForm() const
{
    Athlete athlete = m_original;
    athlete.name = m_name->text().trimmed();
    athlete.sex = static_cast<Sex>(m_sex->currentData().toInt());
    athlete.maxHeartRate = heartRateValue(m_maxHeartRate);
    athlete.restingHeartRate = heartRateValue(m_restingHeartRate);
    athlete.units = static_cast<UnitSystem>(m_units->currentData().toInt());
    athlete.sports = {};
    if (m_run->isChecked())
        athlete.sports.insert(Sport::Run);
    if (m_bike->isChecked())
        athlete.sports.insert(Sport::Bike);
    if (m_swim->isChecked())
        athlete.sports.insert(Sport::Swim);
    if (athlete.sports.empty())
        return Error{tr("Choose at least one sport.")};

    athlete.recentRace.reset();
    const QString raceName = m_race->currentData().toString();
    if (!raceName.isEmpty()) {
        auto time = parseDuration(m_raceTime->text());
        if (!time)
            return Error{tr("Race time: %1").arg(time.errorMessage())};
        const QDate date = m_hasRaceDate->isChecked() ? m_raceDate->date() : QDate();
        athlete.recentRace = RaceResult{*standardRaceDistance(raceName), *time, date};
    }
    if (Status valid = validateAthlete(athlete); !valid)
        return Error{valid.errorMessage()};
    return athlete;
}

void AthleteDialog::refresh()
{
    const bool hasRace = !m_race->currentData().toString().isEmpty();
    m_raceTime->setEnabled(hasRace);
    m_hasRaceDate->setEnabled(hasRace);
    m_raceDate->setEnabled(hasRace && m_hasRaceDate->isChecked());

    const Result<Athlete> entered = readForm();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(entered.ok());
    m_problem->setText(entered.ok() ? QString() : entered.errorMessage());
    m_problem->setVisible(!entered.ok());
    m_paces->setText(entered.ok() ? trainingPacesHtml(entered.value())
                                  : tr("<i>Training paces appear once the race is valid.</i>"));
}

Athlete AthleteDialog::athlete() const
{
    const Result<Athlete> entered = readForm();
    return entered.ok() ? entered.value() : m_original;
}

} // namespace paceline
