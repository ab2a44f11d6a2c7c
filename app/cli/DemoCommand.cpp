// paceline-cli demo: a realistic, deterministic history for trying Paceline out
// and for the benchmarks.

#include "CliContext.h"
#include "Commands.h"
#include "core/demo/DemoData.h"
#include "core/io/ExampleSessions.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"

#include <QDate>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace paceline::cli {

namespace {

void addOptions(CliContext& context)
{
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("athletes"),
                      QStringLiteral("How many athletes, 1-100 (default 1; every third is a "
                                     "triathlete)."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("weeks"),
         QStringLiteral("Weeks of history per athlete, 1-%1 (default 26).").arg(kMaxDemoWeeks),
         QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"),
                      QStringLiteral("Seed of the random variation (default 1)."),
                      QStringLiteral("s")});
    parser.addOption({QStringLiteral("end"),
                      QStringLiteral("Last day of the history, YYYY-MM-DD (default today)."),
                      QStringLiteral("date")});
    context.addDatabaseOption();
    context.addJsonOption();
}

Result<DemoOptions> demoOptions(const CliContext& context)
{
    DemoOptions options;
    auto athletes = context.intOption(QStringLiteral("athletes"), 1, 100, 1);
    if (!athletes)
        return athletes.error();
    auto weeks = context.intOption(QStringLiteral("weeks"), 1, kMaxDemoWeeks, 26);
    if (!weeks)
        return weeks.error();
    options.athletes = *athletes;
    options.weeks = *weeks;

    if (context.isSet(QStringLiteral("seed"))) {
        const QString text = context.option(QStringLiteral("seed"));
        bool ok = false;
        options.seed = text.toULongLong(&ok);
        if (!ok)
            return Error{QStringLiteral("--seed '%1' is not a whole number >= 0").arg(text)};
    }
    options.lastDay = QDate::currentDate();
    // The same library the app's demo log has: the demo's sessions and the examples.
    options.extraTemplates = exampleSessions();
    auto end = context.dateOption(QStringLiteral("end"));
    if (!end)
        return end.error();
    if (*end)
        options.lastDay = **end;
    return options;
}

QJsonObject summaryJson(const DemoSummary& summary)
{
    return {
        {QStringLiteral("athletes"), summary.athletes},
        {QStringLiteral("templates"), summary.templates},
        {QStringLiteral("planned_sessions"), summary.plannedSessions},
        {QStringLiteral("logged_sessions"), summary.loggedSessions},
        {QStringLiteral("reps"), summary.reps},
    };
}

} // namespace

int runDemo(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    auto options = demoOptions(context);
    if (!options)
        return context.fail(ExitBadInput, options.errorMessage());

    int exitStatus = ExitSuccess;
    auto store = context.openStore(exitStatus);
    if (!store)
        return exitStatus;
    // Demo data never mixes with a real log: it would be hard to tell apart later.
    auto existing = store->athletes().count();
    if (!existing)
        return context.fail(ExitFailure, existing.errorMessage());
    if (*existing > 0) {
        return context.fail(ExitBadInput,
                            QStringLiteral("%1 already holds %2 athlete(s); demo data goes into "
                                           "an empty log (choose a new file with --db)")
                                .arg(store->path())
                                .arg(*existing));
    }

    const bool showProgress = isatty(fileno(stderr)) && !context.json();
    auto progress = [&](int done, int total) {
        if (showProgress)
            context.err() << QStringLiteral("\rWriting athlete %1 of %2").arg(done).arg(total)
                          << (done == total ? "\n" : "") << Qt::flush;
    };
    auto summary = writeDemoData(*store, *options, progress);
    if (!summary)
        return context.fail(ExitFailure, summary.errorMessage());

    if (context.json()) {
        context.printJson(summaryJson(*summary));
    } else {
        context.out() << QStringLiteral("Wrote %1 athlete(s), %2 logged sessions with %3 reps "
                                        "and %4 planned sessions to %5\n")
                             .arg(summary->athletes)
                             .arg(summary->loggedSessions)
                             .arg(summary->reps)
                             .arg(summary->plannedSessions)
                             .arg(store->path());
    }
    return ExitSuccess;
}

} // namespace paceline::cli
