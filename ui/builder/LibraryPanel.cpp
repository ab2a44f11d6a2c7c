#include "LibraryPanel.h"

#include "WorkoutExport.h"
#include "core/io/ExampleSessions.h"
#include "core/io/SessionFiles.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/models/TemplateFilterModel.h"
#include "ui/models/TemplateLibraryModel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace paceline {

LibraryPanel::LibraryPanel(LogDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new TemplateLibraryModel(document, this)),
      m_filter(new TemplateFilterModel(this)), m_search(new QLineEdit), m_tree(new QTreeView)
{
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search sessions"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->expandAll();
    m_tree->setToolTip(tr("Select a session to edit it; F2 renames it"));

    // Tool buttons keep the column narrow enough for a 1024-pixel screen.
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    const auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* tool = new QToolButton;
        tool->setText(text);
        tool->setToolTip(tip);
        tool->setAutoRaise(false);
        connect(tool, &QToolButton::clicked, this, slot);
        buttons->addWidget(tool);
        return tool;
    };
    // "Ne&w", not "&New": Alt+N belongs to the block's Notes field beside it.
    m_newButton = button(tr("Ne&w"), tr("Start an empty session"), &LibraryPanel::newSession);
    m_duplicateButton =
        button(tr("D&uplicate"), tr("Copy the selected session"), &LibraryPanel::duplicateSession);
    m_deleteButton = button(tr("Delete"), tr("Delete the selected session (Delete; undoable)"),
                            &LibraryPanel::deleteSession);
    auto* more = new QToolButton;
    more->setText(tr("More"));
    more->setToolTip(tr("Rename, import, export and example sessions"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(more);
    m_renameAction = menu->addAction(tr("&Rename"), QKeySequence(Qt::Key_F2), this,
                                     &LibraryPanel::renameSession);
    // The menu only shows the key: the list edits on F2 by itself, and a window-wide F2
    // would take the key from the timeline, where it edits the block's notes.
    m_renameAction->setShortcutContext(Qt::WidgetShortcut);
    m_importAction = menu->addAction(tr("&Import Session..."), this, &LibraryPanel::importSession);
    m_exportAction = menu->addAction(tr("&Export Session..."), this, &LibraryPanel::exportSession);
    m_exportWorkoutAction = menu->addAction(tr("Export for &Watch (FIT Workout)..."), this,
                                            &LibraryPanel::exportWorkout);
    m_exportWorkoutAction->setToolTip(
        tr("Save the session as a FIT workout file to copy onto a Garmin watch, with the "
           "current athlete's paces as targets"));
    menu->addSeparator();
    m_examplesAction =
        menu->addAction(tr("Add E&xample Sessions"), this, &LibraryPanel::addExamples);
    more->setMenu(menu);
    buttons->addWidget(more);
    buttons->addStretch();

    // The Delete key on the list, as on the timeline; only on the list itself, so the
    // key still edits text in the rename editor.
    auto* deleteKey = new QAction(tr("Delete session"), m_tree);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &LibraryPanel::deleteSession);
    m_tree->addAction(deleteKey);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryPanel::followSelection);
    connect(this, &LibraryPanel::templateSelected, this, &LibraryPanel::refreshActions);
    // Adds and removes reset the library: keep showing the session being edited.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        if (m_document.library().sessionTemplate(m_current))
            selectTemplate(m_current);
        else
            selectFirstTemplate();
    });
    selectFirstTemplate();
    refreshActions();
}

TemplateId LibraryPanel::currentTemplate() const
{
    return m_current;
}

void LibraryPanel::selectTemplate(TemplateId id)
{
    QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
    if (!index.isValid() && m_model->indexOf(id).isValid()) {
        // Hidden by the search (a new session, an import): show the whole library
        // rather than edit a session the list does not show.
        m_search->clear();
        index = m_filter->mapFromSource(m_model->indexOf(id));
    }
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    if (id != m_current) {
        m_current = id;
        Q_EMIT templateSelected(id);
    }
}

void LibraryPanel::followSelection()
{
    const TemplateId id = m_model->templateIdAt(m_filter->mapToSource(m_tree->currentIndex()));
    if (id.isValid() && id != m_current) {
        m_current = id;
        Q_EMIT templateSelected(id);
    }
}

void LibraryPanel::refreshActions()
{
    const bool writable = !m_document.isReadOnly();
    const bool chosen = m_document.library().sessionTemplate(m_current) != nullptr;
    m_newButton->setEnabled(writable);
    m_duplicateButton->setEnabled(writable && chosen);
    m_deleteButton->setEnabled(writable && chosen);
    m_renameAction->setEnabled(writable && chosen);
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(chosen);
    m_exportWorkoutAction->setEnabled(chosen);
    m_examplesAction->setEnabled(writable);
}

void LibraryPanel::selectFirstTemplate()
{
    const auto& templates = m_document.library().templates();
    selectTemplate(templates.empty() ? TemplateId{} : templates.front().id);
}

void LibraryPanel::newSession()
{
    SessionTemplate session;
    session.name = tr("New session");
    const TemplateId id = m_document.library().addTemplate(session);
    if (id.isValid())
        selectTemplate(id);
}

void LibraryPanel::duplicateSession()
{
    const TemplateId id = m_document.library().duplicateTemplate(m_current);
    if (id.isValid())
        selectTemplate(id);
}

void LibraryPanel::deleteSession()
{
    if (m_current.isValid() && !m_document.isReadOnly())
        m_document.library().removeTemplate(m_current);
}

void LibraryPanel::renameSession()
{
    const QModelIndex index = m_tree->currentIndex();
    if (m_current.isValid() && index.isValid())
        m_tree->edit(index);
}

void LibraryPanel::importSession()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import session"), QString(), tr("Paceline sessions (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto session = readSessionFile(path);
    if (!session) {
        QMessageBox::warning(this, tr("Import session"), session.errorMessage());
        return;
    }
    const TemplateId id = m_document.library().addTemplate(*session);
    if (id.isValid())
        selectTemplate(id);
}

void LibraryPanel::exportSession()
{
    const SessionTemplate* session = m_document.library().sessionTemplate(m_current);
    if (!session)
        return;
    QString name = session->name;
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral("-"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export session"), name + QStringLiteral(".json"),
                                     tr("Paceline sessions (*.json)"));
    if (path.isEmpty())
        return;
    if (Status written = writeSessionFile(*session, path); !written)
        QMessageBox::warning(this, tr("Export session"), written.errorMessage());
}

void LibraryPanel::exportWorkout()
{
    const SessionTemplate* session = m_document.library().sessionTemplate(m_current);
    if (!session)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export for watch"), workoutFileName(session->name), tr("FIT workouts (*.fit)"));
    if (path.isEmpty())
        return;
    if (Status written = writeFitWorkoutFile(*session, m_document.currentAthlete(), path); !written)
        QMessageBox::warning(this, tr("Export for watch"), written.errorMessage());
}

void LibraryPanel::addExamples()
{
    const int added = m_document.library().addExampleSessions(exampleSessions());
    if (added == 0) {
        QMessageBox::information(this, tr("Example sessions"),
                                 tr("The library already holds every example session."));
    }
}

} // namespace paceline
