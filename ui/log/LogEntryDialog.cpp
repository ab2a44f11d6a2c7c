// The log form's construction and layout; its state, checks and saving are in
// LogEntryDialogState.cpp.

#include "LogEntryDialog.h"

#include "RepTableModel.h"
#include "RepTableView.h"
#include "SessionFieldsPanel.h"
#include "ui/document/LogDocument.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace paceline {

namespace {

/// The draft is written this long after the last change, so typing is not slowed.
constexpr int kDraftDelayMs = 1000;

QToolButton* rowButton(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

/// An action of the reps table: its shortcut works only while the table (or a cell
/// being edited) has focus, and its tooltip names the shortcut.
QAction* tableAction(QWidget* table, const QString& text, const QKeySequence& shortcut,
                     const QString& toolTip)
{
    auto* action = new QAction(text, table);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    table->addAction(action);
    return action;
}

} // namespace

LogEntryDialog::LogEntryDialog(LogDocument& document, AthleteId athlete,
                               const EntryFormState& state, std::optional<LoggedSessionId> editing,
                               bool fromDraft, QWidget* parent)
    : QDialog(parent), m_document(document), m_athlete(athlete), m_editing(editing)
{
    setWindowTitle(editing ? tr("Edit Logged Workout") : tr("Log Workout"));
    setObjectName(QStringLiteral("logEntryDialog"));
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &LogEntryDialog::saveDraftNow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(createReps(), 1);
    m_fields = new SessionFieldsPanel;
    connect(m_fields, &SessionFieldsPanel::edited, this, &LogEntryDialog::markEdited);
    layout->addWidget(m_fields);
    layout->addWidget(createButtons());

    setState(state);
    m_unsaved = fromDraft;
    resize(sizeHint().expandedTo(QSize(1060, 720)));
    m_table->setFocus();
}

LogEntryDialog::~LogEntryDialog()
{
    // Closed without Save, Cancel or Discard (the app quitting around it): what was
    // typed since the last draft is still kept.
    saveDraftNow();
}

QWidget* LogEntryDialog::createHeader()
{
    auto* header = new QWidget;
    auto* grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);

    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setToolTip(tr("The day of the workout"));
    m_time = new QTimeEdit;
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setToolTip(tr("When it started, your local time"));
    m_sport = new QComboBox;
    for (const auto& entry : enumEntries<Sport>())
        m_sport->addItem(enumLabel(entry.value), QVariant::fromValue(int(entry.value)));
    m_sport->setToolTip(tr("The sport of the session"));
    m_plan = new QComboBox;
    m_plan->setToolTip(tr("A session planned for this day fills in its reps, with the "
                          "targets beside them; Freeform starts from an empty table"));
    m_plan->setMinimumContentsLength(28);
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("e.g. 8 × 400 m on the track"));
    m_title->setToolTip(tr("A name for the workout, shown in the log"));

    const auto label = [](const QString& text, QWidget* buddy) {
        auto* result = new QLabel(text);
        result->setBuddy(buddy);
        return result;
    };
    grid->addWidget(label(tr("&Date:"), m_date), 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(label(tr("St&art:"), m_time), 0, 2);
    grid->addWidget(m_time, 0, 3);
    grid->addWidget(label(tr("S&port:"), m_sport), 0, 4);
    grid->addWidget(m_sport, 0, 5);
    grid->addWidget(label(tr("Pla&n:"), m_plan), 0, 6);
    grid->addWidget(m_plan, 0, 7);
    grid->addWidget(label(tr("T&itle:"), m_title), 1, 0);
    grid->addWidget(m_title, 1, 1, 1, 7);
    grid->setColumnStretch(7, 1);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_loading)
            return;
        reloadPlans();
        markEdited();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &LogEntryDialog::markEdited);
    connect(m_sport, &QComboBox::currentIndexChanged, this, &LogEntryDialog::markEdited);
    connect(m_title, &QLineEdit::textChanged, this, &LogEntryDialog::markEdited);
    connect(m_plan, &QComboBox::activated, this, &LogEntryDialog::choosePlan);
    return header;
}

