#include "SessionFieldsPanel.h"

#include "RpeText.h"
#include "core/model/TimeText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace paceline {

namespace {

struct WellnessInfo {
    const char* label;
    const char* toolTip;
};

// In the order of WellnessScores.
constexpr WellnessInfo kWellness[] = {
    {QT_TRANSLATE_NOOP("SessionFieldsPanel", "Sleep"),
     QT_TRANSLATE_NOOP("SessionFieldsPanel", "How well you slept: 1 poorly, 5 very well")},
    {QT_TRANSLATE_NOOP("SessionFieldsPanel", "Soreness"),
     QT_TRANSLATE_NOOP("SessionFieldsPanel", "Muscle soreness: 1 very sore, 5 none")},
    {QT_TRANSLATE_NOOP("SessionFieldsPanel", "Energy"),
     QT_TRANSLATE_NOOP("SessionFieldsPanel", "Energy: 1 drained, 5 full of it")},
    {QT_TRANSLATE_NOOP("SessionFieldsPanel", "Mood"),
     QT_TRANSLATE_NOOP("SessionFieldsPanel", "Mood: 1 low, 5 great")},
    {QT_TRANSLATE_NOOP("SessionFieldsPanel", "Leg stiffness"),
     QT_TRANSLATE_NOOP("SessionFieldsPanel", "Legs: 1 very stiff, 5 loose")},
    {QT_TRANSLATE_NOOP("SessionFieldsPanel", "Breathing"),
     QT_TRANSLATE_NOOP("SessionFieldsPanel", "Breathing: 1 laboured, 5 easy")},
};

const QString kProblemStyle = QStringLiteral("background: #f8d7da;");

QWidget* fieldProblemTarget(SessionFieldsPanel& panel, EntryField field)
{
    switch (field) {
    case EntryField::Duration:
        return panel.durationField();
    case EntryField::Distance:
        return panel.distanceField();
    case EntryField::SessionRpe:
        return panel.sessionRpeField();
    case EntryField::AvgHeartRate:
        return panel.avgHeartRateField();
    case EntryField::MaxHeartRate:
        return panel.maxHeartRateField();
    default:
        return nullptr;
    }
}

} // namespace

SessionFieldsPanel::SessionFieldsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTotals());
    layout->addWidget(createWellness());
    layout->addWidget(createNotes(), 1);
}

QLineEdit* SessionFieldsPanel::addField(const QString& toolTip)
{
    auto* field = new QLineEdit;
    field->setToolTip(toolTip);
    field->setProperty("plainToolTip", toolTip);
    field->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0:00:00 from reps")) +
                           24);
    connect(field, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    return field;
}

QWidget* SessionFieldsPanel::createTotals()
{
    auto* box = new QGroupBox(tr("Session"));
    auto* form = new QFormLayout(box);
    m_duration = addField(tr("The whole session, warm-up and cool-down included. Empty: the "
                             "sum of the reps"));
    m_distance = addField(tr("Metres (5000) or with a unit (5km, 3.1mi). Empty: the sum of "
                             "the reps"));
    m_sessionRpe = addField(tr("How hard the whole session was, 0-10 (used for the session "
                               "load)"));
    m_sessionRpeLabel = new QLabel;
    m_sessionRpeLabel->setMinimumWidth(fontMetrics().horizontalAdvance(tr("somewhat hard")));
    auto* rpeRow = new QHBoxLayout;
    rpeRow->addWidget(m_sessionRpe);
    rpeRow->addWidget(m_sessionRpeLabel);
    connect(m_sessionRpe, &QLineEdit::textChanged, this, &SessionFieldsPanel::refreshRpeLabel);
    m_avgHeartRate = addField(tr("Average heart rate of the session, bpm"));
    m_maxHeartRate = addField(tr("Maximum heart rate of the session, bpm"));
    form->addRow(tr("Dura&tion:"), m_duration);
    form->addRow(tr("Distan&ce:"), m_distance);
    auto* rpeLabel = new QLabel(tr("Session RP&E:"));
    rpeLabel->setBuddy(m_sessionRpe);
    form->addRow(rpeLabel, rpeRow);
    form->addRow(tr("A&vg HR:"), m_avgHeartRate);
    form->addRow(tr("Ma&x HR:"), m_maxHeartRate);
    return box;
}

