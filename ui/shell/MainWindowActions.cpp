// The main window's user actions: opening logs, editing athletes, preferences.

#include "AppSettings.h"
#include "AthleteDialog.h"
#include "DemoLog.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "StartupLog.h"
#include "core/io/ExampleSessions.h"
#include "core/store/LogStore.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/planner/PlannerView.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace paceline {
namespace {

/// Whether `document` has the log at `path` open for changes, and so holds its app
/// lock: opening that log again would only find the lock taken, by this window.
bool holdsForChanges(const LogDocument& document, const QString& path)
{
    return !document.isReadOnly() && QFileInfo(path).absoluteFilePath() ==
                                         QFileInfo(document.store().path()).absoluteFilePath();
}

} // namespace

QStringList MainWindow::dialogNames()
{
    return {QStringLiteral("athlete"),     QStringLiteral("welcome"),
            QStringLiteral("preferences"), QStringLiteral("log-workout"),
            QStringLiteral("import"),      QStringLiteral("import-summary")};
}

std::unique_ptr<QDialog> MainWindow::createDialog(const QString& name)
{
    const auto current = m_document->currentAthlete();
    if (name == QLatin1String("athlete"))
        return std::make_unique<AthleteDialog>(current.value_or(Athlete{}), this);
    if (name == QLatin1String("log-workout"))
        return createLogEntryExample();
    if (name == QLatin1String("import") || name == QLatin1String("import-summary"))
        return createImportExample(name);
    if (name == QLatin1String("preferences")) {
        auto dialog = std::make_unique<PreferencesDialog>(
            current ? current->name : QString(), current ? current->units : UnitSystem::Metric,
            m_settings.firstDayOfWeek(), this);
        dialog->setLoadMeasure(m_settings.loadMeasure());
        return dialog;
    }
    return std::make_unique<FirstRunDialog>(this);
}

void MainWindow::offerFirstRun()
{
    if (!m_document->athletes().empty() || m_document->isReadOnly())
        return;
    FirstRunDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == FirstRunDialog::Choice::DemoData) {
        openDemoLog();
        return;
    }
    // A new log starts with the example sessions, so the builder has something to show
    // and learn from; they are one undoable step like any other edit.
    m_document->library().addExampleSessions(exampleSessions());
    newAthlete();
}

bool MainWindow::openLogFile(const QString& path)
{
    if (holdsForChanges(*m_document, path))
        return true;
    std::unique_ptr<LogStore> store =
        openLogOrAskAnother(path, /*readOnly=*/false, askWithMessageBox(this, QMessageBox::Cancel));
    if (!store)
        return false;
    setDocument(std::make_unique<LogDocument>(std::move(store)));
    return true;
}

void MainWindow::chooseLogToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open log"), QFileInfo(m_document->store().path()).path(),
        tr("Paceline logs (*.sqlite *.paceline);;All files (*)"));
    if (!path.isEmpty())
        openLogFile(path);
}

void MainWindow::chooseNewLog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New log"),
                                                      QFileInfo(m_document->store().path()).path(),
                                                      tr("Paceline logs (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // Never overwrite: an existing file is opened as it is (or refused with a reason).
        QMessageBox::information(this, tr("New log"),
                                 tr("%1 already exists; it is opened instead of replaced.")
                                     .arg(QFileInfo(path).fileName()));
    }
    // Only for the new log: when it could not be opened, the old one is still shown.
    if (openLogFile(path) && m_document->athletes().empty() && !m_document->isReadOnly())
        newAthlete();
}

void MainWindow::openDemoLog()
{
    if (holdsForChanges(*m_document, demoLogPath()))
        return;
    // No wait cursor here: this may ask first (the demo open in another app).
    std::unique_ptr<LogStore> store = openOrCreateDemoLog(this);
    if (store)
        setDocument(std::make_unique<LogDocument>(std::move(store)));
}

void MainWindow::newAthlete()
{
    Athlete blank;
    blank.units =
        m_document->currentAthlete() ? m_document->currentAthlete()->units : UnitSystem::Metric;
    AthleteDialog dialog(blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->addAthlete(dialog.athlete());
}

void MainWindow::editAthlete()
{
    const auto current = m_document->currentAthlete();
    if (!current)
        return;
    AthleteDialog dialog(*current, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->editAthlete(dialog.athlete());
}

void MainWindow::editPreferences()
{
    const auto current = m_document->currentAthlete();
    PreferencesDialog dialog(current ? current->name : QString(),
                             current ? current->units : UnitSystem::Metric,
                             m_settings.firstDayOfWeek(), this);
    dialog.setLoadMeasure(m_settings.loadMeasure());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setFirstDayOfWeek(dialog.firstDayOfWeek());
    m_settings.setLoadMeasure(dialog.loadMeasure());
    if (m_planner)
        m_planner->setFirstDayOfWeek(Qt::DayOfWeek(dialog.firstDayOfWeek()));
    if (m_analysis) {
        m_analysis->setFirstDayOfWeek(Qt::DayOfWeek(dialog.firstDayOfWeek()));
        m_analysis->setLoadMeasure(dialog.loadMeasure());
    }
    if (current && current->units != dialog.units() && !m_document->isReadOnly()) {
        Athlete changed = *current;
        changed.units = dialog.units();
        m_document->editAthlete(changed);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Paceline"),
        tr("<h3>Paceline %1</h3>"
           "<p>A training log and planner for runners and triathletes: log your reps, "
           "sequence speed work so intensity stays high and recovery adequate, and watch "
           "your pace become steadier.</p>"
           "<p>Log file: %2</p>"
           "<p>Built with Qt %3, SQLite and QCustomPlot.</p>")
            .arg(QApplication::applicationVersion(), m_document->store().path().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

} // namespace paceline
