#include "StepPropertiesPanel.h"

#include "core/io/SessionNotation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace paceline {

namespace {

// The amount and intensity fields speak the session notation, so the panel reads and
// writes them through the notation itself: one grammar, one set of messages.
constexpr double kProbeMinutes = 1.0;

Step probeStep(Target target, Intensity intensity)
{
    Step step;
    step.target = std::move(target);
    step.intensity = std::move(intensity);
    return step;
}

Result<Step> parseSingleStep(const QString& notation)
{
    auto tree = parseSessionNotation(notation);
    if (!tree)
        return Error{tree.errorMessage()};
    if (tree->size() != 1 || !tree->front().isStep())
        return Error{QStringLiteral("expected a single value")};
    return tree->front().step();
}

} // namespace

QString targetText(const Target& target)
{
    if (std::holds_alternative<std::monostate>(target))
        return {};
    return formatSessionNotation({StepNode{probeStep(target, {})}});
}

QString intensityText(const Intensity& intensity)
{
    if (std::holds_alternative<std::monostate>(intensity))
        return {};
    const QString line = formatSessionNotation(
        {StepNode{probeStep(Duration::fromMinutes(kProbeMinutes), intensity)}});
    const qsizetype at = line.indexOf(QLatin1Char('@'));
    return at < 0 ? QString() : line.mid(at + 1);
}

Result<Target> parseTargetText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return Target{};
    auto step = parseSingleStep(text.trimmed());
    if (!step)
        return Error{QObject::tr("Amount: %1").arg(step.errorMessage())};
    if (!std::holds_alternative<std::monostate>(step->intensity) || step->sport ||
        step->recoveryMode || step->kind != StepKind::Work) {
        return Error{QObject::tr("Amount: '%1' is more than an amount; try 400m, 2km, 90s or "
                                 "15min")
                         .arg(text.trimmed())};
    }
    return step->target;
}

Result<Intensity> parseIntensityText(const QString& text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return Intensity{};
    if (value.startsWith(QLatin1Char('@')))
        value.remove(0, 1);
    auto step = parseSingleStep(QStringLiteral("1min @%1").arg(value));
    if (!step) {
        // The notation's reason, without the column in the text the panel made up: a
        // value out of range ("hr400") says which range, not just "not an intensity".
        static const QRegularExpression column(QStringLiteral("^column \\d+: "));
        const QString reason = QString(step.errorMessage()).remove(column);
        if (!reason.startsWith(QLatin1String("unknown intensity")))
            return Error{QObject::tr("Intensity '%1': %2").arg(value, reason)};
        return Error{QObject::tr("Intensity '%1' is not one of E, M, T, I, R, race, surge, "
                                 "easy, a pace like 3:55/km, hr150-160 or rpe7")
                         .arg(value)};
    }
    return step->intensity;
}

StepPropertiesPanel::StepPropertiesPanel(QWidget* parent)
    : QWidget(parent), m_pages(new QStackedWidget), m_nothing(new QLabel), m_kind(new QComboBox),
      m_amount(new QLineEdit), m_intensity(new QLineEdit), m_recovery(new QComboBox),
      m_sport(new QComboBox), m_notes(new QPlainTextEdit), m_count(new QSpinBox),
      m_problem(new QLabel)
{
    m_nothing->setWordWrap(true);
    m_nothing->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_nothing->setObjectName(QStringLiteral("propertiesHint"));
    m_kind->setObjectName(QStringLiteral("stepKind"));
    m_amount->setObjectName(QStringLiteral("stepAmount"));
    m_intensity->setObjectName(QStringLiteral("stepIntensity"));
    m_recovery->setObjectName(QStringLiteral("stepRecovery"));
    m_sport->setObjectName(QStringLiteral("stepSport"));
    m_notes->setObjectName(QStringLiteral("stepNotes"));
    m_count->setObjectName(QStringLiteral("repeatCount"));

    auto* groupPage = new QWidget;
    auto* groupForm = new QFormLayout(groupPage);
    m_count->setRange(1, 100);
    m_count->setToolTip(tr("How many times through the blocks in this group"));
    groupForm->addRow(tr("&Repeat:"), m_count);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int count) {
        if (!m_loading)
            Q_EMIT countEdited(count);
    });

    m_pages->addWidget(m_nothing);
    m_pages->addWidget(buildStepPage());
    m_pages->addWidget(groupPage);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    showNothing(tr("Select a block in the timeline to edit it."));
}

