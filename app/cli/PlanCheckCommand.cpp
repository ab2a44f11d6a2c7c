// paceline-cli plan check: the week rules' findings for a week file
// (docs/week-json.md), without a log.

#include "CliContext.h"
#include "Commands.h"
#include "StoredWeek.h"
#include "WeekFindingsOutput.h"
#include "core/io/WeekFile.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"

#include <QFile>

namespace paceline::cli {

namespace {

/// The whole file; the error names the file and why it could not be read.
Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read '%1': %2").arg(path, file.errorString())};
    return file.readAll();
}

WeekAdviceInput adviceInput(const WeekFile& week)
{
    WeekAdviceInput input;
    input.days = week.days;
    input.first = week.days.front().date;
    input.last = week.days.back().date;
    if (week.race)
        input.estimate.paces = trainingPaces(vdotFromRace(week.race->distance, week.race->time));
    input.maxHardSessionsPerWeek = week.maxHardSessionsPerWeek;
    return input;
}

} // namespace

int runPlanCheck(CliContext& context)
{
    context.acceptPositionalArguments(QStringLiteral("FILE"),
                                      QStringLiteral("A week as JSON (docs/week-json.md)."));
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;
    const auto file = context.onePositionalArgument(
        QStringLiteral("a week file is required: plan check FILE.json"),
        QStringLiteral("one week file at a time, got %1"));
    if (!file)
        return context.fail(ExitBadInput, file.errorMessage());
    auto bytes = readFile(*file);
    if (!bytes)
        return context.fail(ExitBadInput, bytes.errorMessage());
    auto week = readWeekFile(*bytes);
    if (!week)
        return context.fail(ExitBadInput, QStringLiteral("%1: %2").arg(*file, week.errorMessage()));
    const std::vector<WeekFinding> findings = adviseWeek(adviceInput(*week));
    if (context.json())
        context.printJson({{QStringLiteral("findings"), weekFindingsJson(findings)}});
    else {
        context.out() << "Checked " << week->days.size() << " days from "
                      << dayText(week->days.front().date) << " to "
                      << dayText(week->days.back().date) << '\n';
        printWeekFindings(context.out(), findings);
    }
    return ExitSuccess;
}

} // namespace paceline::cli
