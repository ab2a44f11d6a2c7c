// Importing in the main window: files and folders in, the sessions in the Log screen,
// a summary naming failed files with their reasons, one undo for the whole import,
// drops of file URLs, and Cancel stopping after the file being read.

#include "UiTestSupport.h"
#include "core/import/ActivityImporter.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "tests/import/FitActivityFixture.h"
#include "tests/support/SharedData.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/log/LogView.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/ImportProgressDialog.h"
#include "ui/shell/ImportSummaryDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/TransferFiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

QAction* actionNamed(QMainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(text))
            return action;
    }
    return nullptr;
}

/// A run of `laps` laps of 400 m in 90 s starting on `day` at 07:00 UTC.
QByteArray trackRun(QDate day, int laps)
{
    return fitActivityFile(runOf(evenLaps(laps, 90, 400.0 / 90.0, 165),
                                 QDateTime(day, QTime(7, 0), QTimeZone::utc())));
}

struct ImportWindow {
    TempStore temp;
    QTemporaryDir files;
    AppSettings settings{false};
    std::unique_ptr<MainWindow> window;

    explicit ImportWindow(bool withAthlete = true, bool readOnly = false)
    {
        if (withAthlete) {
            auto document = temp.openDocument();
            document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        }
        window = std::make_unique<MainWindow>(temp.openDocument(readOnly), settings);
        window->show();
    }
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = files.filePath(name);
        EXPECT_TRUE(writeBytes(path, bytes));
        return path;
    }
    LogDocument& document() { return window->document(); }
    int sessionCount()
    {
        auto count = document().store().sessions().count(document().currentAthleteId());
        return count.ok() ? count.value() : -1;
    }
    /// Runs the import to its end; false when it did not start or finish.
    bool importAndWait(const QStringList& paths)
    {
        QSignalSpy finished(window.get(), &MainWindow::importFinished);
        if (!window->importFiles(paths))
            return false;
        return finished.count() > 0 || finished.wait(20000);
    }
    ImportSummaryDialog* summary() { return window->findChild<ImportSummaryDialog*>(); }
    LogView* logView() { return window->findChild<LogView*>(); }
};

} // namespace

TEST(MainWindowImport, ImportsAFolderShowsTheNewestSessionAndNamesTheFailedFile)
{
    ImportWindow f;
    f.file(QStringLiteral("a-track.fit"), trackRun(QDate(2026, 3, 2), 6));
    f.file(QStringLiteral("b-broken.fit"), QByteArray("\x0e\x10not a fit file at all", 22));
    f.file(QStringLiteral("c-track.fit"), trackRun(QDate(2026, 3, 9), 8));
    ASSERT_TRUE(f.importAndWait({f.files.path()}));

    EXPECT_EQ(f.sessionCount(), 2);
    ASSERT_NE(f.summary(), nullptr);
    const QString report = f.summary()->reportText();
    // The broken file, named, with a reason after it.
    const int at = report.indexOf(QStringLiteral("b-broken.fit"));
    ASSERT_GE(at, 0) << report.toStdString();
    const QString line = report.mid(at).section(QLatin1Char('\n'), 0, 0);
    EXPECT_GT(line.size(), QStringLiteral("b-broken.fit: ").size() + 5) << line.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("a-track.fit")));
    EXPECT_TRUE(report.contains(QStringLiteral("c-track.fit")));

    // The newest imported session is selected in the Log screen, with its laps as reps.
    EXPECT_EQ(f.window->currentView(), QStringLiteral("log"));
    ASSERT_NE(f.logView(), nullptr);
    const auto selected = f.logView()->selectedSession();
    ASSERT_TRUE(selected.has_value());
    const auto session = f.document().store().sessions().find(*selected);
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session->localDate(), QDate(2026, 3, 9));
    EXPECT_EQ(session->reps.size(), 8u);
    f.summary()->close();
}

