#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstring>

namespace paceline {

bool wantsScreenshot(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0)
            return true;
    }
    return false;
}

namespace {

Result<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2,5})x(\d{2,5})$)"));
    const auto match = pattern.match(text);
    const QSize size =
        match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (!size.isValid() || size.width() < 320 || size.height() < 240 || size.width() > 7680 ||
        size.height() > 4320) {
        return Error{QStringLiteral("--size '%1' is not WIDTHxHEIGHT between 320x240 and "
                                    "7680x4320")
                         .arg(text)};
    }
    return size;
}

} // namespace

Result<GuiOptions> parseGuiOptions(const QStringList& arguments, const QStringList& viewNames,
                                   const QStringList& dialogNames)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Paceline: training log and planner for runners and triathletes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The log to open."), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("read-only"), QStringLiteral("Open the log without changing it.")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Render a view to a PNG file and exit."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("view"),
         QStringLiteral("The view to show: %1.").arg(viewNames.join(QStringLiteral(", "))),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("dialog"),
                      QStringLiteral("With --screenshot, render a dialog: %1.")
                          .arg(dialogNames.join(QStringLiteral(", "))),
                      QStringLiteral("name")});
    // Not "--session": QGuiApplication takes that one for X11 session management.
    parser.addOption({QStringLiteral("show-session"),
                      QStringLiteral("Open this library session in the Sessions screen."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("show-workout"),
                      QStringLiteral("Select the current athlete's workout of this day in the "
                                     "Log screen."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("week"),
                      QStringLiteral("Show the Planner on the week that holds this day."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("today"),
                      QStringLiteral("The date the Planner and Analysis take as today: done and "
                                     "missed sessions, where the charts end (default: the "
                                     "system date)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("overview"),
                      QStringLiteral("With --week, show four weeks from that week.")});
    parser.addOption({QStringLiteral("analysis-tab"),
                      QStringLiteral("Show the Analysis screen on this tab: load, trends."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("analysis-range"),
                      QStringLiteral("The Analysis screen's range: 4w, 12w, 6m, 1y, 2y, all."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("size"),
                      QStringLiteral("Window size for --screenshot (default 1280x800)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("startup-report"),
                      QStringLiteral("Print one JSON line on stdout when the main window has "
                                     "painted for the first time ({\"painted_ns\": "
                                     "CLOCK_MONOTONIC in ns, \"rss_kib\": resident memory}) "
                                     "and exit. For the start-up benchmarks.")});
    parser.addOption({QStringLiteral("walk-screens"),
                      QStringLiteral("With --startup-report, then show every screen for every "
                                     "athlete and print a second line with \"rss_kib\" and "
                                     "\"peak_rss_kib\" before exiting.")});
    // process() prints help/version and exits, as a GUI program's users expect.
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        return Error{
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first())};
    }

    GuiOptions options;
    options.databasePath = parser.value(QStringLiteral("db"));
    options.readOnly = parser.isSet(QStringLiteral("read-only"));
    options.screenshotFile = parser.value(QStringLiteral("screenshot"));
    options.view = parser.value(QStringLiteral("view"));
    if (!options.view.isEmpty() && !viewNames.contains(options.view)) {
        return Error{QStringLiteral("--view '%1' is not one of %2")
                         .arg(options.view, viewNames.join(QStringLiteral(", ")))};
    }
    options.session = parser.value(QStringLiteral("show-session"));
    if (parser.isSet(QStringLiteral("show-workout"))) {
        const QString day = parser.value(QStringLiteral("show-workout"));
        options.workout = QDate::fromString(day, Qt::ISODate);
        if (!options.workout.isValid())
            return Error{QStringLiteral("--show-workout '%1' is not a date (YYYY-MM-DD)").arg(day)};
    }
    if (parser.isSet(QStringLiteral("week"))) {
        const QString day = parser.value(QStringLiteral("week"));
        options.week = QDate::fromString(day, Qt::ISODate);
        if (!options.week.isValid())
            return Error{QStringLiteral("--week '%1' is not a date (YYYY-MM-DD)").arg(day)};
    }
    if (parser.isSet(QStringLiteral("today"))) {
        const QString day = parser.value(QStringLiteral("today"));
        options.today = QDate::fromString(day, Qt::ISODate);
        if (!options.today.isValid())
            return Error{QStringLiteral("--today '%1' is not a date (YYYY-MM-DD)").arg(day)};
    }
    // Checked against the screen's own names when the window exists (main.cpp).
    options.analysisTab = parser.value(QStringLiteral("analysis-tab"));
    options.analysisRange = parser.value(QStringLiteral("analysis-range"));
    options.overview = parser.isSet(QStringLiteral("overview"));
    if (options.overview && !options.week.isValid())
        return Error{QStringLiteral("--overview needs --week YYYY-MM-DD")};
    options.dialog = parser.value(QStringLiteral("dialog"));
    if (!options.dialog.isEmpty() && !dialogNames.contains(options.dialog)) {
        return Error{QStringLiteral("--dialog '%1' is not one of %2")
                         .arg(options.dialog, dialogNames.join(QStringLiteral(", ")))};
    }
    if (!options.dialog.isEmpty() && options.screenshotFile.isEmpty())
        return Error{QStringLiteral("--dialog '%1' needs --screenshot FILE").arg(options.dialog)};
    options.startupReport = parser.isSet(QStringLiteral("startup-report"));
    options.walkScreens = parser.isSet(QStringLiteral("walk-screens"));
    if (options.walkScreens && !options.startupReport)
        return Error{QStringLiteral("--walk-screens needs --startup-report")};
    if (options.startupReport && !options.screenshotFile.isEmpty())
        return Error{QStringLiteral("--startup-report and --screenshot cannot be combined")};
    if (parser.isSet(QStringLiteral("size"))) {
        auto size = parseSize(parser.value(QStringLiteral("size")));
        if (!size)
            return size.error();
        options.size = *size;
    }
    return options;
}

} // namespace paceline
