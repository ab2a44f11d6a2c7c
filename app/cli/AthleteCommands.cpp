// paceline-cli athletes / add-athlete: who is in a log.

#include "CliContext.h"
#include "Commands.h"
#include "core/io/ModelJson.h"
#include "core/model/AthleteValidation.h"
#include "core/model/TimeText.h"
#include "core/science/RaceDistances.h"
#include "core/science/Vdot.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"

#include <QJsonArray>

namespace paceline::cli {

namespace {

QString raceSummary(const Athlete& athlete)
{
    if (!athlete.recentRace)
        return QStringLiteral("no race");
    const RaceResult& race = *athlete.recentRace;
    return QStringLiteral("%1 in %2, VDOT %3")
        .arg(formatDistance(race.distance, athlete.units, 2), formatDuration(race.time))
        .arg(vdotFromRace(race.distance, race.time), 0, 'f', 1);
}

Result<std::optional<int>> heartRateOption(const CliContext& context, const QString& name)
{
    if (!context.isSet(name))
        return std::optional<int>{};
    auto value = context.intOption(name, kMinHeartRate, kMaxHeartRate, 0);
    if (!value)
        return value.error();
    return std::optional<int>{*value};
}

Result<SportSet> sportsOption(const CliContext& context)
{
    if (!context.isSet(QStringLiteral("sports")))
        return SportSet{Sport::Run};
    SportSet sports;
    for (const QString& id : context.option(QStringLiteral("sports")).split(QLatin1Char(','))) {
        auto sport = enumFromId<Sport>(id.trimmed());
        if (!sport)
            return Error{
                QStringLiteral("--sports: '%1' is not one of %2").arg(id, enumIdList<Sport>())};
        sports.insert(*sport);
    }
    return sports;
}

Result<std::optional<RaceResult>> raceOption(const CliContext& context)
{
    const bool hasRace = context.isSet(QStringLiteral("race"));
    const bool hasTime = context.isSet(QStringLiteral("race-time"));
    if (!hasRace && !hasTime)
        return std::optional<RaceResult>{};
    if (!hasRace || !hasTime)
        return Error{QStringLiteral("give both --race and --race-time for a recent race")};
    const QString name = context.option(QStringLiteral("race"));
    auto distance = standardRaceDistance(name);
    if (!distance)
        return Error{QStringLiteral("--race '%1' is not a known race (1500m, mile, 3k, 5k, 10k, "
                                    "15k, half, marathon)")
                         .arg(name)};
    auto time = parseDuration(context.option(QStringLiteral("race-time")));
    if (!time)
        return Error{QStringLiteral("--race-time: %1").arg(time.errorMessage())};
    return std::optional<RaceResult>{RaceResult{*distance, *time, {}}};
}

/// Builds the athlete from the options; every error names the option and value.
Result<Athlete> athleteFromOptions(const CliContext& context)
{
    Athlete athlete;
    athlete.name = context.option(QStringLiteral("name")).trimmed();
    if (context.isSet(QStringLiteral("sex"))) {
        const QString text = context.option(QStringLiteral("sex"));
        auto sex = enumFromId<Sex>(text);
        if (!sex)
            return Error{
                QStringLiteral("--sex '%1' is not one of %2").arg(text, enumIdList<Sex>())};
        athlete.sex = *sex;
    }
    if (context.isSet(QStringLiteral("units"))) {
        const QString text = context.option(QStringLiteral("units"));
        auto units = enumFromId<UnitSystem>(text);
        if (!units)
            return Error{QStringLiteral("--units '%1' is not km or mi").arg(text)};
        athlete.units = *units;
    }
    auto maxHr = heartRateOption(context, QStringLiteral("max-hr"));
    if (!maxHr)
        return maxHr.error();
    auto restingHr = heartRateOption(context, QStringLiteral("resting-hr"));
    if (!restingHr)
        return restingHr.error();
    auto sports = sportsOption(context);
    if (!sports)
        return sports.error();
    auto race = raceOption(context);
    if (!race)
        return race.error();
    athlete.maxHeartRate = *maxHr;
    athlete.restingHeartRate = *restingHr;
    athlete.sports = *sports;
    athlete.recentRace = *race;
    if (Status valid = validateAthlete(athlete); !valid)
        return valid.error();
    return athlete;
}

} // namespace

int runAthletes(CliContext& context)
{
    context.addDatabaseOption();
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;
    int exitStatus = ExitSuccess;
    auto store = context.openStore(exitStatus, /*readOnly=*/true);
    if (!store)
        return exitStatus;
    auto athletes = store->athletes().all();
    if (!athletes)
        return context.fail(ExitFailure, athletes.errorMessage());

    if (context.json()) {
        QJsonArray list;
        for (const Athlete& athlete : *athletes)
            list.append(athleteToJson(athlete));
        context.printJson({{QStringLiteral("athletes"), list}});
        return ExitSuccess;
    }
    if (athletes->empty())
        context.out() << "No athletes yet. Add one with: paceline-cli add-athlete --name NAME\n";
    for (const Athlete& athlete : *athletes)
        context.out() << athlete.name << " (" << raceSummary(athlete) << ")\n";
    return ExitSuccess;
}

int runAddAthlete(CliContext& context)
{
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("name"), QStringLiteral("The athlete's name (required)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("sex"),
                      QStringLiteral("female, male or unspecified (for heart-rate load)."),
                      QStringLiteral("sex")});
    parser.addOption({QStringLiteral("max-hr"), QStringLiteral("Maximum heart rate, bpm."),
                      QStringLiteral("bpm")});
    parser.addOption({QStringLiteral("resting-hr"), QStringLiteral("Resting heart rate, bpm."),
                      QStringLiteral("bpm")});
    parser.addOption(
        {QStringLiteral("race"),
         QStringLiteral("A recent race: 1500m, mile, 3k, 5k, 10k, 15k, half, marathon."),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("race-time"), QStringLiteral("Its time: mm:ss or h:mm:ss."),
                      QStringLiteral("time")});
    parser.addOption(
        {QStringLiteral("units"), QStringLiteral("km (default) or mi."), QStringLiteral("units")});
    parser.addOption({QStringLiteral("sports"),
                      QStringLiteral("Comma-separated: run, bike, swim (default: run)."),
                      QStringLiteral("list")});
    context.addDatabaseOption();
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;

    auto athlete = athleteFromOptions(context);
    if (!athlete)
        return context.fail(ExitBadInput, athlete.errorMessage());
    int exitStatus = ExitSuccess;
    auto store = context.openStore(exitStatus);
    if (!store)
        return exitStatus;
    auto existing = store->athletes().findByName(athlete->name);
    if (!existing)
        return context.fail(ExitFailure, existing.errorMessage());
    if (*existing) {
        return context.fail(
            ExitBadInput,
            QStringLiteral("the log already has an athlete named '%1'").arg(athlete->name));
    }
    if (Status saved = store->athletes().insert(*athlete); !saved)
        return context.fail(ExitFailure, saved.errorMessage());

    if (context.json())
        context.printJson(athleteToJson(*athlete));
    else
        context.out() << "Added " << athlete->name << " to " << store->path() << '\n';
    return ExitSuccess;
}

} // namespace paceline::cli