TEST(MainWindowImport, OneUndoTakesTheWholeImportOutAndRedoPutsItBack)
{
    ImportWindow f;
    const QStringList paths{f.file(QStringLiteral("one.fit"), trackRun(QDate(2026, 3, 2), 4)),
                            f.file(QStringLiteral("two.fit"), trackRun(QDate(2026, 3, 4), 5)),
                            f.file(QStringLiteral("three.fit"), trackRun(QDate(2026, 3, 6), 6))};
    ASSERT_TRUE(f.importAndWait(paths));
    ASSERT_EQ(f.sessionCount(), 3);
    QUndoStack* stack = f.document().undoStack();
    ASSERT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Import 3 sessions"));
    auto* table = f.logView()->findChild<QTableView*>(QStringLiteral("sessionTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 3);

    QAction* undo = actionNamed(*f.window, QStringLiteral("Undo"));
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Import 3 sessions"));
    undo->trigger();
    EXPECT_EQ(f.sessionCount(), 0);
    EXPECT_EQ(table->model()->rowCount(), 0);
    stack->redo();
    EXPECT_EQ(f.sessionCount(), 3);
    EXPECT_EQ(table->model()->rowCount(), 3);
    if (f.summary())
        f.summary()->close();
}

TEST(MainWindowImport, ReimportingSkipsTheDuplicateAndSaysSo)
{
    ImportWindow f;
    const QString path = f.file(QStringLiteral("run.fit"), trackRun(QDate(2026, 3, 2), 4));
    ASSERT_TRUE(f.importAndWait({path}));
    EXPECT_EQ(f.summary(), nullptr); // one clean file: no dialog, the session is shown
    ASSERT_TRUE(f.importAndWait({path}));
    EXPECT_EQ(f.sessionCount(), 1);
    ASSERT_NE(f.summary(), nullptr);
    EXPECT_TRUE(f.summary()->reportText().contains(QStringLiteral("run.fit")));
    EXPECT_EQ(f.document().undoStack()->count(), 1); // nothing imported, nothing to undo
    f.summary()->close();
}

TEST(MainWindowImport, DroppedFileUrlsAreImported)
{
    ImportWindow f;
    const QString path = f.file(QStringLiteral("dropped.fit"), trackRun(QDate(2026, 3, 2), 4));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = f.window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());

    QSignalSpy finished(f.window.get(), &MainWindow::importFinished);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(f.sessionCount(), 1);
}

TEST(MainWindowImport, DropsOfTextOrIntoAReadOnlyLogAreRefused)
{
    QMimeData text;
    text.setText(QStringLiteral("8 x 400m"));
    ImportWindow writable;
    QDragEnterEvent enterText(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
    QApplication::sendEvent(writable.window.get(), &enterText);
    EXPECT_FALSE(enterText.isAccepted());

    ImportWindow readOnly(true, true);
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(
        readOnly.file(QStringLiteral("r.fit"), trackRun(QDate(2026, 3, 2), 4)))});
    QDragEnterEvent enterFiles(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton,
                               Qt::NoModifier);
    QApplication::sendEvent(readOnly.window.get(), &enterFiles);
    EXPECT_FALSE(enterFiles.isAccepted());
}

TEST(MainWindowImport, TheMenuItemSaysWhyItIsDisabled)
{
    ImportWindow writable;
    QAction* import = actionNamed(*writable.window, QStringLiteral("Import Activities"));
    ASSERT_NE(import, nullptr);
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_TRUE(import->isEnabled());

    ImportWindow readOnly(true, true);
    import = actionNamed(*readOnly.window, QStringLiteral("Import Activities"));
    EXPECT_FALSE(import->isEnabled());
    EXPECT_TRUE(import->toolTip().contains(QStringLiteral("read-only")));
    EXPECT_FALSE(readOnly.window->importFiles({readOnly.files.path()}));

    ImportWindow empty(false);
    import = actionNamed(*empty.window, QStringLiteral("Import Activities"));
    EXPECT_FALSE(import->isEnabled());
    EXPECT_TRUE(import->toolTip().contains(QStringLiteral("athlete")));
}

TEST(MainWindowImport, CancelStopsAfterTheFileBeingRead)
{
    ImportWindow f;
    const QStringList paths{f.file(QStringLiteral("1.fit"), trackRun(QDate(2026, 3, 2), 4)),
                            f.file(QStringLiteral("2.fit"), trackRun(QDate(2026, 3, 4), 4)),
                            f.file(QStringLiteral("3.fit"), trackRun(QDate(2026, 3, 6), 4))};
    // Cancel is pressed as soon as the first file's session shows, before the next file.
    bool pressed = false;
    QObject::connect(&f.document().loggedSessions(), &LoggedSessions::sessionAdded, f.window.get(),
                     [&] {
                         if (pressed)
                             return;
                         pressed = true;
                         auto* progress = f.window->findChild<ImportProgressDialog*>();
                         ASSERT_NE(progress, nullptr);
                         progress->cancelButton()->click();
                     });
    ASSERT_TRUE(f.importAndWait(paths));
    EXPECT_TRUE(pressed);
    EXPECT_EQ(f.sessionCount(), 1);
    ASSERT_NE(f.summary(), nullptr);
    EXPECT_TRUE(f.summary()->reportText().startsWith(QStringLiteral("Stopped after 1 of 3 files")))
        << f.summary()->reportText().toStdString();
    // What was imported before the stop is one undoable step like any import.
    EXPECT_EQ(f.document().undoStack()->undoText(), QStringLiteral("Import 1 session"));
    f.document().undoStack()->undo();
    EXPECT_EQ(f.sessionCount(), 0);
    f.summary()->close();
}

