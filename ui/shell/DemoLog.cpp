#include "DemoLog.h"

#include "StartupLog.h"
#include "core/demo/DemoData.h"
#include "core/io/ExampleSessions.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>

namespace paceline {

namespace {

// A runner and a triathlete over a year: enough to see trends, quick to write.
constexpr int kDemoAthletes = 2;
constexpr int kDemoWeeks = 52;

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoLog", text);
}

} // namespace

QString demoLogPath()
{
    return QFileInfo(LogStore::defaultPath())
        .dir()
        .filePath(QStringLiteral("paceline-demo.sqlite"));
}

std::unique_ptr<LogStore> openOrCreateDemoLog(QWidget* parent)
{
    // As every log a window shows: it holds the app lock, and when another Paceline app
    // has the demo open, the person may look at it read-only or pick another log.
    const QString path = demoLogPath();
    std::unique_ptr<LogStore> store = openLogOrAskAnother(
        path, /*readOnly=*/false, askWithMessageBox(parent, QMessageBox::Cancel));
    // Demo sessions go only into the demo log, and only where they can be written.
    if (!store || store->isReadOnly() ||
        QFileInfo(store->path()).absoluteFilePath() != QFileInfo(path).absoluteFilePath())
        return store;
    auto athletes = store->athletes().count();
    if (athletes.ok() && *athletes > 0)
        return store;

    QProgressDialog progress(tr("Writing a year of demo training..."), QString(), 0, kDemoAthletes,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    DemoOptions options;
    options.athletes = kDemoAthletes;
    options.weeks = kDemoWeeks;
    options.lastDay = QDate::currentDate();
    options.extraTemplates = exampleSessions();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = writeDemoData(*store, options, [&](int done, int) { progress.setValue(done); });
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, tr("Demo log"), written.errorMessage());
        return nullptr;
    }
    return store;
}

} // namespace paceline
