#pragma once

#include <QString>

#include <span>

namespace paceline::cli {

class CliContext;

/// A subcommand of paceline-cli. The list is explicit (see commands()), not built by
/// static initialisers, so what the tool can do is visible in one place.
struct Command {
    const char* name;
    const char* summary;
    int (*run)(CliContext& context);
};

std::span<const Command> commands();

int runZones(CliContext& context);
int runAthletes(CliContext& context);
int runAddAthlete(CliContext& context);
int runDemo(CliContext& context);
int runAdvise(CliContext& context);
int runSession(CliContext& context);
int runLog(CliContext& context);
int runSessions(CliContext& context);
int runPlan(CliContext& context);
int runPlanCheck(CliContext& context);
int runExportIcs(CliContext& context);
int runLoad(CliContext& context);
int runTrends(CliContext& context);
int runCalibrate(CliContext& context);
int runInspect(CliContext& context);
int runImport(CliContext& context);
int runExport(CliContext& context);
int runBackup(CliContext& context);
int runRestore(CliContext& context);
int runWorkout(CliContext& context);

} // namespace paceline::cli
