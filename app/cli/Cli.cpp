#include "Cli.h"

#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>

#include <algorithm>

namespace paceline::cli {

namespace {

constexpr Command kCommands[] = {
    {"zones", "VDOT, equivalent race times and training paces from a race", runZones},
    {"athletes", "List the athletes of a log", runAthletes},
    {"add-athlete", "Add an athlete to a log", runAddAthlete},
    {"demo", "Fill an empty log with a realistic demo history", runDemo},
    {"session", "Read a session in notation or JSON and print it in the other form", runSession},
    {"advise", "Check how a session is sequenced and suggest fixes", runAdvise},
    {"log", "Log a workout rep by rep from its notation and splits", runLog},
    {"sessions", "List the logged sessions of an athlete, newest first", runSessions},
    {"plan", "Show a week of the plan with its findings, or check a week file", runPlan},
    {"export-ics", "Export a date range of the plan as an iCalendar (.ics) file", runExportIcs},
    {"load", "Daily and weekly training load: ACWR, fitness, fatigue, form, monotony", runLoad},
    {"trends", "Weekly trends: pace stability, pace at an effort, effort at a pace", runTrends},
    {"calibrate", "Propose a template's targets for next time from its last repeats", runCalibrate},
    {"inspect", "Show what an activity file (FIT, TCX, GPX, CSV) holds: laps, times, distances",
     runInspect},
    {"import", "Import activity files and folders into an athlete's log", runImport},
    {"export", "Export an athlete's sessions as CSV, or the whole log as a JSON backup", runExport},
    {"backup", "Copy the whole log to a file, safely while the app has it open", runBackup},
    {"restore", "Put a log file backup in place of the log, or add a JSON backup to it",
     runRestore},
    {"workout", "Write a session as a FIT workout file for a watch", runWorkout},
};

void printUsage(QTextStream& stream)
{
    stream << "Usage: paceline-cli COMMAND [options]\n\n"
              "Paceline's headless tool. Run 'paceline-cli COMMAND --help' for a command's "
              "options.\n\nCommands:\n";
    for (const Command& command : kCommands)
        stream << QStringLiteral("  %1%2\n")
                      .arg(QLatin1String(command.name), -14)
                      .arg(QLatin1String(command.summary));
    stream << "\nCommon options: --db PATH (the log), --athlete NAME (may be left out when the\n"
              "log holds one athlete), --json (machine-readable output).\n"
              "Exit status: 0 success, 1 the work failed, 2 bad arguments or input.\n";
}

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty()) {
        printUsage(err);
        return ExitBadInput;
    }
    const QString name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printUsage(out);
        return ExitSuccess;
    }
    if (name == QLatin1String("--version")) {
        out << "paceline-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitSuccess;
    }
    const auto* command =
        std::find_if(std::begin(kCommands), std::end(kCommands),
                     [&](const Command& c) { return name == QLatin1String(c.name); });
    if (command == std::end(kCommands)) {
        err << "paceline-cli: unknown command '" << name
            << "'; run 'paceline-cli --help' for the list\n";
        return ExitBadInput;
    }
    CliContext context(name, arguments.mid(1), out, err);
    return command->run(context);
}

} // namespace paceline::cli
