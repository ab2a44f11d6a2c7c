// The main window's import of activity files: File → Import, drops onto the window,
// the progress and summary dialogs, and opening what was imported in the Log screen.

#include "AppSettings.h"
#include "ImportProgressDialog.h"
#include "ImportRunner.h"
#include "ImportSummaryDialog.h"
#include "MainWindow.h"
#include "core/io/activity/ActivityReader.h"
#include "core/model/TimeText.h"
#include "core/store/LogStore.h"
#include "ui/document/ImportCommand.h"
#include "ui/document/LogDocument.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>

#include <algorithm>

namespace paceline {

namespace {

constexpr int kStatusMs = 10000;

QString importRunningText()
{
    return MainWindow::tr("An import is running; wait for it to finish or cancel it");
}

/// "Tue 12 Mar 2024 07:02 · Run · 10.21 km · 52:13 · 8 reps", a line of the summary.
QString sessionLine(const LoggedSession& session, UnitSystem units)
{
    QStringList parts{QLocale().toString(session.start, QStringLiteral("ddd d MMM yyyy HH:mm")),
                      enumLabel(session.sport)};
    if (session.distance)
        parts << formatDistance(*session.distance, units);
    parts << formatDuration(session.duration);
    if (!session.reps.empty())
        parts << (session.reps.size() == 1 ? QObject::tr("1 rep")
                                           : QObject::tr("%1 reps").arg(session.reps.size()));
    return parts.join(QStringLiteral(" · "));
}

ImportReport reportOf(const ImportBatch& batch, bool cancelled, UnitSystem units)
{
    ImportReport report;
    report.summary = batch.summary();
    report.filesTotal = int(batch.files().size());
    report.filesDone = batch.done();
    report.cancelled = cancelled && !batch.atEnd();
    QHash<qint64, const LoggedSession*> byId;
    for (const LoggedSession& session : batch.sessions())
        byId.insert(session.id.value, &session);
    for (const FileImportResult& file : batch.importedFiles()) {
        ImportReport::ImportedFile line{file.path, file.message, {}};
        for (LoggedSessionId id : file.sessionIds) {
            if (const LoggedSession* session = byId.value(id.value))
                line.sessions << sessionLine(*session, units);
        }
        report.imported.push_back(line);
    }
    if (!batch.sessions().empty())
        report.undoText = ImportCommand::textFor(int(batch.sessions().size()));
    return report;
}

/// The local files and folders among dropped URLs.
QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::createTransferActions()
{
    m_import = new QAction(tr("&Import Activities..."), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::chooseFilesToImport);
    m_exportCsv = new QAction(tr("&Export Sessions as CSV..."), this);
    connect(m_exportCsv, &QAction::triggered, this, &MainWindow::exportSessionsCsv);
    m_backUpFile = new QAction(tr("&Back Up Log File..."), this);
    m_backUpFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUpFile->setToolTip(tr("Save an exact copy of the whole log file, even while it is in "
                                "use (Ctrl+Shift+B)"));
    connect(m_backUpFile, &QAction::triggered, this, &MainWindow::backUpLogFile);
    m_restoreFile = new QAction(tr("Restore Log &File..."), this);
    connect(m_restoreFile, &QAction::triggered, this, &MainWindow::chooseLogFileToRestore);
    m_backUp = new QAction(tr("Export Log as &JSON..."), this);
    m_backUp->setToolTip(tr("Save every athlete, session, plan and library session of this log "
                            "in one JSON file, which can be added to any log"));
    connect(m_backUp, &QAction::triggered, this, &MainWindow::backUpLog);
    m_restore = new QAction(tr("&Add from JSON Backup..."), this);
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreBackup);
}

void MainWindow::addTransferActions(QMenu* file)
{
    file->addAction(m_import);
    file->addAction(m_exportCsv);
    file->addSeparator();
    file->addAction(m_backUpFile);
    file->addAction(m_restoreFile);
    file->addAction(m_backUp);
    file->addAction(m_restore);
    // Menus hide tooltips unless asked: these say why an item is greyed out.
    file->setToolTipsVisible(true);
}

void MainWindow::refreshTransferActions()
{
    const QString blocker = importBlocker();
    m_import->setEnabled(blocker.isEmpty() && !isImporting());
    if (!blocker.isEmpty())
        m_import->setToolTip(blocker);
    else if (isImporting())
        m_import->setToolTip(importRunningText());
    else
        m_import->setToolTip(tr("Import FIT, TCX, GPX or Paceline CSV files into %1's log "
                                "(Ctrl+I); you can also drop files or folders on the window")
                                 .arg(m_document->currentAthlete()->name));
    const bool hasAthlete = m_document->currentAthlete().has_value();
    m_exportCsv->setEnabled(hasAthlete);
    m_exportCsv->setToolTip(hasAthlete
                                ? tr("Write %1's sessions and reps as sessions.csv and reps.csv "
                                     "into a folder")
                                      .arg(m_document->currentAthlete()->name)
                                : tr("Add an athlete first: the export is of one athlete's log"));
    // A restore clears the undo history, which the running import's undo step joins.
    const bool writable = !m_document->isReadOnly();
    m_restore->setEnabled(writable && !isImporting());
    if (!writable)
        m_restore->setToolTip(tr("This log is read-only: nothing can be added to it"));
    else if (isImporting())
        m_restore->setToolTip(importRunningText());
    else
        m_restore->setToolTip(tr("Add the athletes, sessions and plans of a JSON backup to this "
                                 "log (cannot be undone)"));
    m_restoreFile->setEnabled(writable && !isImporting());
    if (!writable)
        m_restoreFile->setToolTip(tr("This log is read-only: it cannot be replaced"));
    else if (isImporting())
        m_restoreFile->setToolTip(importRunningText());
    else
        m_restoreFile->setToolTip(tr("Replace this log with a log file backup; the current log "
                                     "is kept beside it"));
}

QString MainWindow::importBlocker() const
{
    if (m_document->isReadOnly())
        return tr("This log is read-only: activities cannot be imported into it");
    if (!m_document->currentAthlete())
        return tr("Add an athlete first: activities are imported into the current athlete's log");
    return {};
}

void MainWindow::chooseFilesToImport()
{
    QString folder = m_settings.lastImportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Activities"), folder, activityFileFilter());
    if (files.isEmpty())
        return;
    m_settings.setLastImportFolder(QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

bool MainWindow::importFiles(const QStringList& paths)
{
    if (isImporting()) {
        statusBar()->showMessage(importRunningText(), kStatusMs);
        return false;
    }
    if (const QString blocker = importBlocker(); !blocker.isEmpty()) {
        statusBar()->showMessage(blocker, kStatusMs);
        return false;
    }
    QStringList files = collectImportFiles(paths);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to import: Paceline reads .fit, .tcx, .gpx and its "
                                    "own sessions .csv files"),
                                 kStatusMs);
        return false;
    }
    // A child of the document: if the log is closed mid-import, the import ends with it.
    auto* runner =
        new ImportRunner(*m_document, m_document->currentAthleteId(), std::move(files), this);
    runner->setParent(m_document.get());
    m_importRunner = runner;
    connect(runner, &ImportRunner::finished, this, &MainWindow::onImportFinished);
    refreshActions(); // undo and the edits wait for the import (see refreshActions)
    statusBar()->showMessage(
        runner->batch().files().size() == 1
            ? tr("Importing %1...").arg(QFileInfo(runner->batch().files().first()).fileName())
            : tr("Importing %1 files...").arg(runner->batch().files().size()));
    runner->start();
    return true;
}

