#include "BuilderView.h"

#include "CalibrationBox.h"
#include "FindingsPanel.h"
#include "LibraryPanel.h"
#include "StepPropertiesPanel.h"
#include "core/io/SessionNotation.h"
#include "ui/charts/IntensityProfileChart.h"
#include "ui/document/Calibrations.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/document/TrainingPlan.h"
#include "ui/models/StepPaletteModel.h"
#include "ui/models/StepTreeModel.h"
#include "ui/shell/EmptyState.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedLayout>
#include <QTreeView>
#include <QVBoxLayout>

namespace paceline {

namespace {

/// A bold section title whose mnemonic (Alt+letter) moves the focus to `buddy`.
QLabel* titleFor(const QString& text, QWidget* buddy)
{
    auto* title = new QLabel(text);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(buddy);
    return title;
}

} // namespace

BuilderView::BuilderView(LogDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_steps(new StepTreeModel(document, this)),
      m_paletteModel(new StepPaletteModel(this))
{
    m_emptyState = new EmptyState(tr("No session selected"),
                                  tr("Pick a session in the library, or start one with New. "
                                     "More > Add Example Sessions adds the well-sequenced "
                                     "sessions Paceline ships with."));
    auto* splitter = new QSplitter;
    splitter->addWidget(buildLibraryColumn());
    m_editor = buildSessionColumn();
    splitter->addWidget(m_editor);
    splitter->addWidget(buildSideColumn());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({260, 620, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    createActions();

    connect(m_library, &LibraryPanel::templateSelected, this, &BuilderView::showTemplate);
    connect(&document.library(), &TemplateLibrary::templateChanged, this, [this](TemplateId id) {
        if (id == m_template) {
            refreshDetails();
            refreshAnalysis();
        }
    });
    connect(&document, &LogDocument::currentAthleteChanged, this,
            &BuilderView::refreshAnalysisWhenShown);
    connect(&document, &LogDocument::athleteChanged, this, &BuilderView::refreshAnalysisWhenShown);
    // A new repeat logged (or one edited away) changes what the calibration says.
    connect(&document, &LogDocument::sessionsReset, this,
            &BuilderView::refreshCalibrationWhenShown);
    for (auto change : {&LoggedSessions::sessionAdded, &LoggedSessions::sessionChanged,
                        &LoggedSessions::sessionRemoved})
        connect(&document.loggedSessions(), change, this,
                &BuilderView::refreshCalibrationWhenShown);
    // So does the plan: a repeat counts through its planned copy (its link and steps).
    connect(&document.plan(), &TrainingPlan::planChanged, this, [this](AthleteId athlete) {
        if (athlete == m_document.currentAthleteId())
            refreshCalibrationWhenShown();
    });
    connect(m_steps, &QAbstractItemModel::modelReset, m_timeline, &QTreeView::expandAll);
    connect(m_steps, &StepTreeModel::selectPaths, this, &BuilderView::selectPaths);
    // A new selection only moves the highlight; the findings stay as they are, so
    // selecting a finding (which selects its steps) keeps it selected.
    connect(m_timeline->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        refreshProperties();
        refreshHighlight();
    });
    showTemplate(m_library->currentTemplate());
}

BuilderView::~BuilderView()
{
    // QWidget's destructor, which runs after this one, hides the screen and deletes the
    // children: an open cell editor commits then, and the model's selectPaths (or a
    // focus-out's editingFinished) would call into a BuilderView that no longer is one.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
    for (QObject* source : std::initializer_list<QObject*>{
             &m_document, &m_document.library(), &m_document.loggedSessions(), &m_document.plan()})
        source->disconnect(this);
}

QWidget* BuilderView::buildLibraryColumn()
{
    m_library = new LibraryPanel(m_document);
    m_palette = new QListView;
    m_palette->setObjectName(QStringLiteral("palette"));
    m_palette->setModel(m_paletteModel);
    m_palette->setDragEnabled(true);
    m_palette->setDragDropMode(QAbstractItemView::DragOnly);
    m_palette->setToolTip(tr("Drag a block into the timeline, or press Enter to add it after "
                             "the selected block"));
    connect(m_palette, &QListView::activated, this,
            [this](const QModelIndex& index) { insertPaletteBlock(index.row()); });

    // The palette is short and fixed: its rows get their height, the library the rest.
    m_palette->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_palette->setFixedHeight(m_palette->sizeHintForRow(0) * m_paletteModel->rowCount() +
                              2 * m_palette->frameWidth() + 2);

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titleFor(tr("Session &library"), m_library->tree()));
    layout->addWidget(m_library, 1);
    layout->addWidget(titleFor(tr("&Blocks"), m_palette));
    layout->addWidget(m_palette);
    return column;
}

QWidget* BuilderView::buildSessionColumn()
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_sport = new QComboBox;
    for (const auto& entry : enumEntries<Sport>())
        m_sport->addItem(enumLabel(entry.value), int(entry.value));
    m_purpose = new QComboBox;
    m_purpose->addItem(tr("No particular purpose"), -1);
    for (const auto& entry : enumEntries<Purpose>())
        m_purpose->addItem(enumLabel(entry.value), int(entry.value));
    m_purpose->setToolTip(tr("The advisor checks that the session serves its purpose"));
    for (QComboBox* box : {m_sport, m_purpose}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    connect(m_name, &QLineEdit::editingFinished, this, &BuilderView::applyDetails);
    connect(m_sport, &QComboBox::activated, this, &BuilderView::applyDetails);
    connect(m_purpose, &QComboBox::activated, this, &BuilderView::applyDetails);

    m_notation = new QLineEdit;
    m_notation->setObjectName(QStringLiteral("notation"));
    m_notation->setPlaceholderText(tr("wu 15min @E; 8x400m @I / 90s jog; cd 10min @E"));
    m_notation->setToolTip(tr("The session as one line: edit it and press Enter. "
                              "See docs/session-notation.md for the grammar."));
    m_notationProblem = new QLabel;
    m_notationProblem->setObjectName(QStringLiteral("notationProblem"));
    m_notationProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_notationProblem->setWordWrap(true);
    m_notationProblem->hide();
    connect(m_notation, &QLineEdit::returnPressed, this, &BuilderView::applyNotation);

    auto* details = new QFormLayout;
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_sport);
    kindRow->addWidget(m_purpose, 1);
    details->addRow(tr("&Session:"), m_name);
    auto* kindLabel = new QLabel(tr("Sport, &purpose:"));
    kindLabel->setBuddy(m_sport); // a row holding a layout gets no buddy by itself
    details->addRow(kindLabel, kindRow);
    details->addRow(tr("Nota&tion:"), m_notation);
    details->addRow(QString(), m_notationProblem);

    m_calibration = new CalibrationBox;
    connect(m_calibration, &CalibrationBox::acceptRequested, this,
            [this](const CalibrationProposal& proposal) {
                acceptTemplateCalibration(m_document, m_template, proposal);
            });

    m_chart = new IntensityProfileChart;
    m_chart->setObjectName(QStringLiteral("profileChart"));
    connect(m_chart, &IntensityProfileChart::barClicked, this,
            [this](const StepPath& path, bool extend) {
                std::vector<StepPath> paths = extend ? selectedPaths() : std::vector<StepPath>{};
                paths.push_back(path);
                selectPaths(paths);
            });
    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("sessionTotals"));
    m_totals->setWordWrap(true);

