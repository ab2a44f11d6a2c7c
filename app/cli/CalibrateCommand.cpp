// paceline-cli calibrate: the targets a template should have next time, from the
// athlete's last repeats of it (docs/advisor.md, "Calibrating the next session").

#include "CalibrationOutput.h"
#include "CliContext.h"
#include "Commands.h"
#include "TemplateLookup.h"
#include "core/advice/CalibrationThresholds.h"
#include "core/science/Stability.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

namespace paceline::cli {

namespace {

void addOptions(CliContext& context)
{
    context.parser().addOption({QStringLiteral("template"),
                                QStringLiteral("The template to calibrate (required)."),
                                QStringLiteral("name")});
    context.parser().addOption(
        {QStringLiteral("to"),
         QStringLiteral("Only repeats on or before this day, YYYY-MM-DD (default: the last "
                        "logged day)."),
         QStringLiteral("date")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

/// The last repeats up to `to`, else up to the last logged day: the log, not the
/// system clock, decides what "recent" is, so a log looked at later reads the same.
Result<std::vector<TemplateRepeat>> recentRepeats(const SessionStore& store, AthleteId athlete,
                                                  TemplateId calibrated, std::optional<QDate> to)
{
    auto logged = store.dayRange(athlete);
    if (!logged)
        return logged.error();
    if (!*logged)
        return std::vector<TemplateRepeat>{};
    return store.templateRepeats(athlete, calibrated, advice::kCalibrationRepeats,
                                 to.value_or((*logged)->second));
}

} // namespace

int runCalibrate(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    const QString name = context.option(QStringLiteral("template"));
    if (name.isEmpty())
        return context.fail(ExitBadInput,
                            QStringLiteral("--template NAME is required: the template to "
                                           "calibrate"));
    auto to = context.dateOption(QStringLiteral("to"));
    if (!to)
        return context.fail(ExitBadInput, to.errorMessage());
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    const std::optional<SessionTemplate> calibrated =
        templateByName(context, *log->store, name, exitStatus);
    if (!calibrated)
        return exitStatus;
    auto repeats = recentRepeats(log->store->sessions(), log->athlete.id, calibrated->id, *to);
    if (!repeats)
        return context.fail(ExitFailure, repeats.errorMessage());
    const CalibrationProposal proposal =
        proposeCalibration(calibrated->steps, *repeats, athletePaces(log->athlete));
    if (context.json())
        context.printJson(calibrationJson(log->athlete, *calibrated, proposal));
    else
        printCalibration(context.out(), log->athlete, *calibrated, proposal);
    return ExitSuccess;
}

} // namespace paceline::cli
