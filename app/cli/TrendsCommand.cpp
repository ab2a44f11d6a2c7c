// paceline-cli trends: week by week, is the pace steadier, does the same effort give
// a faster pace, does the same pace feel easier (docs/formulas.md, "Trends").

#include "AnalysisOptions.h"
#include "CliContext.h"
#include "Commands.h"
#include "TemplateLookup.h"
#include "TrendBands.h"
#include "TrendsOutput.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

namespace paceline::cli {

namespace {

// Hard but sustainable: the efforts of threshold and interval reps, which most
// athletes repeat often enough for a weekly median.
constexpr double kDefaultRpeLow = 7.0;
constexpr double kDefaultRpeHigh = 8.0;

struct TrendsRequest {
    DayRangeOptions range;
    QString templateName;
    std::optional<Sport> sport;
    EffortBand rpeBand;
    std::optional<PaceRange> paceBand;
};

void addOptions(CliContext& context)
{
    addDayRangeOptions(context, QStringLiteral("the first logged day"),
                       QStringLiteral("the last logged day"));
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("template"),
                      QStringLiteral("Only sessions logged against plans made from this template."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("sport"),
                      QStringLiteral("Only sessions of this sport: %1 (default: the template's, "
                                     "else run).")
                          .arg(enumIdList<Sport>()),
                      QStringLiteral("sport")});
    parser.addOption({QStringLiteral("rpe"),
                      QStringLiteral("The RPE band of the pace-at-effort trend (default: 7-8)."),
                      QStringLiteral("low-high")});
    parser.addOption({QStringLiteral("hr"),
                      QStringLiteral("Judge the pace-at-effort trend by the reps' average heart "
                                     "rate in this band (bpm) instead of RPE, e.g. 150-160."),
                      QStringLiteral("low-high")});
    parser.addOption({QStringLiteral("pace"),
                      QStringLiteral("The pace band per km of the effort-at-pace trend, "
                                     "e.g. 3:55-4:05 (default: the athlete's T pace +-2 %)."),
                      QStringLiteral("mm:ss-mm:ss")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

Result<TrendsRequest> requestFromOptions(const CliContext& context)
{
    auto range = dayRangeFromOptions(context);
    if (!range)
        return range.error();
    TrendsRequest request{*range, context.option(QStringLiteral("template")), {}, {}, {}};
    if (context.isSet(QStringLiteral("sport"))) {
        const QString text = context.option(QStringLiteral("sport"));
        request.sport = enumFromId<Sport>(text);
        if (!request.sport)
            return Error{
                QStringLiteral("--sport '%1' is not one of %2").arg(text, enumIdList<Sport>())};
    }
    request.rpeBand.rpeLow = kDefaultRpeLow;
    request.rpeBand.rpeHigh = kDefaultRpeHigh;
    if (context.isSet(QStringLiteral("rpe"))) {
        auto band = rpeBandFromText(QStringLiteral("rpe"), context.option(QStringLiteral("rpe")));
        if (!band)
            return band.error();
        request.rpeBand = *band;
    }
    if (context.isSet(QStringLiteral("hr"))) {
        if (context.isSet(QStringLiteral("rpe")))
            return Error{QStringLiteral("--rpe and --hr both choose the pace-at-effort reps: "
                                        "give one of them")};
        auto band =
            heartRateBandFromText(QStringLiteral("hr"), context.option(QStringLiteral("hr")));
        if (!band)
            return band.error();
        request.rpeBand = *band;
    }
    if (context.isSet(QStringLiteral("pace"))) {
        auto band =
            paceBandFromText(QStringLiteral("pace"), context.option(QStringLiteral("pace")));
        if (!band)
            return band.error();
        request.paceBand = *band;
    }
    return request;
}

Trend trendOf(std::vector<WeeklyValue> weeks)
{
    const std::optional<double> slope = slopePerWeek(weeks);
    return {std::move(weeks), slope};
}

/// The RPE-at-pace band: --pace, else the athlete's T pace; a note says why there is
/// none.
std::optional<PaceTrend> paceTrendBand(const TrendsRequest& request, const Athlete& athlete,
                                       TrendsReport& report)
{
    if (request.paceBand)
        return PaceTrend{*request.paceBand, false, {}};
    if (const std::optional<PaceRange> threshold = thresholdPaceBand(athlete))
        return PaceTrend{*threshold, true, {}};
    report.notes << QStringLiteral("RPE at pace is left out: %1 has no race to take a T pace "
                                   "from; give a band with --pace MM:SS-MM:SS")
                        .arg(athlete.name);
    return std::nullopt;
}

/// Reads the samples of the report's days and computes the three trends.
Status fillTrends(const SessionStore& store, const Athlete& athlete, const TrendFilter& filter,
                  TrendsReport& report)
{
    if (!report.days)
        return {};
    const auto [first, last] = *report.days;
    auto stability = store.stabilitySamples(athlete.id, first, last);
    if (!stability)
        return stability.error();
    auto reps = store.workRepSamples(athlete.id, first, last);
    if (!reps)
        return reps.error();
    report.stability = trendOf(stabilityTrend(*stability, filter));
    report.paceAtRpe = trendOf(paceAtEffortTrend(*reps, report.rpeBand, filter));
    if (report.rpeAtPace)
        report.rpeAtPace->trend = trendOf(effortAtPaceTrend(*reps, report.rpeAtPace->band, filter));
    return {};
}

/// The days, filter and bands of the report, from the request and the log's range.
TrendFilter prepareReport(const TrendsRequest& request, const Athlete& athlete,
                          const std::optional<SessionTemplate>& chosen,
                          const std::optional<std::pair<QDate, QDate>>& logged,
                          TrendsReport& report)
{
    report.days = analysedDays(request.range, logged);
    // A template's sessions are of its sport; without one, running is what paces mean.
    report.sport = request.sport.value_or(chosen ? chosen->sport : Sport::Run);
    report.templateName = chosen ? chosen->name : QString();
    report.rpeBand = request.rpeBand;
    report.rpeAtPace = paceTrendBand(request, athlete, report);
    TrendFilter filter;
    filter.sport = report.sport;
    if (chosen)
        filter.templateId = chosen->id;
    return filter;
}

} // namespace

int runTrends(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    auto request = requestFromOptions(context);
    if (!request)
        return context.fail(ExitBadInput, request.errorMessage());
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    std::optional<SessionTemplate> chosen;
    if (!request->templateName.isEmpty()) {
        chosen = templateByName(context, *log->store, request->templateName, exitStatus);
        if (!chosen)
            return exitStatus;
    }
    const SessionStore& sessions = log->store->sessions();
    auto logged = sessions.dayRange(log->athlete.id);
    if (!logged)
        return context.fail(ExitFailure, logged.errorMessage());
    TrendsReport report;
    const TrendFilter filter = prepareReport(*request, log->athlete, chosen, *logged, report);
    if (const Status filled = fillTrends(sessions, log->athlete, filter, report); !filled)
        return context.fail(ExitFailure, filled.errorMessage());
    if (context.json())
        context.printJson(trendsJson(log->athlete, report));
    else
        printTrends(context.out(), log->athlete, report);
    return ExitSuccess;
}

} // namespace paceline::cli
