// The race a command derives paces from: given on the command line, or the
// athlete's recent race from the log. Shared by zones and advise.

#include "RaceOptions.h"

#include "core/model/AthleteValidation.h"
#include "core/model/TimeText.h"
#include "core/science/RaceDistances.h"
#include "core/store/LogStore.h"

#include <cmath>

namespace paceline::cli {

namespace {

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

} // namespace

void addRaceOptions(CliContext& context)
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
                      QStringLiteral("km or mi (default: the athlete's, else km)."),
                      QStringLiteral("units")});
    context.addDatabaseOption();
    context.addAthleteOption();
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

Result<RaceSource> resolveRace(CliContext& context, int& exitStatus)
{
    RaceSource source;
    const bool raceGiven = context.isSet(QStringLiteral("race")) ||
                           context.isSet(QStringLiteral("distance")) ||
                           context.isSet(QStringLiteral("time"));
    const bool athleteGiven =
        context.isSet(QStringLiteral("db")) || context.isSet(QStringLiteral("athlete"));
    if (raceGiven) {
        auto race = raceFromOptions(context);
        if (!race)
            return race.error();
        source.race = *race;
    }
    if (athleteGiven) {
        auto store = context.openStore(exitStatus, /*readOnly=*/true);
        if (!store)
            return Error{}; // already reported
        auto athlete = context.resolveAthlete(*store);
        if (!athlete)
            return athlete.error();
        source.units = athlete->units;
        source.athleteName = athlete->name;
        if (!raceGiven)
            source.race = athlete->recentRace;
    }
    if (context.isSet(QStringLiteral("units"))) {
        const QString text = context.option(QStringLiteral("units"));
        auto units = enumFromId<UnitSystem>(text);
        if (!units)
            return Error{QStringLiteral("--units '%1' is not km or mi").arg(text)};
        source.units = *units;
    }
    return source;
}

double roundTo(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace paceline::cli
