// Google Benchmark entry point with a QApplication: QtSql's driver plugin needs an
// application object, and the GUI benchmarks (switching athlete, redrawing charts) need
// widgets. They run headless: the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

int main(int argc, char* argv[])
{
    // Before the application exists: the platform plugin is chosen in its constructor.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The windows benchmarked remember athletes, views and geometry like the app does:
    // in a folder of their own, never in the user's settings (nor in the settings of
    // the processes the start-up benchmarks launch, which inherit it).
    const QTemporaryDir config;
    if (config.isValid())
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PacelineBenchmarks"));
    QApplication::setApplicationName(QStringLiteral("PacelineBenchmarks"));
    // The style the app sets (app/gui/main.cpp): painting costs depend on it.
    QApplication::setStyle(QStringLiteral("Fusion"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