void MainWindow::onImportFinished()
{
    ImportRunner* runner = m_importRunner.data();
    if (!runner)
        return;
    m_importRunner = nullptr;
    runner->deleteLater();
    const ImportBatch& batch = runner->batch();
    const auto athlete = m_document->athlete(batch.athlete());
    const ImportReport report =
        reportOf(batch, runner->wasCancelled(), athlete ? athlete->units : UnitSystem::Metric);
    refreshActions();

    // The newest workout imported is the one to look at (a season's batch ends on it).
    const auto& sessions = batch.sessions();
    const auto newest = std::max_element(
        sessions.begin(), sessions.end(),
        [](const LoggedSession& a, const LoggedSession& b) { return a.start < b.start; });
    if (newest != sessions.end() && batch.athlete() == m_document->currentAthleteId())
        showLoggedSession(newest->id);

    statusBar()->showMessage(importHeadline(report), kStatusMs);
    // One file that imported cleanly needs no dialog: the session is on screen.
    const bool quiet = report.filesTotal == 1 && report.summary.allGood() &&
                       report.summary.duplicates == 0 && !report.cancelled;
    if (!quiet) {
        auto* summary = new ImportSummaryDialog(report, this);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->open(); // not exec(): no nested event loop in here
    }
    Q_EMIT importFinished();
}