QWidget* LogEntryDialog::createReps()
{
    auto* reps = new QWidget;
    auto* layout = new QVBoxLayout(reps);
    layout->setContentsMargins(0, 6, 0, 0);

    m_model = new RepTableModel(this);
    m_model->setUnits(units());
    m_table = new RepTableView;
    m_table->setObjectName(QStringLiteral("repTable"));
    m_table->setRepModel(m_model);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 13);
    connect(m_model, &RepTableModel::edited, this, &LogEntryDialog::markEdited);

    QAction* add = tableAction(m_table, tr("Add &Row"), QKeySequence(Qt::CTRL | Qt::Key_N),
                               tr("Add a row below the current one"));
    QAction* remove =
        tableAction(m_table, tr("De&lete Row"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                    tr("Delete the current row"));
    QAction* up = tableAction(m_table, tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                              tr("Move the current row up"));
    QAction* down = tableAction(m_table, tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down),
                                tr("Move the current row down"));
    connect(add, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const int row = m_model->insertRep(current.isValid() ? current.row() : -1);
        m_table->setCurrentIndex(
            m_model->index(row, current.isValid() ? current.column() : RepTableModel::Distance));
    });
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_model->removeRep(current.row()) && m_model->rowCount() > 0) {
            m_table->setCurrentIndex(
                m_model->index(std::min(current.row(), m_model->rowCount() - 1), current.column()));
        }
    });
    const auto move = [this](int delta) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_model->moveRep(current.row(), delta))
            m_table->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
    };
    connect(up, &QAction::triggered, this, [move] { move(-1); });
    connect(down, &QAction::triggered, this, [move] { move(+1); });

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {add, remove, up, down})
        buttons->addWidget(rowButton(action));
    auto* hint = new QLabel(tr("Enter moves down (and adds a row at the end) · Tab moves across "
                               "· a distance fills down · Ctrl+V pastes a column of splits"));
    hint->setStyleSheet(QStringLiteral("color: #5a6675;"));
    buttons->addSpacing(12);
    buttons->addWidget(hint, 1);

    m_problemsLabel = new QLabel;
    m_problemsLabel->setObjectName(QStringLiteral("entryProblems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::RichText);

    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemsLabel);
    return reps;
}

QWidget* LogEntryDialog::createButtons()
{
    auto* box = new QDialogButtonBox;
    m_save = box->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setToolTip(tr("Save the workout to the log (Ctrl+S or Ctrl+Enter)"));
    QPushButton* cancel = box->addButton(QDialogButtonBox::Cancel);
    cancel->setToolTip(tr("Close the form; what you typed is kept as a draft and offered "
                          "back next time (Esc)"));
    QPushButton* discardButton = box->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    discardButton->setToolTip(tr("Close the form and throw away what you typed"));
    // Enter belongs to the table (move down): it must never save by accident.
    for (QPushButton* button : {m_save, cancel, discardButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    for (const QKeySequence& keys :
         {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_Return)}) {
        auto* saveAction = new QAction(this);
        saveAction->setShortcut(keys);
        // accept() commits the cell being typed before it decides whether to save.
        connect(saveAction, &QAction::triggered, this, &LogEntryDialog::accept);
        addAction(saveAction);
    }
    connect(m_save, &QPushButton::clicked, this, &LogEntryDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &LogEntryDialog::reject);
    connect(discardButton, &QPushButton::clicked, this, &LogEntryDialog::discard);

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* note = new QLabel(tr("Cancel keeps what you typed as a draft; Discard throws it away."));
    note->setStyleSheet(QStringLiteral("color: #5a6675;"));
    layout->addWidget(note, 1);
    layout->addWidget(box);
    return row;
}

} // namespace paceline
