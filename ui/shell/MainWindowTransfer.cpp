// The main window's exports: the current athlete's sessions as CSV, and the whole log
// as a JSON backup and back. The files themselves are TransferFiles' business.

#include "MainWindow.h"
#include "TransferFiles.h"
#include "core/import/LogTransfer.h"
#include "core/io/activity/CsvLog.h"
#include "core/store/LogStore.h"
#include "ui/document/LogDocument.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
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
    QMessageBox confirm(QMessageBox::Question, QObject::tr("Restore from Backup"),
                        QObject::tr("Add %1 from %2 to this log?")
                            .arg(backupContentsText(snapshot), QFileInfo(path).fileName()),
                        QMessageBox::Cancel, parent);
    confirm.setInformativeText(QObject::tr(
        "Athletes and library sessions already in the log are matched by name, and sessions "
        "already logged are skipped. A restore cannot be undone, and it clears the undo "
        "history; back up this log first if unsure."));
    QPushButton* restore = confirm.addButton(QObject::tr("&Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    return confirm.clickedButton() == restore;
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Log as JSON"), suggested,
                                                      tr("Paceline backups (*.json)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writeLogBackup(m_document->store(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Back Up Log"), written.errorMessage());
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
        this, tr("Restore from JSON Backup"), QFileInfo(m_document->store().path()).path(),
        tr("Paceline backups (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto snapshot = readLogBackup(path);
    if (!snapshot) {
        QMessageBox::warning(this, tr("Restore from Backup"), snapshot.errorMessage());
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
        QMessageBox::warning(this, tr("Restore from Backup"),
                             tr("Nothing was restored. %1").arg(counts.errorMessage()));
        return;
    }
    statusBar()->showMessage(tr("Restored from %1").arg(QFileInfo(path).fileName()), kStatusMs);
    QMessageBox::information(this, tr("Restore from Backup"), restoredText(counts.value()));
}

} // namespace paceline
