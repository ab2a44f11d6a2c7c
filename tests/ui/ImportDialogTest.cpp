// The import's progress dialog (count, file, Cancel that stops between files) and its
// summary (failed files with reasons, duplicates, what was imported).

#include "UiTestSupport.h"
#include "ui/document/LogDocument.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/ImportProgressDialog.h"
#include "ui/shell/ImportSummaryDialog.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

FileImportResult problem(const QString& path, ImportOutcome outcome, const QString& message)
{
    FileImportResult result;
    result.path = path;
    result.outcome = outcome;
    result.message = message;
    return result;
}

ImportReport exampleReport()
{
    ImportReport report;
    report.summary.imported = 1;
    report.summary.sessions = 1;
    report.summary.failed = 1;
    report.summary.duplicates = 1;
    report.summary.problems.push_back(problem(QStringLiteral("/data/broken.fit"),
                                              ImportOutcome::Failed,
                                              QStringLiteral("the file header is 3 bytes long")));
    report.summary.problems.push_back(
        problem(QStringLiteral("/data/again.tcx"), ImportOutcome::Duplicate,
                QStringLiteral("again.tcx: already in the log as the run of 2 Mar")));
    report.imported.push_back({QStringLiteral("/data/track.fit"),
                               QStringLiteral("matched the planned session"),
                               {QStringLiteral("Mon 2 Mar 2026 07:00 · Run · 8.00 km")}});
    report.filesTotal = report.filesDone = 3;
    report.undoText = QStringLiteral("Import 1 session");
    return report;
}

} // namespace

TEST(ImportProgressDialog, ShowsTheCountAndTheFileBeingRead)
{
    ImportProgressDialog dialog;
    ImportSummary soFar;
    soFar.imported = 10;
    soFar.failed = 1;
    dialog.setProgress(11, 340, QStringLiteral("/home/ana/watch/2026-04-14-track.fit"), soFar);
    QStringList texts;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Importing 12 of 340")))
        << texts.join('|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("2026-04-14-track.fit")));
    const QString outcomes = dialog.findChild<QLabel*>(QStringLiteral("importOutcomes"))->text();
    EXPECT_TRUE(outcomes.contains(QStringLiteral("10 imported")));
    EXPECT_TRUE(outcomes.contains(QStringLiteral("1 failed")));
    EXPECT_FALSE(outcomes.contains(QStringLiteral("already")));
}

TEST(ImportProgressDialog, CancelAsksOnceToStopAndSaysItFinishesTheFile)
{
    ImportProgressDialog dialog;
    dialog.setProgress(2, 5, QStringLiteral("c.fit"), {});
    dialog.show();
    QSignalSpy cancelled(&dialog, &ImportProgressDialog::cancelRequested);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_TRUE(dialog.wasCancelled());
    EXPECT_FALSE(dialog.cancelButton()->isEnabled());
    // Still up: the runner hides it once the current file is done.
    EXPECT_TRUE(dialog.isVisible());
    dialog.setProgress(3, 5, QStringLiteral("d.fit"), {});
    QStringList texts;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Stopping after this file...")));
}

TEST(ImportSummaryDialog, ListsFailuresWithReasonsDuplicatesAndImports)
{
    ImportSummaryDialog dialog(exampleReport());
    const QString text = dialog.reportText();
    // A message without the file name gets it; one that names it keeps it once.
    EXPECT_TRUE(text.contains(QStringLiteral("broken.fit: the file header is 3 bytes long")))
        << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("again.tcx")), 1);
    EXPECT_TRUE(text.contains(QStringLiteral("Mon 2 Mar 2026 07:00 · Run · 8.00 km")));
    EXPECT_TRUE(text.contains(QStringLiteral("matched the planned session")));
    // Failures come first: they are what needs doing.
    EXPECT_LT(text.indexOf(QStringLiteral("broken.fit")),
              text.indexOf(QStringLiteral("track.fit")));
    QStringList labels;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        labels << label->text();
    EXPECT_TRUE(labels.join('\n').contains(QStringLiteral("Undo Import 1 session")));
}

TEST(ImportSummaryDialog, SaysWhereACancelledImportStopped)
{
    ImportReport report = exampleReport();
    report.cancelled = true;
    report.filesTotal = 40;
    report.filesDone = 5;
    EXPECT_TRUE(importHeadline(report).startsWith(QStringLiteral("Stopped after 5 of 40 files.")));
    report.cancelled = false;
    EXPECT_FALSE(importHeadline(report).contains(QStringLiteral("Stopped")));
}

TEST(ImportDialogs, RenderForScreenshots)
{
    TempStore temp;
    AppSettings settings(false);
    MainWindow window(temp.openDocument(), settings);
    EXPECT_TRUE(MainWindow::dialogNames().contains(QStringLiteral("import")));
    auto progress = window.createDialog(QStringLiteral("import"));
    ASSERT_NE(dynamic_cast<ImportProgressDialog*>(progress.get()), nullptr);
    auto summary = window.createDialog(QStringLiteral("import-summary"));
    auto* summaryDialog = dynamic_cast<ImportSummaryDialog*>(summary.get());
    ASSERT_NE(summaryDialog, nullptr);
    EXPECT_TRUE(summaryDialog->reportText().contains(QStringLiteral("ride.tcx: line 14")));
}
