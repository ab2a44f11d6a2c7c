// paceline-cli workout: a session (notation, JSON or a template of the log) as a FIT
// workout file for a watch, zone targets resolved with the athlete's paces.

#include "AtomicFile.h"
#include "CliContext.h"
#include "Commands.h"
#include "SessionInput.h"
#include "TemplateLookup.h"
#include "core/io/activity/FitDecoder.h"
#include "core/io/activity/FitWorkoutWriter.h"
#include "core/science/Stability.h"
#include "core/store/LogStore.h"

#include <QFileInfo>

namespace paceline::cli {

namespace {

constexpr std::uint16_t kFitWorkoutStep = 27; // FIT profile: workout_step

void addOptions(CliContext& context)
{
    addSessionInputOptions(context);
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("template"),
                      QStringLiteral("A session template of the log (--db) by name."),
                      QStringLiteral("name")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The .fit file to write (replaced atomically)."),
                      QStringLiteral("file")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

/// What the targets are resolved with; the note says why zones stay open.
struct PaceSource {
    std::optional<TrainingPaces> paces;
    QString note;
};

/// The log is needed for --template and for the athlete's paces; a plain --text
/// without --db or --athlete never touches (or creates) a log.
bool needsLog(const CliContext& context)
{
    return context.isSet(QStringLiteral("template")) || context.isSet(QStringLiteral("db")) ||
           context.isSet(QStringLiteral("athlete"));
}

Result<PaceSource> paceSource(CliContext& context, const LogStore* store)
{
    if (!store)
        return PaceSource{std::nullopt, QStringLiteral("no athlete given: zone targets are open")};
    Result<Athlete> athlete = context.resolveAthlete(*store);
    if (!athlete) {
        // Only an athlete asked for by name must exist; a template alone needs none.
        if (context.isSet(QStringLiteral("athlete")))
            return athlete.error();
        return PaceSource{std::nullopt, QStringLiteral("no athlete chosen: zone targets are open")};
    }
    std::optional<TrainingPaces> paces = athletePaces(*athlete);
    if (!paces)
        return PaceSource{std::nullopt, QStringLiteral("%1 has no race to take paces from: zone "
                                                       "targets are open")
                                            .arg(athlete->name)};
    return PaceSource{paces, QStringLiteral("zone targets from %1's paces").arg(athlete->name)};
}

/// How many workout_step messages the file holds, read back with our decoder: what the
/// watch will show, including the repeat steps.
int stepCount(const QByteArray& fit, const QString& name)
{
    int steps = 0;
    auto decoded = fit::decode(fit, name, [&](const fit::MessageView& message) {
        steps += message.globalNumber() == kFitWorkoutStep ? 1 : 0;
    });
    return decoded ? steps : 0;
}

std::optional<SessionTemplate> sessionToWrite(CliContext& context, const LogStore* store,
                                              int& exitStatus)
{
    if (!context.isSet(QStringLiteral("template"))) {
        auto session = sessionFromInput(context);
        if (!session) {
            exitStatus = context.fail(ExitBadInput, session.errorMessage());
            return std::nullopt;
        }
        return std::move(session).value();
    }
    if (context.isSet(QStringLiteral("text")) || !context.positionalArguments().isEmpty()) {
        exitStatus = context.fail(ExitBadInput,
                                  QStringLiteral("give --template NAME or the session, not both"));
        return std::nullopt;
    }
    return templateByName(context, *store, context.option(QStringLiteral("template")), exitStatus);
}

void printWritten(CliContext& context, const QString& file, const SessionTemplate& session,
                  int steps, const PaceSource& source)
{
    if (context.json()) {
        context.printJson({{QStringLiteral("file"), file},
                           {QStringLiteral("name"), session.name},
                           {QStringLiteral("steps"), steps},
                           {QStringLiteral("paces"), source.paces.has_value()},
                           {QStringLiteral("note"), source.note}});
        return;
    }
    context.out() << "Wrote " << file << ": workout \"" << session.name << "\", " << steps
                  << " steps (" << source.note << ")\n";
}

} // namespace

int runWorkout(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    const QString file = context.option(QStringLiteral("output"));
    if (file.isEmpty())
        return context.fail(ExitBadInput, QStringLiteral("-o FILE.fit is required"));
    int exitStatus = ExitSuccess;
    std::unique_ptr<LogStore> store;
    if (needsLog(context) && !(store = context.openStore(exitStatus, /*readOnly=*/true)))
        return exitStatus;
    std::optional<SessionTemplate> session = sessionToWrite(context, store.get(), exitStatus);
    if (!session)
        return exitStatus;
    auto source = paceSource(context, store.get());
    if (!source)
        return context.fail(ExitBadInput, source.errorMessage());

    FitWorkoutOptions options;
    options.paces = source->paces;
    options.created = QDateTime::currentDateTimeUtc();
    auto fit = fitWorkout(*session, options);
    if (!fit)
        return context.fail(ExitBadInput, fit.errorMessage());
    if (auto written = writeFileAtomically(file, *fit); !written)
        return context.fail(ExitFailure, written.errorMessage());
    printWritten(context, file, *session, stepCount(*fit, QFileInfo(file).fileName()), *source);
    return ExitSuccess;
}

} // namespace paceline::cli
