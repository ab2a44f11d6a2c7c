#include "MainWindow.h"

#include "AppSettings.h"
#include "AthleteDialog.h"
#include "DemoLog.h"
#include "FirstRunDialog.h"
#include "PreferencesDialog.h"
#include "core/store/LogBackup.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/builder/BuilderView.h"
#include "ui/builder/LibraryPanel.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/log/LogView.h"
#include "ui/models/AthleteListModel.h"
#include "ui/planner/PlannerView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <array>

namespace paceline {

namespace {

struct ViewInfo {
    const char* name;
    const char* label;
    const char* icon;
    const char* toolTip;
};

constexpr ViewInfo kViews[] = {
    {"log", QT_TRANSLATE_NOOP("MainWindow", "Log"), ":/icons/log.svg",
     QT_TRANSLATE_NOOP("MainWindow", "Logged workouts and their reps")},
    {"planner", QT_TRANSLATE_NOOP("MainWindow", "Planner"), ":/icons/planner.svg",
     QT_TRANSLATE_NOOP("MainWindow", "Plan weeks of training")},
    {"sessions", QT_TRANSLATE_NOOP("MainWindow", "Sessions"), ":/icons/sessions.svg",
     QT_TRANSLATE_NOOP("MainWindow", "Build and check speed sessions")},
    {"analysis", QT_TRANSLATE_NOOP("MainWindow", "Analysis"), ":/icons/analysis.svg",
     QT_TRANSLATE_NOOP("MainWindow", "Load, fitness and pace trends")},
};

} // namespace

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (const ViewInfo& view : kViews)
        names << QLatin1String(view.name);
    return names;
}

MainWindow::MainWindow(std::unique_ptr<LogDocument> document, AppSettings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_settings(settings)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/paceline.svg")));
    // Activity files and folders dropped anywhere on the window are imported.
    setAcceptDrops(true);
    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    statusBar();
    setDocument(std::move(document));

    resize(1180, 760);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    if (!showView(m_settings.lastView()))
        showView(QStringLiteral("log"));
}

MainWindow::~MainWindow()
{
    // Views and the switcher's model hold references into the document, which is
    // destroyed before the base class deletes the child widgets: remove them first,
    // and stop listening (clearing the undo stack on destruction still signals). A
    // running import goes first: it refers to the document's store and undo stack.
    abandonImport();
    disconnectDocument();
    delete m_views;
    m_views = nullptr;
    m_builder = nullptr;
    m_logView = nullptr;
    m_planner = nullptr;
    m_analysis = nullptr;
    m_athleteSwitcher->setModel(new QStandardItemModel(m_athleteSwitcher));
    delete m_athleteModel;
    m_athleteModel = nullptr;
}