    m_timeline = new QTreeView;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_steps);
    m_timeline->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_timeline->setDragDropMode(QAbstractItemView::DragDrop);
    m_timeline->setDefaultDropAction(Qt::MoveAction);
    m_timeline->setDropIndicatorShown(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    // A click on a bar takes the focus to the timeline, where the block is selected and
    // the keyboard can act on it.
    m_chart->setFocusProxy(m_timeline);
    m_timeline->setToolTip(tr("Drag blocks to reorder them, onto a repeat group to nest them; "
                              "Delete removes, Ctrl+G groups, Ctrl+C/X/V copy, cut and paste"));

    auto* column = new QWidget;
    auto* editor = new QWidget;
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(details);
    layout->addWidget(m_calibration);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_totals);
    layout->addWidget(titleFor(tr("Ti&meline"), m_timeline));
    layout->addWidget(m_timeline, 3);
    auto* stack = new QStackedLayout(column);
    stack->addWidget(editor);
    stack->addWidget(m_emptyState);
    return column;
}

QWidget* BuilderView::buildSideColumn()
{
    m_properties = new StepPropertiesPanel;
    m_properties->setObjectName(QStringLiteral("properties"));
    m_findings = new FindingsPanel;
    m_findings->setObjectName(QStringLiteral("findings"));
    connect(m_properties, &StepPropertiesPanel::stepEdited, this,
            [this](const Step& step, StepPropertiesPanel::Field field) {
                const std::vector<StepPath> paths = selectedPaths();
                if (paths.size() == 1)
                    m_steps->replaceStep(paths.front(), step,
                                         StepTreeModel::mergeKeyFor(paths.front(), int(field)));
            });
    connect(m_properties, &StepPropertiesPanel::countEdited, this, [this](int count) {
        const std::vector<StepPath> paths = selectedPaths();
        if (paths.size() == 1) {
            m_steps->setRepeatCount(
                paths.front(), count,
                StepTreeModel::mergeKeyFor(paths.front(), int(StepPropertiesPanel::Field::Count)));
        }
    });
    connect(m_findings, &FindingsPanel::stepsHighlighted, this, &BuilderView::selectPaths);
    connect(m_findings, &FindingsPanel::fixRequested, this, [this](const SessionFix& fix) {
        m_document.library().editTemplateSteps(m_template, fix.steps, tr("Fix: %1").arg(fix.label));
    });

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(titleFor(tr("Block"), nullptr));
    layout->addWidget(m_properties);
    layout->addWidget(titleFor(tr("A&dvisor"), m_findings));
    layout->addWidget(m_findings, 1);
    return column;
}

