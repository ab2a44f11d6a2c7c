// paceline-cli log: records a workout rep by rep from the session notation and its
// splits, with the same validation as the log form.

#include "CliContext.h"
#include "Commands.h"
#include "LogInput.h"
#include "LoggedSessionText.h"
#include "core/io/LoggedSessionJson.h"
#include "core/model/EntryValidation.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QFileInfo>

namespace paceline::cli {

namespace {

/// The option a rep field was typed in, so a problem names what to correct.
QString optionOf(EntryField field)
{
    switch (field) {
    case EntryField::Start:
        return QStringLiteral("--date");
    case EntryField::SessionRpe:
        return QStringLiteral("--session-rpe");
    case EntryField::RepTime:
        return QStringLiteral("--splits");
    case EntryField::RepRpe:
        return QStringLiteral("--rpe");
    case EntryField::RepAvgHeartRate:
        return QStringLiteral("--hr");
    default:
        return QStringLiteral("--text");
    }
}

/// "--splits value 3: rep 5 time: 0:00 must be more than zero". The value number is the
/// position in the option's list, which counts work reps only; the session's rep
/// numbers (in the message) count the recoveries too.
QString problemLine(const EntryProblem& problem, const std::vector<Rep>& reps)
{
    const QString option = optionOf(problem.field);
    if (problem.rep < 0 || problem.rep >= int(reps.size()) ||
        reps[size_t(problem.rep)].kind != RepKind::Work || option == QLatin1String("--text"))
        return QStringLiteral("%1: %2").arg(option, problem.message);
    int workNumber = 0;
    for (int index = 0; index <= problem.rep; ++index)
        workNumber += reps[size_t(index)].kind == RepKind::Work ? 1 : 0;
    return QStringLiteral("%1 value %2: %3").arg(option).arg(workNumber).arg(problem.message);
}

/// Every impossible value, one line each; true when there was any.
bool reportProblems(CliContext& context, const LoggedSession& session)
{
    const std::vector<EntryProblem> problems = validateLoggedSession(session);
    for (const EntryProblem& problem : problems)
        context.fail(ExitBadInput, problemLine(problem, session.reps));
    if (!problems.empty())
        context.fail(ExitBadInput, QStringLiteral("nothing was logged"));
    return !problems.empty();
}

std::unique_ptr<LogStore> openWritableLog(CliContext& context, int& exitStatus)
{
    // Logging needs an athlete, so a missing log is a mistyped --db, not a new log.
    if (!QFileInfo::exists(context.databasePath())) {
        exitStatus = context.fail(
            ExitBadInput, QStringLiteral("there is no log at '%1'").arg(context.databasePath()));
        return nullptr;
    }
    auto store = context.openStore(exitStatus);
    if (store && store->isReadOnly()) {
        exitStatus =
            context.fail(ExitBadInput, QStringLiteral("cannot log to the read-only log '%1'. %2")
                                           .arg(store->path(), store->readOnlyReason()));
        return nullptr;
    }
    return store;
}

} // namespace

int runLog(CliContext& context)
{
    addLogInputOptions(context);
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;
    int exitStatus = ExitSuccess;
    auto store = openWritableLog(context, exitStatus);
    if (!store)
        return exitStatus;
    auto athlete = context.resolveAthlete(*store);
    if (!athlete)
        return context.fail(ExitBadInput, athlete.errorMessage());
    auto session = loggedSessionFromOptions(context, *athlete);
    if (!session)
        return context.fail(ExitBadInput, session.errorMessage());
    if (reportProblems(context, *session))
        return ExitBadInput;

    if (Status saved = store->sessions().insert(*session); !saved)
        return context.fail(ExitFailure, saved.errorMessage());
    // Print what the log now holds, not what was meant to be written.
    auto stored = store->sessions().find(session->id);
    if (!stored)
        return context.fail(ExitFailure, stored.errorMessage());
    if (context.json())
        context.printJson(loggedSessionToJson(*stored));
    else
        printSessionSummary(context.out(), *stored, athlete->units);
    return ExitSuccess;
}

} // namespace paceline::cli