QWidget* StepPropertiesPanel::buildStepPage()
{
    for (const auto& entry : enumEntries<StepKind>())
        m_kind->addItem(enumLabel(entry.value), int(entry.value));
    m_amount->setPlaceholderText(tr("400m, 2km, 90s, 15min"));
    m_amount->setToolTip(tr("A distance or a duration; leave empty for an open block"));
    m_intensity->setPlaceholderText(tr("E, T, I, race, 3:55/km, hr150-160, rpe7"));
    m_intensity->setToolTip(tr("A zone, a pace, a heart-rate range or an RPE"));
    m_recovery->addItem(tr("-"), -1);
    for (const auto& entry : enumEntries<RecoveryMode>())
        m_recovery->addItem(enumLabel(entry.value), int(entry.value));
    m_sport->addItem(tr("Session's sport"), -1);
    for (Sport sport : {Sport::Run, Sport::Bike, Sport::Swim})
        m_sport->addItem(enumLabel(sport), int(sport));
    m_sport->setToolTip(tr("Set for the legs of a brick"));
    m_notes->setPlaceholderText(tr("Cues for the athlete"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    // Mnemonics are unique among what the Sessions screen shows at once (the menus take
    // Alt+A, Alt+E and Alt+F, the session's details Alt+P and Alt+S), or Alt would only
    // cycle between fields. The group page's Alt+R never shows with this page.
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Am&ount:"), m_amount);
    form->addRow(tr("&Intensity:"), m_intensity);
    form->addRow(tr("Re&covery:"), m_recovery);
    form->addRow(tr("Spo&rt:"), m_sport);
    form->addRow(tr("&Notes:"), m_notes);

    connect(m_kind, &QComboBox::activated, this, [this] { commitStep(Field::Kind); });
    connect(m_recovery, &QComboBox::activated, this, [this] { commitStep(Field::Recovery); });
    connect(m_sport, &QComboBox::activated, this, [this] { commitStep(Field::Sport); });
    connect(m_amount, &QLineEdit::editingFinished, this, [this] { commitStep(Field::Amount); });
    connect(m_intensity, &QLineEdit::editingFinished, this,
            [this] { commitStep(Field::Intensity); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { commitStep(Field::Notes); });
    return page;
}

void StepPropertiesPanel::showStep(const Step& step)
{
    m_loading = true;
    m_step = step;
    m_kind->setCurrentIndex(m_kind->findData(int(step.kind)));
    m_amount->setText(targetText(step.target));
    m_intensity->setText(intensityText(step.intensity));
    m_recovery->setCurrentIndex(
        m_recovery->findData(step.recoveryMode ? int(*step.recoveryMode) : -1));
    m_sport->setCurrentIndex(m_sport->findData(step.sport ? int(*step.sport) : -1));
    if (m_notes->toPlainText() != step.notes)
        m_notes->setPlainText(step.notes);
    m_pages->setCurrentIndex(1);
    showProblem({});
    m_loading = false;
}

void StepPropertiesPanel::showGroup(int count)
{
    m_loading = true;
    m_step.reset();
    m_count->setValue(count);
    m_pages->setCurrentIndex(2);
    showProblem({});
    m_loading = false;
}

void StepPropertiesPanel::showNothing(const QString& why)
{
    m_step.reset();
    m_nothing->setText(why);
    m_pages->setCurrentIndex(0);
    showProblem({});
}

void StepPropertiesPanel::commitStep(Field field)
{
    if (m_loading || !m_step)
        return;
    Step edited = *m_step;
    edited.kind = static_cast<StepKind>(m_kind->currentData().toInt());
    auto target = parseTargetText(m_amount->text());
    auto intensity = parseIntensityText(m_intensity->text());
    if (!target || !intensity) {
        showProblem(!target ? target.errorMessage() : intensity.errorMessage());
        return;
    }
    edited.target = *target;
    edited.intensity = *intensity;
    const int recovery = m_recovery->currentData().toInt();
    edited.recoveryMode =
        recovery < 0 ? std::nullopt : std::optional(static_cast<RecoveryMode>(recovery));
    const int sport = m_sport->currentData().toInt();
    edited.sport = sport < 0 ? std::nullopt : std::optional(static_cast<Sport>(sport));
    edited.notes = m_notes->toPlainText();
    showProblem({});
    if (edited == *m_step)
        return;
    m_step = edited;
    Q_EMIT stepEdited(edited, field);
}

void StepPropertiesPanel::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace paceline
