// The main window's exports: the current athlete's sessions as CSV, the whole log as a
// JSON backup and back, and whole-file backups of the log that a restore puts in its
// place. The files themselves are TransferFiles' and core/store/LogBackup's business.

#include "MainWindow.h"
#include "StartupLog.h"
#include "TransferFiles.h"
#include "core/import/LogTransfer.h"
#include "core/io/activity/CsvLog.h"
#include "core/store/LogBackup.h"
#include "core/store/LogStore.h"
#include "ui/document/LogDocument.h"
#include "ui/models/AthleteListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>

namespace paceline {

namespace {

constexpr int kStatusMs = 10000;

QString restoredText(const RestoreCounts& counts)
{
    return QObject::tr("Added %1 athletes (%2 were already in the log), %3 logged sessions, "
                       "%4 planned sessions and %5 library sessions; %6 sessions were already "
                       "in the log and skipped.")
        .arg(counts.athletesAdded)
        .arg(counts.athletesMatched)
        .arg(counts.sessionsAdded)
        .arg(counts.plannedAdded)
        .arg(counts.templatesAdded)
        .arg(counts.sessionsSkipped);
}

/// Asks before a restore, saying what the backup holds and that it cannot be undone.
bool confirmRestore(QWidget* parent, const LogSnapshot& snapshot, const QString& path)
{
    QMessageBox confirm(QMessageBox::Question, QObject::tr("Add from JSON Backup"),
                        QObject::tr("Add %1 from %2 to this log?")
                            .arg(backupContentsText(snapshot), QFileInfo(path).fileName()),
                        QMessageBox::Cancel, parent);
    confirm.setInformativeText(QObject::tr(
        "Athletes and library sessions already in the log are matched by name, and sessions "
        "already logged are skipped. Adding cannot be undone, and it clears the undo "
        "history; back up this log file first (File → Back Up Log File) if unsure."));
    QPushButton* restore = confirm.addButton(QObject::tr("&Add"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    return confirm.clickedButton() == restore;
}

/// Asks before a log file is replaced, saying where the current one is kept.
bool confirmFileRestore(QWidget* parent, const QString& log, const QString& backup, int version)
{
    const QFileInfo logInfo(log);
    QString name = logInfo.fileName();
    if (name.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive))
        name.chop(int(qstrlen(".sqlite")));
    QMessageBox confirm(
        QMessageBox::Question, QObject::tr("Restore Log File"),
        QObject::tr("Replace this log with the backup %1?").arg(QFileInfo(backup).fileName()),
        QMessageBox::Cancel, parent);
    QString details =
        QObject::tr("%1 will hold a copy of %2. The current log is not deleted: it is kept in "
                    "the same folder as %3.before-restore-<date>-<time>.sqlite. The undo history "
                    "is cleared.")
            .arg(QDir::toNativeSeparators(log), QDir::toNativeSeparators(backup), name);
    if (version < LogStore::latestSchemaVersion())
        details += QObject::tr(" The backup is from an older version of Paceline and is upgraded "
                               "when it opens (with a copy kept first).");
    confirm.setInformativeText(details);
    QPushButton* replace = confirm.addButton(QObject::tr("&Replace Log"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    return confirm.clickedButton() == replace;
}

/// Opens the log again after a restore. When the restored log does not open, the one
/// it replaced is put back and opened: the window always shows a log it can open.
std::unique_ptr<LogStore> reopenAfterRestore(const QString& log,
                                             const Result<RestoredLog>& restored, QString& problem)
{
    OpenOptions options;
    options.holdAppLock = true;
    auto opened = LogStore::open(log, options);
    if (opened)
        return std::move(opened).value();
    problem = opened.errorMessage();
    // Another Paceline app took the log in the moment it was free: the restore itself
    // went well, and that app may already show it, so it stays and opens read-only here.
    const bool takenMeanwhile = opened.error().problem == OpenProblem::InUse;
    if (restored && !takenMeanwhile) {
        if (Status undone = undoRestore(log, *restored); !undone)
            problem += QLatin1Char(' ') + undone.errorMessage();
        else
            problem += QObject::tr(" The previous log was put back.");
        opened = LogStore::open(log, options);
        if (opened)
            return std::move(opened).value();
    }
    options.readOnly = true;
    opened = LogStore::open(log, options);
    return opened ? std::move(opened).value() : nullptr;
}

} // namespace

void MainWindow::exportSessionsCsv()
{
    const auto athlete = m_document->currentAthlete();
    if (!athlete)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export %1's Sessions as CSV").arg(athlete->name),
        QFileInfo(m_document->store().path()).path());
    if (folder.isEmpty())
        return;
    const QDir dir(folder);
    if ((dir.exists(QLatin1String(kSessionsCsvName)) || dir.exists(QLatin1String(kRepsCsvName))) &&
        QMessageBox::question(this, tr("Export Sessions as CSV"),
                              tr("%1 already holds sessions.csv or reps.csv. Replace them?")
                                  .arg(QDir::toNativeSeparators(folder))) != QMessageBox::Yes) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writeSessionsCsv(m_document->store(), *athlete, folder);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export Sessions as CSV"), written.errorMessage());
        return;
    }
    statusBar()->showMessage((written.value() == 1
                                  ? tr("Exported 1 session of %2 to %3")
                                  : tr("Exported %1 sessions of %2 to %3").arg(written.value()))
                                 .arg(athlete->name, QDir::toNativeSeparators(folder)),
                             kStatusMs);
}

void MainWindow::backUpLog()
{
    const QString suggested = QDir(QFileInfo(m_document->store().path()).path())
                                  .filePath(QStringLiteral("paceline-backup-%1.json")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Log as JSON"), suggested,
                                                      tr("Paceline backups (*.json)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writeLogBackup(m_document->store(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export Log as JSON"), written.errorMessage());
        return;
    }
    statusBar()->showMessage(
        tr("Backed up %1 to %2")
            .arg(backupContentsText(written.value()), QDir::toNativeSeparators(path)),
        kStatusMs);
}

void MainWindow::restoreBackup()
{
    if (m_document->isReadOnly() || isImporting())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add from JSON Backup"), QFileInfo(m_document->store().path()).path(),
        tr("Paceline backups (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto snapshot = readLogBackup(path);
    if (!snapshot) {
        QMessageBox::warning(this, tr("Add from JSON Backup"), snapshot.errorMessage());
        return;
    }
    if (!confirmRestore(this, snapshot.value(), path))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto counts = restoreSnapshot(m_document->store(), snapshot.value());
    if (counts)
        m_document->reload(); // written past the document: every screen reads it again
    QApplication::restoreOverrideCursor();
    if (!counts) {
        QMessageBox::warning(this, tr("Add from JSON Backup"),
                             tr("Nothing was added. %1").arg(counts.errorMessage()));
        return;
    }
    statusBar()->showMessage(tr("Added the backup %1").arg(QFileInfo(path).fileName()), kStatusMs);
    QMessageBox::information(this, tr("Add from JSON Backup"), restoredText(counts.value()));
}

void MainWindow::backUpLogFile()
{
    const QString log = m_document->store().path();
    const QString suggested = QDir(QFileInfo(log).path())
                                  .filePath(QStringLiteral("paceline-backup-%1.sqlite")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Log File"), suggested,
                                                      tr("Paceline logs (*.sqlite)"));
    if (path.isEmpty())
        return;
    // The file dialog has asked before an existing file is chosen.
    BackupOptions options;
    options.replaceExisting = QFileInfo::exists(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = paceline::backUpLog(m_document->store(), path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Back Up Log File"), written.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Backed up the log to %1 (%2 MB)")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(double(written.value()) / (1024.0 * 1024.0), 0, 'f', 1),
                             kStatusMs);
}

void MainWindow::chooseLogFileToRestore()
{
    if (m_document->isReadOnly() || isImporting())
        return;
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore Log File"), QFileInfo(m_document->store().path()).path(),
        tr("Paceline logs (*.sqlite *.paceline);;All files (*)"));
    if (!backup.isEmpty())
        restoreLogFileFrom(backup);
}

void MainWindow::restoreLogFileFrom(const QString& backup)
{
    const QString log = m_document->store().path();
    const Result<int> version = checkLogBackup(backup);
    if (!version) {
        QMessageBox::warning(this, tr("Restore Log File"), version.errorMessage());
        return;
    }
    if (!confirmFileRestore(this, log, backup, version.value()))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The file can only be replaced while no connection has it open.
    closeDocument();
    const Result<RestoredLog> restored = restoreLogFile(log, backup);
    QString problem;
    std::unique_ptr<LogStore> store = reopenAfterRestore(log, restored, problem);
    if (!store)
        store = openLogOrAskAnother(log, false, askWithMessageBox(this, QMessageBox::Close));
    if (!store) {
        // Nothing left to show: the log was unchanged or put back, and is still there.
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, tr("Restore Log File"),
                              tr("The log %1 could not be opened again. %2 Paceline closes now; "
                                 "start it again to open the log.")
                                  .arg(QDir::toNativeSeparators(log), problem));
        hide();
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    setDocument(std::make_unique<LogDocument>(std::move(store)));
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::warning(this, tr("Restore Log File"), restored.errorMessage());
        return;
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Restore Log File"),
                             tr("The restored log could not be opened: %1").arg(problem));
        return;
    }
    QString done = tr("Restored the log from %1.").arg(QFileInfo(backup).fileName());
    if (!restored.value().keptPath.isEmpty())
        done += tr(" The previous log is kept as %1.")
                    .arg(QDir::toNativeSeparators(restored.value().keptPath));
    if (const QString upgraded = migrationBackupNotice(m_document->store()); !upgraded.isEmpty())
        done += QLatin1Char(' ') + upgraded;
    statusBar()->showMessage(done);
}

void MainWindow::closeDocument()
{
    // The same order as the destructor: the import, then what refers to the document.
    abandonImport();
    disconnectDocument();
    deleteScreens();
    m_athleteSwitcher->setModel(new QStandardItemModel(m_athleteSwitcher));
    delete m_athleteModel;
    m_athleteModel = nullptr;
    m_document.reset();
}

} // namespace paceline