TEST(MainWindowImport, ASeasonIntoAnEmptyLogFillsTheLogScreen)
{
    ImportWindow f;
    auto* table = f.logView()->findChild<QTableView*>(QStringLiteral("sessionTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_FALSE(table->isVisible()); // "Nothing is logged for Ana yet"
    QStringList paths;
    for (int i = 0; i < 14; ++i) {
        paths << f.file(QStringLiteral("week-%1.fit").arg(i, 2, 10, QLatin1Char('0')),
                        trackRun(QDate(2026, 1, 5).addDays(7 * i), 4));
    }
    ASSERT_TRUE(f.importAndWait({f.files.path()}));
    EXPECT_EQ(f.sessionCount(), 14);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 14);
    const auto selected = f.logView()->selectedSession();
    ASSERT_TRUE(selected.has_value());
    EXPECT_EQ(f.document().store().sessions().find(*selected)->localDate(), QDate(2026, 4, 6));
    f.document().undoStack()->undo();
    EXPECT_EQ(table->model()->rowCount(), 0);
    EXPECT_FALSE(table->isVisible());
    if (f.summary())
        f.summary()->close();
}

TEST(MainWindowImport, ACsvExportOfOneAthleteImportsForAnother)
{
    ImportWindow f;
    ASSERT_TRUE(f.importAndWait({f.file(QStringLiteral("a.fit"), trackRun(QDate(2026, 3, 2), 6)),
                                 f.file(QStringLiteral("b.fit"), trackRun(QDate(2026, 3, 5), 8))}));
    if (f.summary())
        f.summary()->close();
    const Athlete ana = *f.document().currentAthlete();
    QTemporaryDir exported;
    const auto written = writeSessionsCsv(f.document().store(), ana, exported.path());
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(written.value(), 2);
    EXPECT_TRUE(QFile::exists(exported.filePath(QStringLiteral("reps.csv"))));

    ASSERT_TRUE(f.document().addAthlete(runnerWithRace(QStringLiteral("Ben"))));
    ASSERT_NE(f.document().currentAthleteId(), ana.id);
    // The folder: its reps.csv is read with sessions.csv, not on its own.
    ASSERT_TRUE(f.importAndWait({exported.path()}));
    EXPECT_EQ(f.sessionCount(), 2);
    const auto selected = f.logView()->selectedSession();
    ASSERT_TRUE(selected.has_value());
    const auto session = f.document().store().sessions().find(*selected);
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session->athleteId, f.document().currentAthleteId());
    EXPECT_EQ(session->localDate(), QDate(2026, 3, 5));
    EXPECT_EQ(session->reps.size(), 8u);
    if (f.summary())
        f.summary()->close();
}

TEST(MainWindowImport, ABackupReadsBackAndAMissingOneIsNamed)
{
    ImportWindow f;
    ASSERT_TRUE(f.importAndWait({f.file(QStringLiteral("a.fit"), trackRun(QDate(2026, 3, 2), 6))}));
    const QString path = f.files.filePath(QStringLiteral("backup.json"));
    const auto written = writeLogBackup(f.document().store(), path);
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    const auto read = readLogBackup(path);
    ASSERT_TRUE(read.ok()) << read.errorMessage().toStdString();
    EXPECT_EQ(read->athletes.size(), 1u);
    ASSERT_EQ(read->sessions.size(), 1u);
    EXPECT_EQ(read->sessions.front().reps.size(), 6u);
    EXPECT_TRUE(
        backupContentsText(read.value()).startsWith(QStringLiteral("1 athlete, 1 logged session")));

    const auto missing = readLogBackup(f.files.filePath(QStringLiteral("gone.json")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("gone.json")));
}

TEST(MainWindowImport, TheRealRecordingsWithTheirBadFilesInTheMiddleImportAsOneUndo)
{
    PACELINE_REQUIRE_SHARED_DATA();
    ImportWindow f;
    const QStringList folders{
        sharedDataPath(QStringLiteral("bad")), sharedDataPath(QStringLiteral("fit")),
        sharedDataPath(QStringLiteral("gpx")), sharedDataPath(QStringLiteral("tcx"))};
    const int files = int(collectImportFiles(folders).size());
    ASSERT_TRUE(f.importAndWait(folders));
    ASSERT_NE(f.summary(), nullptr);
    const QString report = f.summary()->reportText();
    // The damaged files fail by name; the good ones around them still import.
    for (const QString& bad :
         {QStringLiteral("bad_file_crc.fit"), QStringLiteral("truncated_unexpected_eof.fit")})
        EXPECT_TRUE(report.contains(bad + QLatin1Char(':'))) << bad.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("run_fenix2_4laps.fit")));
    const int sessions = f.sessionCount();
    EXPECT_GT(sessions, 10);
    EXPECT_TRUE(f.logView()->selectedSession().has_value());
    // Every file is accounted for in the headline's counts.
    QRegularExpression counts(QStringLiteral("Imported (\\d+) files?"));
    const auto match = counts.match(report);
    ASSERT_TRUE(match.hasMatch()) << report.left(200).toStdString();
    EXPECT_LT(match.captured(1).toInt(), files);
    f.document().undoStack()->undo();
    EXPECT_EQ(f.sessionCount(), 0);
    f.document().undoStack()->redo();
    EXPECT_EQ(f.sessionCount(), sessions);
    f.summary()->close();
}

