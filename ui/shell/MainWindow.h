#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace paceline {

class AnalysisView;
class AppSettings;
class AthleteListModel;
class BuilderView;
class LogDocument;
class LogStore;
class LogView;
class ImportRunner;
class PlannerView;
struct EntryDraft;

/// The main window: navigation between the four screens, the athlete switcher, menus
/// and shortcuts. Wiring only; the screens and the document do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// The screens, by the names used on the command line and in the settings.
    static QStringList viewNames();

    MainWindow(std::unique_ptr<LogDocument> document, AppSettings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    LogDocument& document() { return *m_document; }
    /// Shows a screen by name ("log", "planner", "sessions", "analysis"); false if unknown.
    bool showView(const QString& name);
    QString currentView() const;

    /// Opens the library session with this name (ignoring case) in the Sessions screen;
    /// false when the library has none.
    bool showSession(const QString& name);
    /// Selects the current athlete's first workout of `day` in the Log screen; false
    /// when there is none.
    bool showWorkout(QDate day);
    /// Shows the Planner screen on the week that holds `day` (or four weeks from it).
    void showPlannerWeek(QDate day, bool overview = false);
    /// The date the Planner (done and missed) and the Analysis screen (where its charts
    /// end) take as today; the system date otherwise.
    void setPlannerToday(QDate today);
    /// Selects this logged session in the Log screen; false when it is not listed.
    bool showLoggedSession(LoggedSessionId id);
    /// Shows the Analysis screen on a tab by name (AnalysisView::tabNames()); false if
    /// unknown.
    bool showAnalysisTab(const QString& name);
    /// Sets the Analysis screen's range by id ("4w" ... "all"); false if unknown.
    bool setAnalysisRange(const QString& id);

    /// The dialogs that can be rendered on their own, for screenshots.
    static QStringList dialogNames();
    /// A dialog as the window would show it ("athlete", "welcome", "preferences",
    /// "log-workout" filled with an example; "import" in the middle of a batch and
    /// "import-summary" with imported, duplicate and failed files).
    std::unique_ptr<QDialog> createDialog(const QString& name);

    /// When the log is empty and writable: offer an empty log or the demo log.
    void offerFirstRun();

    /// Shows the log at `path` in place of the open one, as File → Open Log does (a
    /// running import stops first); false (after saying why) when it cannot be opened.
    bool openLogFile(const QString& path);

    /// Imports these activity files and folders (folders recursively) into the current
    /// athlete's log, as File → Import and drops do: a file per turn of the event loop,
    /// a progress dialog for batches, a summary at the end, one undoable command.
    /// Returns at once; importFinished() follows. False (after saying why in the status
    /// bar) when nothing can be imported now.
    bool importFiles(const QStringList& paths);
    bool isImporting() const { return !m_importRunner.isNull(); }

Q_SIGNALS:
    /// An import started by importFiles() is done (or stopped) and its summary shown.
    void importFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void setDocument(std::unique_ptr<LogDocument> document);
    void disconnectDocument();
    /// Deletes every screen (they refer to the document) and forgets the pointers.
    void deleteScreens();
    void rebuildViews();
    /// Shows the screen at this navigation row, building it first if it is not yet.
    void showViewAt(int index);
    void ensureView(int index);
    /// The screen at this row, or null while it is not built.
    QWidget* builtView(int index) const;
    LogView* createLogView();
    void refreshTitleAndNotice();
    void refreshActions();

    void chooseLogToOpen();
    void chooseNewLog();
    void openDemoLog();
    void newAthlete();
    void editAthlete();
    void editPreferences();
    void showAbout();

    // The log's workouts (MainWindowLog.cpp).
    void logWorkout();
    void editSelectedSession();
    void removeSelectedSession();
    /// The entry form for a new workout or an edit, after offering a kept draft back.
    void openEntryForm(std::optional<LoggedSessionId> editing);
    /// Asks whether to resume the draft; false means discard it.
    bool offerDraft(const EntryDraft& draft);
    std::unique_ptr<QDialog> createLogEntryExample();

    // The Planner screen (MainWindowPlanner.cpp).
    PlannerView* createPlanner();
    /// The Plan menu is in the menu bar only on the Planner screen: its actions work
    /// only there, and its Alt+P is then free (the Sessions screen uses it).
    void showPlanMenuFor(int viewRow);

    // The Analysis screen (MainWindowAnalysis.cpp).
    AnalysisView* createAnalysis();

    // Importing activities (MainWindowImport.cpp).
    void createTransferActions();
    void addTransferActions(QMenu* file);
    void refreshTransferActions();
    /// Why nothing can be imported now ("This log is read-only ..."), or empty.
    QString importBlocker() const;
    void chooseFilesToImport();
    void onImportFinished();
    /// Stops a running import at once, without its undo step or summary: for when its
    /// log closes (another log opened, the window closed). The files read so far stay in
    /// that log, each whole; the rest are not read.
    void abandonImport();
    std::unique_ptr<QDialog> createImportExample(const QString& name);

    // Exporting and backing up (MainWindowTransfer.cpp).
    void exportSessionsCsv();
    void backUpLog();
    void restoreBackup();
    /// File → Back Up Log File: a whole-file copy (core/store/LogBackup.h).
    void backUpLogFile();
    /// File → Restore Log File: replaces the log with a whole-file backup after asking.
    void chooseLogFileToRestore();
    void restoreLogFileFrom(const QString& backup);
    /// Closes the log and removes everything that shows it, so its file can be
    /// replaced; setDocument() follows at once.
    void closeDocument();

    AppSettings& m_settings;
    std::unique_ptr<LogDocument> m_document;
    AthleteListModel* m_athleteModel = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_views = nullptr;
    BuilderView* m_builder = nullptr;
    LogView* m_logView = nullptr;
    PlannerView* m_planner = nullptr;
    AnalysisView* m_analysis = nullptr;
    QMenu* m_planMenu = nullptr;
    /// The week the planner showed last: kept while the app runs (not across runs,
    /// where "this week" is the better start).
    QDate m_plannerWeek;
    QDate m_plannerToday;
    QLabel* m_notice = nullptr;
    QComboBox* m_athleteSwitcher = nullptr;

    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_newAthlete = nullptr;
    QAction* m_editAthlete = nullptr;
    QAction* m_logWorkout = nullptr;
    QAction* m_editSession = nullptr;
    QAction* m_removeSession = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_import = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_backUpFile = nullptr;
    QAction* m_restoreFile = nullptr;
    QList<QAction*> m_viewActions;
    QPointer<ImportRunner> m_importRunner;
};

} // namespace paceline
