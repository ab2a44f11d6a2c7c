#include "GuiOptions.h"
#include "StartupReport.h"
#include "core/store/LogStore.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/document/LogDocument.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Screenshot.h"
#include "ui/shell/StartupLog.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <cstdio>

using namespace paceline;

int main(int argc, char* argv[])
{
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Paceline"));
    QApplication::setApplicationName(QStringLiteral("Paceline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Paceline"));
    QApplication::setApplicationVersion(QStringLiteral(PACELINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("paceline"));
    QApplication::setStyle(QStringLiteral("Fusion"));

    auto options =
        parseGuiOptions(app.arguments(), MainWindow::viewNames(), MainWindow::dialogNames());
    if (!options) {
        std::fprintf(stderr, "paceline: %s\n", qPrintable(options.errorMessage()));
        return 2;
    }
    const bool screenshot = !options->screenshotFile.isEmpty();
    const QString path =
        options->databasePath.isEmpty() ? LogStore::defaultPath() : options->databasePath;

    // Runs without a person at the screen report a log they cannot open instead of asking.
    const bool headless = screenshot || options->startupReport;
    std::unique_ptr<LogStore> store = headless ? openLogOrReport(path, options->readOnly)
                                               : openLogOrAskAnother(path, options->readOnly);
    if (!store)
        return 2;

    // Screenshots must not change the user's remembered window or view.
    AppSettings settings(/*remember=*/!screenshot);
    MainWindow window(std::make_unique<LogDocument>(std::move(store)), settings);
    if (!options->view.isEmpty())
        window.showView(options->view);
    if (!options->session.isEmpty() && !window.showSession(options->session)) {
        std::fprintf(stderr, "paceline: --show-session '%s' is not in the library of %s\n",
                     qPrintable(options->session), qPrintable(path));
        return 2;
    }
    if (options->workout.isValid() && !window.showWorkout(options->workout)) {
        std::fprintf(stderr, "paceline: --show-workout: no workout on %s for the current athlete\n",
                     qPrintable(options->workout.toString(Qt::ISODate)));
        return 2;
    }
    if (options->today.isValid())
        window.setPlannerToday(options->today);
    if (options->week.isValid())
        window.showPlannerWeek(options->week, options->overview);
    if (!options->analysisRange.isEmpty() && !window.setAnalysisRange(options->analysisRange)) {
        std::fprintf(stderr, "paceline: --analysis-range '%s' is not one of %s\n",
                     qPrintable(options->analysisRange), qPrintable(enumIdList<AnalysisRange>()));
        return 2;
    }
    if (!options->analysisTab.isEmpty() && !window.showAnalysisTab(options->analysisTab)) {
        std::fprintf(stderr, "paceline: --analysis-tab '%s' is not one of %s\n",
                     qPrintable(options->analysisTab),
                     qPrintable(AnalysisView::tabNames().join(QStringLiteral(", "))));
        return 2;
    }

    if (screenshot && !options->dialog.isEmpty()) {
        std::unique_ptr<QDialog> dialog = window.createDialog(options->dialog);
        return saveScreenshot(*dialog, dialog->sizeHint().expandedTo(QSize(480, 200)),
                              options->screenshotFile)
                   ? 0
                   : 1;
    }
    if (screenshot)
        return saveScreenshot(window, options->size, options->screenshotFile) ? 0 : 1;
    if (options->startupReport) {
        // The start-up benchmarks: the normal start, without the first-run dialog.
        new StartupReport(window, options->walkScreens);
        window.show();
        return app.exec();
    }
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerFirstRun);
    return app.exec();
}
