// paceline-cli zones: VDOT, equivalent race times and training paces from a race.

#include "CliContext.h"
#include "Commands.h"
#include "RaceOptions.h"
#include "core/model/TimeText.h"
#include "core/science/RaceDistances.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"

#include <QJsonArray>

namespace paceline::cli {

namespace {

/// The race comes from the options, or from the athlete's profile when none is given.
Result<RaceSource> zonesInput(CliContext& context, int& exitStatus)
{
    auto source = resolveRace(context, exitStatus);
    if (!source || source->race)
        return source;
    if (!source->athleteName.isEmpty()) {
        return Error{QStringLiteral("athlete '%1' has no recent race; give --race and --time")
                         .arg(source->athleteName)};
    }
    return Error{QStringLiteral("give a race with --race NAME --time TIME (or --db and "
                                "--athlete to use an athlete's recent race)")};
}

QJsonObject zonesJson(const RaceResult& race, double vdot, const TrainingPaces& paces)
{
    QJsonObject equivalents;
    for (const StandardRace& standard : standardRaces()) {
        equivalents.insert(QLatin1String(standard.name),
                           roundTo(equivalentRaceTime(vdot, standard.distance).seconds, 1));
    }
    auto perKm = [](Speed speed) { return roundTo(speed.secondsPerKilometre(), 1); };
    const QJsonObject pacesJson{
        {QStringLiteral("E"), QJsonArray{perKm(paces.easy.fastest), perKm(paces.easy.slowest)}},
        {QStringLiteral("M"), perKm(paces.marathon)},
        {QStringLiteral("T"), perKm(paces.threshold)},
        {QStringLiteral("I"), perKm(paces.interval)},
        {QStringLiteral("R"), perKm(paces.repetition)},
    };
    return {
        {QStringLiteral("race"), QJsonObject{{QStringLiteral("distance_m"), race.distance.metres},
                                             {QStringLiteral("time_s"), race.time.seconds}}},
        {QStringLiteral("vdot"), roundTo(vdot, 1)},
        {QStringLiteral("equivalents"), equivalents},
        {QStringLiteral("paces"), pacesJson},
    };
}

QString raceLabel(Distance distance, UnitSystem units)
{
    for (const StandardRace& standard : standardRaces()) {
        if (standard.distance == distance)
            return QLatin1String(standard.name);
    }
    return formatDistance(distance, units, 2);
}

void printZonesTable(QTextStream& out, const RaceResult& race, UnitSystem units, double vdot,
                     const TrainingPaces& paces)
{
    out << QStringLiteral("VDOT %1 from %2 in %3\n\n")
               .arg(roundTo(vdot, 1), 0, 'f', 1)
               .arg(raceLabel(race.distance, units), formatDuration(race.time));
    out << "Equivalent race times\n";
    for (const StandardRace& standard : standardRaces()) {
        out << QStringLiteral("  %1 %2\n")
                   .arg(QLatin1String(standard.name), -10)
                   .arg(formatDuration(equivalentRaceTime(vdot, standard.distance)), 8);
    }
    out << "\nTraining paces\n";
    const auto row = [&](const char* zone, const QString& pace) {
        out << QStringLiteral("  %1 %2\n").arg(QLatin1String(zone), -14).arg(pace);
    };
    row("E  Easy", QStringLiteral("%1 - %2").arg(formatPace(paces.easy.fastest, units),
                                                 formatPace(paces.easy.slowest, units)));
    row("M  Marathon", formatPace(paces.marathon, units));
    row("T  Threshold", formatPace(paces.threshold, units));
    row("I  Interval", formatPace(paces.interval, units));
    row("R  Repetition", formatPace(paces.repetition, units));
}

} // namespace

int runZones(CliContext& context)
{
    addRaceOptions(context);
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;

    int exitStatus = ExitSuccess;
    auto input = zonesInput(context, exitStatus);
    if (!input) {
        if (exitStatus != ExitSuccess)
            return exitStatus; // the store reported it
        return context.fail(ExitBadInput, input.errorMessage());
    }
    const RaceResult& race = *input->race;
    const double vdot = vdotFromRace(race.distance, race.time);
    const TrainingPaces paces = trainingPaces(vdot);
    if (context.json())
        context.printJson(zonesJson(race, vdot, paces));
    else
        printZonesTable(context.out(), race, input->units, vdot, paces);
    return ExitSuccess;
}

} // namespace paceline::cli