QWidget* SessionFieldsPanel::createWellness()
{
    auto* box = new QGroupBox(tr("How you felt (1-5)"));
    auto* form = new QFormLayout(box);
    for (size_t i = 0; i < m_wellness.size(); ++i) {
        auto* combo = new QComboBox;
        combo->addItem(tr("–"));
        for (int score = 1; score <= 5; ++score)
            combo->addItem(QString::number(score));
        combo->setToolTip(tr(kWellness[i].toolTip) + tr(" (– when not noted)"));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        m_wellness[i] = combo;
        form->addRow(tr(kWellness[i].label) + QLatin1Char(':'), combo);
    }
    return box;
}

QWidget* SessionFieldsPanel::createNotes()
{
    auto* box = new QGroupBox(tr("Notes"));
    auto* form = new QFormLayout(box);
    const auto notesField = [this](const QString& placeholder, const QString& toolTip) {
        auto* field = new QPlainTextEdit;
        field->setTabChangesFocus(true);
        field->setPlaceholderText(placeholder);
        field->setToolTip(toolTip);
        field->setMinimumWidth(220);
        field->setFixedHeight(fontMetrics().lineSpacing() * 4 + 10);
        connect(field, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        return field;
    };
    m_formNotes = notesField(tr("Posture, arm swing, foot strike..."),
                             tr("What you noticed about your running form"));
    m_notes = notesField(tr("Weather, surface, shoes, how it went..."),
                         tr("Anything else worth remembering"));
    form->addRow(tr("&Form:"), m_formNotes);
    form->addRow(tr("&Other:"), m_notes);
    return box;
}

void SessionFieldsPanel::setState(const EntryFormState& state)
{
    m_loading = true;
    m_duration->setText(state.duration);
    m_distance->setText(state.distance);
    m_sessionRpe->setText(state.sessionRpe);
    m_avgHeartRate->setText(state.avgHeartRate);
    m_maxHeartRate->setText(state.maxHeartRate);
    for (size_t i = 0; i < m_wellness.size(); ++i)
        m_wellness[i]->setCurrentIndex(std::clamp(state.wellness[i], 0, 5));
    m_formNotes->setPlainText(state.formNotes);
    m_notes->setPlainText(state.notes);
    m_loading = false;
}

void SessionFieldsPanel::writeTo(EntryFormState& state) const
{
    state.duration = m_duration->text();
    state.distance = m_distance->text();
    state.sessionRpe = m_sessionRpe->text();
    state.avgHeartRate = m_avgHeartRate->text();
    state.maxHeartRate = m_maxHeartRate->text();
    for (size_t i = 0; i < m_wellness.size(); ++i)
        state.wellness[i] = m_wellness[i]->currentIndex();
    state.formNotes = m_formNotes->toPlainText();
    state.notes = m_notes->toPlainText();
}

void SessionFieldsPanel::showTotals(std::optional<Duration> duration,
                                    std::optional<Distance> distance, UnitSystem units)
{
    m_duration->setPlaceholderText(duration ? tr("%1 (reps)").arg(formatDuration(*duration))
                                            : tr("e.g. 45:00"));
    m_distance->setPlaceholderText(distance ? tr("%1 (reps)").arg(formatDistance(*distance, units))
                                            : tr("e.g. 8km"));
}

void SessionFieldsPanel::markProblems(const std::vector<EntryProblem>& problems)
{
    for (QLineEdit* field :
         {m_duration, m_distance, m_sessionRpe, m_avgHeartRate, m_maxHeartRate}) {
        field->setStyleSheet(QString());
        field->setToolTip(field->property("plainToolTip").toString());
    }
    for (const EntryProblem& problem : problems) {
        if (QWidget* field = fieldProblemTarget(*this, problem.field)) {
            field->setStyleSheet(kProblemStyle);
            field->setToolTip(problem.message);
        }
    }
}

void SessionFieldsPanel::refreshRpeLabel()
{
    bool ok = false;
    const double rpe = m_sessionRpe->text().trimmed().toDouble(&ok);
    m_sessionRpeLabel->setText(ok ? rpeLabel(rpe) : QString());
}

} // namespace paceline