void BuilderView::showTemplate(TemplateId id)
{
    m_template = id;
    m_steps->setTemplate(id);
    m_timeline->expandAll();
    auto* stack = qobject_cast<QStackedLayout*>(m_editor->layout());
    stack->setCurrentIndex(m_document.library().sessionTemplate(id) ? 0 : 1);
    refreshDetails();
    refreshProperties();
    refreshAnalysis();
}

void BuilderView::refreshDetails()
{
    const SessionTemplate* session = m_document.library().sessionTemplate(m_template);
    const bool writable = !m_document.isReadOnly();
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_sport),
                           static_cast<QWidget*>(m_purpose), static_cast<QWidget*>(m_notation)})
        field->setEnabled(session && writable);
    if (!session)
        return;
    if (!m_name->hasFocus())
        m_name->setText(session->name);
    m_sport->setCurrentIndex(m_sport->findData(int(session->sport)));
    m_purpose->setCurrentIndex(m_purpose->findData(session->purpose ? int(*session->purpose) : -1));
    if (!m_notation->hasFocus() || m_notationProblem->isHidden())
        m_notation->setText(formatSessionNotation(session->steps));
    // A long line shows its start (the warm-up) until someone edits it.
    if (!m_notation->hasFocus())
        m_notation->setCursorPosition(0);
}

void BuilderView::applyDetails()
{
    const SessionTemplate* session = m_document.library().sessionTemplate(m_template);
    if (!session)
        return;
    const QString name = m_name->text().trimmed();
    const Sport sport = static_cast<Sport>(m_sport->currentData().toInt());
    const int purposeValue = m_purpose->currentData().toInt();
    const std::optional<Purpose> purpose =
        purposeValue < 0 ? std::nullopt : std::optional(static_cast<Purpose>(purposeValue));
    if (name.isEmpty()) {
        m_name->setText(session->name); // a session keeps a name
        return;
    }
    if (name != session->name || sport != session->sport || purpose != session->purpose)
        m_document.library().editTemplateDetails(m_template, name, sport, purpose, session->notes);
}

} // namespace paceline
