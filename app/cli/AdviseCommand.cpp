// paceline-cli advise: the sequencing advisor's findings for a session.

#include "CliContext.h"
#include "Commands.h"
#include "RaceOptions.h"
#include "SessionInput.h"
#include "core/advice/SessionAdvisor.h"
#include "core/model/TimeText.h"
#include "core/science/Vdot.h"
#include "core/science/WeeklyVolume.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QJsonArray>

#include <cmath>

namespace paceline::cli {

namespace {

void addOptions(CliContext& context)
{
    addSessionInputOptions(context);
    addRaceOptions(context);
    context.parser().addOption(
        {QStringLiteral("weekly-km"),
         QStringLiteral("The athlete's weekly running distance in km, for the volume checks "
                        "(default: from the athlete's last four weeks in --db)."),
         QStringLiteral("km")});
    context.parser().addOption(
        {QStringLiteral("rules"), QStringLiteral("List the rules the advisor checks and exit.")});
    context.addJsonOption();
}

Result<std::optional<Distance>> weeklyDistance(const CliContext& context)
{
    if (!context.isSet(QStringLiteral("weekly-km")))
        return std::optional<Distance>{};
    const QString text = context.option(QStringLiteral("weekly-km"));
    bool ok = false;
    const double km = text.toDouble(&ok);
    if (!ok || !std::isfinite(km) || km <= 0.0 || km > 500.0)
        return Error{
            QStringLiteral("--weekly-km '%1' is not a distance from 0 to 500 km").arg(text)};
    return std::optional<Distance>{Distance::fromKilometres(km)};
}

/// The athlete's weekly running over the last four weeks of their log.
Result<std::optional<Distance>> weeklyDistanceFromLog(CliContext& context, int& exitStatus)
{
    auto store = context.openStore(exitStatus, /*readOnly=*/true);
    if (!store)
        return Error{};
    auto athlete = context.resolveAthlete(*store);
    if (!athlete)
        return athlete.error();
    const QDate today = QDate::currentDate();
    auto range = store->sessions().dayRange(athlete->id);
    if (!range)
        return range.error();
    if (!*range)
        return std::optional<Distance>{};
    auto loads = store->sessions().dailyLoads(athlete->id,
                                              today.addDays(-kWeeklyVolumeWindowDays + 1), today);
    if (!loads)
        return loads.error();
    return weeklyRunningDistance(*loads, (*range)->first, today);
}

QJsonArray pathsJson(const std::vector<StepPath>& paths)
{
    QJsonArray list;
    for (const StepPath& path : paths)
        list.append(pathText(path));
    return list;
}

QJsonObject findingJson(const Finding& finding)
{
    return {
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("severity"), enumId(finding.severity)},
        {QStringLiteral("steps"), pathsJson(finding.steps)},
        {QStringLiteral("message"), finding.message},
        {QStringLiteral("fix"),
         finding.fix ? QJsonValue(finding.fix->label) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject totalsJson(const SessionEstimate& estimate)
{
    QJsonObject zones;
    for (const auto& entry : enumEntries<PaceZone>()) {
        const double seconds = estimate.timeIn(entry.value).seconds;
        if (seconds > 0.0)
            zones.insert(QLatin1String(entry.id), roundTo(seconds, 0));
    }
    return {
        {QStringLiteral("duration_s"), roundTo(estimate.duration.seconds, 0)},
        {QStringLiteral("distance_m"), roundTo(estimate.distance.metres, 0)},
        {QStringLiteral("load"), roundTo(estimate.plannedLoad, 0)},
        {QStringLiteral("time_in_zone_s"), zones},
    };
}

void printRules(CliContext& context)
{
    if (context.json()) {
        QJsonArray rules;
        for (const RuleInfo& rule : sessionRules())
            rules.append(QJsonObject{{QStringLiteral("id"), QLatin1String(rule.id)},
                                     {QStringLiteral("summary"), QLatin1String(rule.summary)}});
        context.printJson({{QStringLiteral("rules"), rules}});
        return;
    }
    for (const RuleInfo& rule : sessionRules())
        context.out() << QStringLiteral("%1  %2\n")
                             .arg(QLatin1String(rule.id), -28)
                             .arg(QLatin1String(rule.summary));
}

void printAdvice(QTextStream& out, const std::vector<Finding>& findings,
                 const SessionEstimate& estimate, UnitSystem units)
{
    out << QStringLiteral("About %1, %2, load %3\n")
               .arg(formatDuration(estimate.duration), formatDistance(estimate.distance, units, 1))
               .arg(std::lround(estimate.plannedLoad));
    if (findings.empty()) {
        out << "Well sequenced: no findings.\n";
        return;
    }
    for (const Finding& finding : findings) {
        QStringList steps;
        for (const StepPath& path : finding.steps)
            steps << pathText(path);
        out << '\n'
            << enumLabel(finding.severity).toUpper() << "  " << finding.rule
            << (steps.isEmpty()
                    ? QString()
                    : QStringLiteral("  (steps %1)").arg(steps.join(QStringLiteral(", "))))
            << '\n'
            << "  " << finding.message << '\n';
        if (finding.fix)
            out << "  Fix: " << finding.fix->label << '\n';
    }
}

} // namespace

int runAdvise(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    if (context.isSet(QStringLiteral("rules"))) {
        printRules(context);
        return ExitSuccess;
    }
    auto session = sessionFromInput(context);
    if (!session)
        return context.fail(ExitBadInput, session.errorMessage());
    auto weekly = weeklyDistance(context);
    if (!weekly)
        return context.fail(ExitBadInput, weekly.errorMessage());
    int exitStatus = ExitSuccess;
    auto race = resolveRace(context, exitStatus);
    if (!race)
        return exitStatus != ExitSuccess ? exitStatus
                                         : context.fail(ExitBadInput, race.errorMessage());

    AdviceContext advice;
    advice.estimate.sport = session->sport;
    if (race->race)
        advice.estimate.paces = trainingPaces(vdotFromRace(race->race->distance, race->race->time));
    advice.purpose = session->purpose;
    advice.weeklyDistance = *weekly;
    if (!advice.weeklyDistance && !race->athleteName.isEmpty()) {
        // Without --weekly-km the athlete's own recent running sets the volume caps.
        auto logged = weeklyDistanceFromLog(context, exitStatus);
        if (!logged)
            return exitStatus != ExitSuccess ? exitStatus
                                             : context.fail(ExitFailure, logged.errorMessage());
        advice.weeklyDistance = *logged;
    }
    const std::vector<Finding> findings = adviseSession(session->steps, advice);
    const SessionEstimate estimate = estimateSession(session->steps, advice.estimate);

    if (context.json()) {
        QJsonArray list;
        for (const Finding& finding : findings)
            list.append(findingJson(finding));
        context.printJson(
            {{QStringLiteral("findings"), list}, {QStringLiteral("totals"), totalsJson(estimate)}});
    } else {
        printAdvice(context.out(), findings, estimate, race->units);
    }
    return ExitSuccess;
}

} // namespace paceline::cli