void MainWindow::abandonImport()
{
    if (!m_importRunner)
        return;
    delete m_importRunner.data(); // its timers and dialog go with it
    m_importRunner = nullptr;
    statusBar()->clearMessage(); // "Importing 40 files..." has no timeout
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (localPaths(event->mimeData()).isEmpty())
        return event->ignore();
    if (const QString blocker = importBlocker(); !blocker.isEmpty() || isImporting()) {
        statusBar()->showMessage(blocker.isEmpty() ? importRunningText() : blocker, kStatusMs);
        return event->ignore();
    }
    statusBar()->showMessage(
        tr("Drop to import into %1's log").arg(m_document->currentAthlete()->name), kStatusMs);
    event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event)
{
    statusBar()->clearMessage();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return event->ignore();
    event->acceptProposedAction();
    // The import runs from the event loop, so the drag source is not kept waiting.
    importFiles(paths);
}

std::unique_ptr<QDialog> MainWindow::createImportExample(const QString& name)
{
    // Messages in the shapes the readers and the importer give them.
    ImportSummary summary;
    const auto add = [&summary](const QString& path, ImportOutcome outcome, const QString& why,
                                int sessions = 1) {
        FileImportResult result{path, outcome, why, {}};
        for (int i = 0; outcome == ImportOutcome::Imported && i < sessions; ++i)
            result.sessionIds.push_back(LoggedSessionId{i + 1});
        summary.add(result);
    };
    add(QStringLiteral("2026-03-02-track.fit"), ImportOutcome::Duplicate,
        tr("2026-03-02-track.fit: already in the log as \"Track 8 × 400 m\" on 2026-03-02"));
    add(QStringLiteral("2019-11-30.fit"), ImportOutcome::Failed,
        tr("2019-11-30.fit: the data ends at byte 7,680 inside a record message (the header "
           "says 8,112 bytes)"));
    if (name == QLatin1String("import")) {
        for (int i = 0; i < 9; ++i)
            add(QStringLiteral("run-%1.fit").arg(i), ImportOutcome::Imported, {});
        auto dialog = std::make_unique<ImportProgressDialog>(this);
        dialog->setProgress(11, 340, QStringLiteral("/home/ana/Garmin/2026-04-14-track-8x400.fit"),
                            summary);
        return dialog;
    }
    add(QStringLiteral("ride.tcx"), ImportOutcome::Failed,
        tr("ride.tcx: line 14, column 3: the element Lap is not closed"));
    ImportReport report;
    report.imported = {
        {QStringLiteral("2026-11-17-track.fit"),
         {},
         {QStringLiteral("Tue 17 Nov 2026 18:32 · Run · 8.40 km · 41:05 · 16 reps")}},
        {QStringLiteral("2026-11-19-easy.gpx"),
         {},
         {QStringLiteral("Thu 19 Nov 2026 07:05 · Run · 10.12 km · 52:40")}},
        {QStringLiteral("2026-11-15-triathlon.fit"),
         tr("3 sport legs; the transitions are not logged"),
         {QStringLiteral("Sun 15 Nov 2026 08:00 · Swim · 1.50 km · 27:40 · 3 reps"),
          QStringLiteral("Sun 15 Nov 2026 08:29 · Bike · 40.20 km · 1:10:12 · 8 reps"),
          QStringLiteral("Sun 15 Nov 2026 09:41 · Run · 10.00 km · 44:50 · 10 reps")}},
    };
    for (const ImportReport::ImportedFile& file : report.imported)
        add(file.path, ImportOutcome::Imported, file.note, int(file.sessions.size()));
    report.summary = summary;
    report.filesTotal = report.filesDone = summary.imported + summary.duplicates + summary.failed;
    report.undoText = ImportCommand::textFor(summary.sessions);
    return std::make_unique<ImportSummaryDialog>(report, this);
}

} // namespace paceline
