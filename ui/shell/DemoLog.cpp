#include "DemoLog.h"

#include "core/demo/DemoData.h"
#include "core/io/ExampleSessions.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    auto opened = LogStore::open(demoLogPath());
    if (!opened) {
        QMessageBox::warning(parent, tr("Demo log"), opened.errorMessage());
        return nullptr;
    }
    std::unique_ptr<LogStore> store = std::move(opened).value();
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
    auto written = writeDemoData(*store, options, [&](int done, int) { progress.setValue(done); });
    if (!written) {
        QMessageBox::warning(parent, tr("Demo log"), written.errorMessage());
        return nullptr;
    }
    return store;
}

} // namespace paceline
