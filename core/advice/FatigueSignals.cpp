// The four fatigue signals read from the log (docs/planner.md, "Fatigue").

#include "FatigueAdvisor.h"
#include "FatigueThresholds.h"

#include <algorithm>
#include <cmath>

namespace paceline {
namespace {

using namespace advice;

QString twoDecimals(double value)
{
    return QString::number(value, 'f', 2);
}

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

FatigueSignal makeSignal(const char* id, double value, double threshold, QString message)
{
    return {QString::fromLatin1(id), std::move(message), value, threshold};
}

std::optional<FatigueSignal> acuteChronicSignal(const LoadRatios& ratios)
{
    if (!ratios.acuteChronicRatio || !std::isfinite(*ratios.acuteChronicRatio))
        return std::nullopt;
    const double ratio = *ratios.acuteChronicRatio;
    if (ratio <= kAcuteChronicLimit)
        return std::nullopt;
    return makeSignal("fatigue.acwr", ratio, kAcuteChronicLimit,
                      QStringLiteral("Acute:chronic load %1, above %2: this week's load is well "
                                     "above what the last four weeks prepared for")
                          .arg(twoDecimals(ratio), oneDecimal(kAcuteChronicLimit)));
}

std::optional<FatigueSignal> monotonySignal(const LoadRatios& ratios, size_t days)
{
    if (days < size_t(kMonotonyDays) || !ratios.monotony || !std::isfinite(*ratios.monotony))
        return std::nullopt;
    const double monotony = *ratios.monotony;
    if (monotony <= kMonotonyLimit)
        return std::nullopt;
    return makeSignal("fatigue.monotony", monotony, kMonotonyLimit,
                      QStringLiteral("Training monotony %1 over the last 7 days, above %2: the "
                                     "days are too alike, with no truly easy day to absorb the "
                                     "hard ones")
                          .arg(twoDecimals(monotony), oneDecimal(kMonotonyLimit)));
}

// --- RPE at the same pace ------------------------------------------------------------

struct RatedRep {
    double secondsPerKm = 0.0;
    double rpe = 0.0;
};

bool isRatedRunRep(const Rep& rep)
{
    return rep.kind == RepKind::Work && rep.distance && rep.distance->metres > 0.0 &&
           rep.time.seconds > 0.0 && rep.rpe && std::isfinite(*rep.rpe) &&
           std::isfinite(rep.distance->metres) && std::isfinite(rep.time.seconds);
}

/// Rated work reps of the run sessions logged from `first` to `last` (inclusive).
std::vector<RatedRep> ratedReps(const std::vector<LoggedSession>& sessions, QDate first, QDate last)
{
    std::vector<RatedRep> reps;
    for (const LoggedSession& session : sessions) {
        const QDate day = session.localDate();
        if (session.sport != Sport::Run || !day.isValid() || day < first || day > last)
            continue;
        for (const Rep& rep : session.reps) {
            if (isRatedRunRep(rep))
                reps.push_back({rep.time.seconds * 1000.0 / rep.distance->metres, *rep.rpe});
        }
    }
    return reps;
}

bool samePace(double a, double b)
{
    return std::abs(a - b) <= kSamePaceTolerance * a;
}

std::optional<FatigueSignal> rpeRisingSignal(const FatigueInput& input)
{
    const QDate recentFirst = input.today.addDays(1 - kRecentDays);
    const QDate baselineFirst = recentFirst.addDays(-kBaselineDays);
    const std::vector<RatedRep> recent = ratedReps(input.recentSessions, recentFirst, input.today);
    const std::vector<RatedRep> baseline =
        ratedReps(input.recentSessions, baselineFirst, recentFirst.addDays(-1));

    // Each recent rep against the mean RPE of the earlier reps at its pace.
    int matched = 0;
    double riseSum = 0.0;
    for (const RatedRep& rep : recent) {
        double earlierSum = 0.0;
        int earlierCount = 0;
        for (const RatedRep& earlier : baseline) {
            if (samePace(rep.secondsPerKm, earlier.secondsPerKm)) {
                earlierSum += earlier.rpe;
                ++earlierCount;
            }
        }
        if (earlierCount == 0)
            continue;
        riseSum += rep.rpe - earlierSum / earlierCount;
        ++matched;
    }
    if (matched < kMinMatchedReps)
        return std::nullopt;
    const double rise = riseSum / matched;
    if (rise < kRpeRiseLimit)
        return std::nullopt;
    return makeSignal(
        "fatigue.rpe-rising", rise, kRpeRiseLimit,
        QStringLiteral("RPE rising at the same pace: %1 reps in the last 7 days felt %2 "
                       "points harder on average than reps at the same pace in "
                       "the 3 weeks before (a rise of %3 point or more is a sign "
                       "of fatigue)")
            .arg(matched)
            .arg(oneDecimal(rise))
            .arg(QString::number(kRpeRiseLimit, 'g', 3)));
}

// --- Wellness -----------------------------------------------------------------------

std::optional<double> meanScore(const Wellness& wellness)
{
    double sum = 0.0;
    int count = 0;
    for (const std::optional<int>& score :
         {wellness.sleep, wellness.soreness, wellness.energy, wellness.mood, wellness.legStiffness,
          wellness.breathing}) {
        if (score) {
            sum += *score;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

/// The last kWellnessSessions sessions up to today that carry any wellness score,
/// latest first.
std::vector<const LoggedSession*> lastRatedSessions(const FatigueInput& input)
{
    std::vector<const LoggedSession*> rated;
    for (const LoggedSession& session : input.recentSessions) {
        if (!session.wellness.isEmpty() && session.localDate().isValid() &&
            session.localDate() <= input.today)
            rated.push_back(&session);
    }
    std::stable_sort(rated.begin(), rated.end(),
                     [](const auto* a, const auto* b) { return a->start > b->start; });
    if (rated.size() > size_t(kWellnessSessions))
        rated.resize(kWellnessSessions);
    return rated;
}

std::optional<FatigueSignal> wellnessSignal(const FatigueInput& input)
{
    const std::vector<const LoggedSession*> rated = lastRatedSessions(input);
    if (rated.size() < size_t(kMinRatedSessions))
        return std::nullopt;
    double sum = 0.0;
    int poorSleep = 0;
    for (const LoggedSession* session : rated) {
        sum += meanScore(session->wellness).value_or(0.0);
        if (session->wellness.sleep && *session->wellness.sleep <= kPoorSleepScore)
            ++poorSleep;
    }
    const double mean = sum / double(rated.size());
    const int sessions = int(rated.size());
    if (mean <= kPoorWellnessLimit) {
        return makeSignal("fatigue.wellness", mean, kPoorWellnessLimit,
                          QStringLiteral("Poor wellness: %1 of 5 on average over the last %2 "
                                         "sessions, at or below %3 (3 is normal)")
                              .arg(oneDecimal(mean))
                              .arg(sessions)
                              .arg(oneDecimal(kPoorWellnessLimit)));
    }
    if (poorSleep >= kPoorSleepNights) {
        return makeSignal("fatigue.wellness", poorSleep, kPoorSleepNights,
                          QStringLiteral("Poor sleep: rated %1 or less before %2 of the last %3 "
                                         "sessions")
                              .arg(kPoorSleepScore)
                              .arg(poorSleep)
                              .arg(sessions));
    }
    return std::nullopt;
}

} // namespace

std::vector<FatigueSignal> fatigueSignals(const FatigueInput& input)
{
    std::vector<FatigueSignal> signalList;
    if (!input.today.isValid())
        return signalList;
    const LoadRatios ratios = loadRatios(input.dailyLoad);
    const auto add = [&signalList](std::optional<FatigueSignal> found) {
        if (found)
            signalList.push_back(std::move(*found));
    };
    if (input.dailyLoad.size() >= size_t(kAcuteChronicDays))
        add(acuteChronicSignal(ratios));
    add(monotonySignal(ratios, input.dailyLoad.size()));
    add(rpeRisingSignal(input));
    add(wellnessSignal(input));
    return signalList;
}

} // namespace paceline
