// paceline-cli zones: VDOT, equivalent race times and training paces from a race.

#include "CliContext.h"
#include "Commands.h"
#include "core/model/AthleteValidation.h"
#include "core/model/TimeText.h"
#include "core/science/RaceDistances.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"
#include "core/store/LogStore.h"

#include <QJsonArray>

#include <cmath>

namespace paceline::cli {

namespace {

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

void addOptions(CliContext& context)
{
    auto& parser = context.parser();
    parser.addOption(
        {QStringLiteral("race"),
         QStringLiteral("The race run: 1500m, mile, 3k, 5k, 10k, 15k, half, marathon."),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("distance"),
                      QStringLiteral("The race distance in metres, instead of --race."),
                      QStringLiteral("metres")});
    parser.addOption({QStringLiteral("time"), QStringLiteral("The race time: mm:ss or h:mm:ss."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("units"),
                      QStringLiteral("km or mi for the table (default: the athlete's, else km)."),
                      QStringLiteral("units")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

Result<Distance> raceDistanceFromOptions(const CliContext& context)
{
    const bool hasRace = context.isSet(QStringLiteral("race"));
    const bool hasDistance = context.isSet(QStringLiteral("distance"));
    if (hasRace && hasDistance)
        return Error{QStringLiteral("give either --race or --distance, not both")};
    if (hasRace) {
        const QString name = context.option(QStringLiteral("race"));
        if (auto distance = standardRaceDistance(name))
            return *distance;
        return Error{QStringLiteral("unknown race '%1'; expected 1500m, mile, 3k, 5k, 10k, 15k, "
                                    "half or marathon, or --distance METRES")
                         .arg(name)};
    }
    if (!hasDistance)
        return Error{QStringLiteral("give the race with --race NAME or --distance METRES")};
    const QString text = context.option(QStringLiteral("distance"));
    bool ok = false;
    const double metres = text.toDouble(&ok);
    // Below 400 m the Daniels-Gilbert model (fitted on races of 1500 m up) is not defined.
    if (!ok || !std::isfinite(metres) || metres < 400.0 || metres > 300000.0) {
        return Error{
            QStringLiteral("--distance '%1' is not a race distance in metres (400 to 300000)")
                .arg(text)};
    }
    return Distance{metres};
}

Result<RaceResult> raceFromOptions(const CliContext& context)
{
    auto distance = raceDistanceFromOptions(context);
    if (!distance)
        return distance.error();
    if (!context.isSet(QStringLiteral("time")))
        return Error{QStringLiteral("give the race time with --time mm:ss or h:mm:ss")};
    const QString timeText = context.option(QStringLiteral("time"));
    auto time = parseDuration(timeText);
    if (!time)
        return Error{QStringLiteral("--time: %1").arg(time.errorMessage())};
    const RaceResult race{*distance, *time, {}};
    if (Status valid = validateRaceResult(race); !valid)
        return Error{QStringLiteral("--time '%1': %2").arg(timeText, valid.errorMessage())};
    return race;
}

struct ZonesInput {
    RaceResult race;
    UnitSystem units = UnitSystem::Metric;
};

/// The race comes from the options, or from the athlete's profile when none is given.
Result<ZonesInput> zonesInput(CliContext& context, int& exitStatus)
{
    ZonesInput input;
    const bool raceGiven = context.isSet(QStringLiteral("race")) ||
                           context.isSet(QStringLiteral("distance")) ||
                           context.isSet(QStringLiteral("time"));
    const bool athleteGiven =
        context.isSet(QStringLiteral("db")) || context.isSet(QStringLiteral("athlete"));
    if (raceGiven) {
        auto race = raceFromOptions(context);
        if (!race)
            return race.error();
        input.race = *race;
    }
    if (athleteGiven) {
        auto store = context.openStore(exitStatus, /*readOnly=*/true);
        if (!store)
            return Error{}; // already reported
        auto athlete = context.resolveAthlete(*store);
        if (!athlete)
            return athlete.error();
        input.units = athlete->units;
        if (!raceGiven) {
            if (!athlete->recentRace) {
                return Error{QStringLiteral("athlete '%1' has no recent race; give --race and "
                                            "--time")
                                 .arg(athlete->name)};
            }
            input.race = *athlete->recentRace;
        }
    } else if (!raceGiven) {
        return Error{QStringLiteral("give a race with --race NAME --time TIME (or --db and "
                                    "--athlete to use an athlete's recent race)")};
    }
    if (context.isSet(QStringLiteral("units"))) {
        const QString text = context.option(QStringLiteral("units"));
        auto units = enumFromId<UnitSystem>(text);
        if (!units)
            return Error{QStringLiteral("--units '%1' is not km or mi").arg(text)};
        input.units = *units;
    }
    return input;
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

void printZonesTable(QTextStream& out, const ZonesInput& input, double vdot,
                     const TrainingPaces& paces)
{
    const UnitSystem units = input.units;
    out << QStringLiteral("VDOT %1 from %2 in %3\n\n")
               .arg(roundTo(vdot, 1), 0, 'f', 1)
               .arg(raceLabel(input.race.distance, units), formatDuration(input.race.time));
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
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;

    int exitStatus = ExitSuccess;
    auto input = zonesInput(context, exitStatus);
    if (!input) {
        if (exitStatus != ExitSuccess)
            return exitStatus; // the store reported it
        return context.fail(ExitBadInput, input.errorMessage());
    }
    const double vdot = vdotFromRace(input->race.distance, input->race.time);
    const TrainingPaces paces = trainingPaces(vdot);
    if (context.json())
        context.printJson(zonesJson(input->race, vdot, paces));
    else
        printZonesTable(context.out(), *input, vdot, paces);
    return ExitSuccess;
}

} // namespace paceline::cli