void MainWindow::createActions()
{
    m_undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] { m_document->undoStack()->undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { m_document->undoStack()->redo(); });

    m_newAthlete = new QAction(tr("&New Athlete..."), this);
    m_newAthlete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAthlete->setToolTip(tr("Add an athlete to this log"));
    connect(m_newAthlete, &QAction::triggered, this, &MainWindow::newAthlete);
    m_editAthlete = new QAction(tr("&Edit Athlete..."), this);
    m_editAthlete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAthlete->setToolTip(tr("Name, heart rates, recent race and units"));
    connect(m_editAthlete, &QAction::triggered, this, &MainWindow::editAthlete);
    m_logWorkout =
        new QAction(QIcon(QStringLiteral(":/icons/log.svg")), tr("&Log Workout..."), this);
    m_logWorkout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logWorkout->setToolTip(tr("Record a workout rep by rep (Ctrl+L)"));
    connect(m_logWorkout, &QAction::triggered, this, &MainWindow::logWorkout);
    m_editSession = new QAction(tr("Edit &Logged Workout..."), this);
    m_editSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_editSession->setToolTip(tr("Open the selected workout in the entry form"));
    connect(m_editSession, &QAction::triggered, this, &MainWindow::editSelectedSession);
    m_removeSession = new QAction(tr("&Delete Logged Workout"), this);
    m_removeSession->setShortcut(QKeySequence::Delete);
    // Only while the Log screen has focus: Delete means other things on other screens.
    m_removeSession->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeSession->setToolTip(tr("Delete the selected workout (can be undone)"));
    connect(m_removeSession, &QAction::triggered, this, &MainWindow::removeSelectedSession);
    m_preferences = new QAction(tr("&Preferences..."), this);
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::editPreferences);
    createTransferActions();

    for (int i = 0; i < int(std::size(kViews)); ++i) {
        const ViewInfo& view = kViews[i];
        auto* action = new QAction(QIcon(QLatin1String(view.icon)), tr(view.label), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(tr(view.toolTip));
        const QString name = QLatin1String(view.name);
        connect(action, &QAction::triggered, this, [this, name] { showView(name); });
        m_viewActions << action;
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Log..."), QKeySequence::New, this, &MainWindow::chooseNewLog);
    file->addAction(tr("&Open Log..."), QKeySequence::Open, this, &MainWindow::chooseLogToOpen);
    file->addAction(tr("Open &Demo Log"), this, &MainWindow::openDemoLog);
    file->addSeparator();
    addTransferActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewActions);

    QMenu* athlete = menuBar()->addMenu(tr("&Athlete"));
    athlete->addAction(m_newAthlete);
    athlete->addAction(m_editAthlete);

    QMenu* log = menuBar()->addMenu(tr("Lo&g"));
    log->addAction(m_logWorkout);
    log->addAction(m_editSession);
    log->addAction(m_removeSession);

    // Filled with the Planner screen's own actions whenever the screen is built, and in
    // the menu bar only while that screen is shown (MainWindowPlanner.cpp).
    m_planMenu = new QMenu(tr("&Plan"), this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Paceline"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    // The one action with an icon, Log Workout, is the one people look for: keep its
    // words beside the icon like the other buttons' words.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(new QLabel(tr(" Athlete: ")));
    m_athleteSwitcher = new QComboBox;
    m_athleteSwitcher->setObjectName(QStringLiteral("athleteSwitcher"));
    m_athleteSwitcher->setMinimumContentsLength(18);
    m_athleteSwitcher->setToolTip(tr("Whose training is shown"));
    toolBar->addWidget(m_athleteSwitcher);
    toolBar->addAction(m_editAthlete);
    toolBar->addAction(m_newAthlete);
    toolBar->addSeparator();
    toolBar->addAction(m_logWorkout);
    toolBar->addSeparator();
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    connect(m_athleteSwitcher, &QComboBox::activated, this,
            [this](int row) { m_document->setCurrentAthlete(m_athleteModel->idAt(row)); });
}

void MainWindow::createCentralArea()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setFixedWidth(136);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #eef2f7; padding-top: 6px; }"
        "QListWidget#navigation::item { padding: 4px 8px; margin: 0 6px; border-radius: 6px; "
        "color: #1f2d3d; }"
        "QListWidget#navigation::item:hover { background: #dde6f0; }"
        "QListWidget#navigation::item:selected { background: #2f5d8a; color: white; }"));
    for (int i = 0; i < int(std::size(kViews)); ++i) {
        auto* item = new QListWidgetItem(m_viewActions[i]->icon(), m_viewActions[i]->text());
        item->setToolTip(QStringLiteral("%1 (%2)").arg(
            m_viewActions[i]->toolTip(),
            m_viewActions[i]->shortcut().toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(124, 44));
        m_navigation->addItem(item);
    }

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral(
        "background: #fff4ce; color: #4d3b00; border: 1px solid #e6c65c; padding: 6px;"));
    m_notice->hide();

    m_views = new QStackedWidget;
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_views, 1);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(right, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showViewAt);
}

void MainWindow::deleteScreens()
{
    while (m_views->count() > 0) {
        QWidget* page = m_views->widget(0);
        m_views->removeWidget(page);
        delete page;
    }
    m_builder = nullptr;
    m_logView = nullptr;
    m_planner = nullptr;
    m_analysis = nullptr;
}

void MainWindow::setDocument(std::unique_ptr<LogDocument> document)
{
    // The runner writes into the old document: it must stop before that goes away, and
    // must not still count as running when the actions are refreshed for the new one.
    abandonImport();
    // Views and the switcher's model refer to the old document: remove them first.
    deleteScreens();
    // The old document lives until the new one is wired, so nothing points at freed memory.
    disconnectDocument();
    const std::unique_ptr<LogDocument> previous = std::exchange(m_document, std::move(document));

    const qint64 remembered = m_settings.lastAthleteId(m_document->store().path());
    if (m_document->athlete(AthleteId{remembered}))
        m_document->setCurrentAthlete(AthleteId{remembered});

    AthleteListModel* oldModel = m_athleteModel;
    m_athleteModel = new AthleteListModel(*m_document, this);
    m_athleteSwitcher->setModel(m_athleteModel);
    delete oldModel;
    rebuildViews();

    QUndoStack* stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::refreshActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::refreshActions);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::refreshActions);
    const auto followAthletes = [this] { refreshActions(); };
    connect(m_document.get(), &LogDocument::currentAthleteChanged, this, followAthletes);
    connect(m_document.get(), &LogDocument::athleteAdded, this, followAthletes);
    connect(m_document.get(), &LogDocument::athleteChanged, this, followAthletes);
    connect(m_document.get(), &LogDocument::athleteRemoved, this, followAthletes);
    // Queued: the error arrives from inside QUndoStack::push (often in the middle of a
    // drop or of typing), and a message box's event loop must not run in there.
    connect(
        m_document.get(), &LogDocument::storeError, this,
        [this](const QString& message) { QMessageBox::warning(this, tr("Paceline"), message); },
        Qt::QueuedConnection);
    refreshTitleAndNotice();
    refreshActions();
    // An older log was upgraded as it opened, after a copy of it was kept: say where.
    if (const QString upgraded = migrationBackupNotice(m_document->store()); !upgraded.isEmpty())
        statusBar()->showMessage(upgraded);
}