TEST(MainWindowImport, OpeningAnotherLogMidImportStopsTheImportSafely)
{
    ImportWindow f;
    const QStringList paths{f.file(QStringLiteral("1.fit"), trackRun(QDate(2026, 3, 2), 4)),
                            f.file(QStringLiteral("2.fit"), trackRun(QDate(2026, 3, 4), 4))};
    TempStore other;
    other.openDocument()->addAthlete(runnerWithRace(QStringLiteral("Ben")));
    QSignalSpy finished(f.window.get(), &MainWindow::importFinished);
    ASSERT_TRUE(f.window->importFiles(paths));
    ASSERT_TRUE(f.window->isImporting());
    ASSERT_TRUE(f.window->openLogFile(other.path()));
    EXPECT_FALSE(f.window->isImporting());
    QTest::qWait(50); // no turn of the stopped import may run against the closed log
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(f.sessionCount(), 0); // Ben's log: nothing of Ana's batch went into it
    EXPECT_EQ(f.document().undoStack()->count(), 0);
    // The new log can be imported into at once.
    QAction* import = actionNamed(*f.window, QStringLiteral("Import Activities"));
    ASSERT_NE(import, nullptr);
    EXPECT_TRUE(import->isEnabled()) << import->toolTip().toStdString();
    ASSERT_TRUE(f.importAndWait(paths));
    EXPECT_EQ(f.sessionCount(), 2);
    if (f.summary())
        f.summary()->close();
}

TEST(MainWindowImport, ClosingTheWindowMidImportStopsIt)
{
    ImportWindow f;
    ASSERT_TRUE(
        f.window->importFiles({f.file(QStringLiteral("1.fit"), trackRun(QDate(2026, 3, 2), 4))}));
    f.window->close();
    EXPECT_FALSE(f.window->isImporting());
    QTest::qWait(50);
    EXPECT_EQ(f.sessionCount(), 0);
}

TEST(MainWindowImport, UndoAndEditsWaitWhileAnImportRuns)
{
    ImportWindow f;
    // Ben's addition is undoable: undoing it mid-import would remove whom the files go to.
    ASSERT_TRUE(f.document().addAthlete(runnerWithRace(QStringLiteral("Ben"))));
    const AthleteId ben = f.document().currentAthleteId();
    QAction* undo = actionNamed(*f.window, QStringLiteral("Undo"));
    QAction* logWorkout = actionNamed(*f.window, QStringLiteral("Log Workout"));
    QAction* restore = actionNamed(*f.window, QStringLiteral("Add from JSON"));
    ASSERT_TRUE(undo && logWorkout && restore);
    ASSERT_TRUE(undo->isEnabled());
    ASSERT_TRUE(restore->isEnabled());

    QSignalSpy finished(f.window.get(), &MainWindow::importFinished);
    ASSERT_TRUE(
        f.window->importFiles({f.file(QStringLiteral("1.fit"), trackRun(QDate(2026, 3, 2), 4)),
                               f.file(QStringLiteral("2.fit"), trackRun(QDate(2026, 3, 4), 4))}));
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_FALSE(logWorkout->isEnabled());
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_TRUE(restore->toolTip().contains(QStringLiteral("import is running")));
    undo->trigger();
    EXPECT_TRUE(f.document().athlete(ben).has_value());

    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    EXPECT_EQ(f.sessionCount(), 2);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(logWorkout->isEnabled());
    EXPECT_TRUE(restore->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Import 2 sessions"));
    if (f.summary())
        f.summary()->close();
}

TEST(MainWindowImport, ACsvExportThatFailsHalfWayLeavesTheOldPairAlone)
{
    ImportWindow f;
    ASSERT_TRUE(f.importAndWait({f.file(QStringLiteral("a.fit"), trackRun(QDate(2026, 3, 2), 6))}));
    QTemporaryDir folder;
    const QString sessionsCsv = folder.filePath(QStringLiteral("sessions.csv"));
    ASSERT_TRUE(writeBytes(sessionsCsv, QByteArray("the old export\n")));
    // reps.csv cannot be written: a folder has its name.
    ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("reps.csv")));
    const auto written =
        writeSessionsCsv(f.document().store(), *f.document().currentAthlete(), folder.path());
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.errorMessage().contains(QStringLiteral("reps.csv")))
        << written.errorMessage().toStdString();
    QFile old(sessionsCsv);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the old export\n"));
}
