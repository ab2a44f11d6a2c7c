#pragma once

#include "core/model/Result.h"

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

namespace paceline {

/// What `paceline` was asked to do on its command line.
struct GuiOptions {
    QString databasePath; ///< empty: the default log
    bool readOnly = false;
    QString screenshotFile; ///< non-empty: render `view` to this PNG and exit
    QString view;           ///< empty: the last view used
    QString dialog;         ///< with --screenshot: render this dialog over the window instead
    QString session;        ///< open this library session in the Sessions screen
    QDate workout;          ///< select the current athlete's workout of this day in the Log
    QDate week;             ///< show the Planner on the week that holds this day
    bool overview = false;  ///< with `week`: the four-week overview
    QDate today;            ///< what the Planner and Analysis take as today (screenshots)
    QString analysisTab;    ///< show the Analysis screen on this tab ("load", "trends")
    QString analysisRange;  ///< the Analysis screen's range id ("4w" ... "all")
    QSize size{1280, 800};
    /// --startup-report: print a JSON line when the window has first painted, and exit.
    bool startupReport = false;
    /// --walk-screens (with --startup-report): then show every screen for every athlete
    /// and print a second line with the memory used.
    bool walkScreens = false;
};

/// True when the arguments ask for a screenshot; checked before QApplication exists,
/// because the offscreen platform has to be chosen first.
bool wantsScreenshot(int argc, char* argv[]);

/// Parses the arguments (program name first). The error names the bad value.
Result<GuiOptions> parseGuiOptions(const QStringList& arguments, const QStringList& viewNames,
                                   const QStringList& dialogNames);

} // namespace paceline