void MainWindow::disconnectDocument()
{
    if (!m_document)
        return;
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
}

void MainWindow::rebuildViews()
{
    // A placeholder per screen; a screen is built when it is first shown (showViewAt), so
    // start-up builds and fills only the one on view, not the three nobody looks at yet.
    for (int i = 0; i < int(std::size(kViews)); ++i)
        m_views->addWidget(new QWidget);
    showViewAt(m_navigation->currentRow());
    // Except the Log: the Log menu's Edit and Delete act on its selection from every
    // screen, so it is there whichever screen the app opens on.
    ensureView(int(viewNames().indexOf(QStringLiteral("log"))));
}

void MainWindow::showViewAt(int index)
{
    if (index < 0 || index >= m_views->count())
        return;
    ensureView(index);
    m_views->setCurrentIndex(index);
}

QWidget* MainWindow::builtView(int index) const
{
    const std::array<QWidget*, std::size(kViews)> views{m_logView, m_planner, m_builder,
                                                        m_analysis};
    return views.at(std::size_t(index));
}

void MainWindow::ensureView(int index)
{
    if (builtView(index))
        return;
    QWidget* placeholder = m_views->widget(index);
    switch (index) {
    case 0:
        m_views->insertWidget(index, createLogView());
        break;
    case 1:
        m_views->insertWidget(index, createPlanner());
        break;
    case 2:
        m_builder = new BuilderView(*m_document);
        m_views->insertWidget(index, m_builder);
        break;
    default:
        m_views->insertWidget(index, createAnalysis());
        break;
    }
    m_views->removeWidget(placeholder);
    delete placeholder;
}

LogView* MainWindow::createLogView()
{
    m_logView = new LogView(*m_document, LogViewActions{m_editAthlete, m_newAthlete, m_logWorkout,
                                                        m_editSession, m_removeSession});
    // Its Delete key works while the Log screen has focus (WidgetWithChildrenShortcut).
    m_logView->addAction(m_removeSession);
    connect(m_logView, &LogView::selectedSessionChanged, this, &MainWindow::refreshActions);
    connect(m_logView, &LogView::sessionActivated, this, [this](LoggedSessionId id) {
        // Not mid-import: an edit pushed now would sit under the import's undo step.
        if (!isImporting())
            openEntryForm(id);
    });
    // The Edit and Delete actions follow its selection from now on.
    refreshActions();
    return m_logView;
}

void MainWindow::refreshTitleAndNotice()
{
    const LogStore& store = m_document->store();
    setWindowFilePath(store.path());
    setWindowTitle(QStringLiteral("%1 - Paceline").arg(QFileInfo(store.path()).fileName()));
    m_notice->setVisible(store.isReadOnly());
    m_notice->setText(tr("<b>This log is read-only.</b> %1 You can look around, but changes "
                         "cannot be saved.")
                          .arg(store.readOnlyReason().toHtmlEscaped()));
}

void MainWindow::refreshActions()
{
    QUndoStack* stack = m_document->undoStack();
    // While an import runs, its undo step is not on the stack yet: an undo or an edit
    // now would be ordered wrongly against it (undoing the import would then trip over a
    // session edited or deleted meanwhile, or an athlete removed under it).
    const bool writable = !m_document->isReadOnly() && !isImporting();
    m_undo->setEnabled(writable && stack->canUndo());
    m_redo->setEnabled(writable && stack->canRedo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_newAthlete->setEnabled(writable);
    const auto athlete = m_document->currentAthlete();
    m_editAthlete->setEnabled(writable && athlete.has_value());
    m_logWorkout->setEnabled(writable && athlete.has_value());
    const bool selected = m_logView && m_logView->selectedSession().has_value();
    m_editSession->setEnabled(writable && athlete.has_value() && selected);
    m_removeSession->setEnabled(writable && athlete.has_value() && selected);
    refreshTransferActions();
    m_athleteSwitcher->setCurrentIndex(m_athleteModel->rowOf(m_document->currentAthleteId()));
    m_athleteSwitcher->setEnabled(m_document->athletes().size() > 1);
    if (athlete)
        m_settings.setLastAthleteId(m_document->store().path(), athlete->id.value);
}

bool MainWindow::showView(const QString& name)
{
    const int index = viewNames().indexOf(name);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

bool MainWindow::showSession(const QString& name)
{
    for (const SessionTemplate& session : m_document->library().templates()) {
        if (session.name.compare(name, Qt::CaseInsensitive) == 0) {
            showView(QStringLiteral("sessions"));
            m_builder->library()->selectTemplate(session.id);
            return true;
        }
    }
    return false;
}

bool MainWindow::showWorkout(QDate day)
{
    const auto sessions = m_document->store().sessions().inRange(m_document->currentAthleteId(),
                                                                 day, day, WithReps::No);
    if (!sessions || sessions.value().empty())
        return false;
    showView(QStringLiteral("log"));
    return m_logView->selectSession(sessions.value().front().id);
}

QString MainWindow::currentView() const
{
    return viewNames().value(m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    abandonImport();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLastView(currentView());
    event->accept();
}

} // namespace paceline
