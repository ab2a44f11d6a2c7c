#include "Conversion.h"

#include "LapKinds.h"
#include "LegTotals.h"
#include "PlanMatching.h"
#include "core/science/Stability.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace paceline {

namespace {

// QDateTime's offsets stop at +-14 h; a file claiming more is wrong, not exotic.
constexpr int kMaxUtcOffsetSeconds = 14 * 3600;

bool plausibleOffset(const std::optional<int>& offset)
{
    return offset && std::abs(*offset) <= kMaxUtcOffsetSeconds;
}

/// The store keeps an RPE from 0 to 10; anything else (a CSV from another program,
/// NaN) is dropped rather than failing the whole file.
std::optional<double> plausibleRpe(const std::optional<double>& rpe)
{
    if (rpe && std::isfinite(*rpe) && *rpe >= 0.0 && *rpe <= 10.0)
        return rpe;
    return std::nullopt;
}

/// The leg's own offset, else the file's, else the computer's zone at that instant.
int utcOffsetAt(const QDateTime& utc, const RecordedSession& leg, const Recording& recording,
                const QTimeZone& fallback)
{
    if (plausibleOffset(leg.utcOffsetSeconds))
        return *leg.utcOffsetSeconds;
    if (plausibleOffset(recording.utcOffsetSeconds))
        return *recording.utcOffsetSeconds;
    return fallback.isValid() ? fallback.offsetFromUtc(utc) : 0;
}

/// The leg's start with the athlete's offset then, so localDate() is their day.
QDateTime localStart(const RecordedSession& leg, const Recording& recording,
                     const QTimeZone& fallback)
{
    const QDateTime utc = legStartUtc(leg);
    if (!utc.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), Qt::OffsetFromUTC,
                                         utcOffsetAt(utc, leg, recording, fallback));
}

/// Reps of one leg, one per lap (laps with neither time nor distance left out), or one
/// from the leg's totals when the file has no laps (not for Paceline's CSV: a session
/// logged there without reps stays without).
struct LegReps {
    std::vector<Rep> reps;
    std::vector<bool> keptKinds; ///< the rep's kind came from the file (CSV)
};

LegReps repsOfLeg(const RecordedSession& leg, bool isCsv, Sport sport,
                  const std::optional<TrainingPaces>& paces, const LoggedSession& totals)
{
    LegReps result;
    const std::vector<RecordedLap> laps = usableLaps(leg.laps);
    if (laps.empty()) {
        if (!isCsv)
            result.reps.push_back(repFromTotals(leg, totals));
        result.keptKinds.resize(result.reps.size(), false);
        return result;
    }
    const std::vector<RepKind> kinds = classifyLaps(laps, sport, paces);
    for (std::size_t i = 0; i < laps.size(); ++i) {
        result.reps.push_back(repFromLap(laps[i], kinds[i]));
        result.keptKinds.push_back(laps[i].kind.has_value());
    }
    return result;
}

QString defaultTitle(Sport sport, const QString& fileName)
{
    return QStringLiteral("%1 from %2").arg(enumLabel(sport), fileName);
}

/// The first planned session of that day and sport not taken by an earlier leg.
const PlannedSession* planFor(const LoggedSession& session, const ConversionContext& context,
                              std::vector<bool>& taken)
{
    const PlannedSession* best = nullptr;
    std::size_t bestIndex = 0;
    for (std::size_t i = 0; i < context.planned.size(); ++i) {
        const PlannedSession& plan = context.planned[i];
        if (taken[i] || plan.date != session.localDate() || plan.sport != session.sport)
            continue;
        if (!best || plan.orderInDay < best->orderInDay) {
            best = &plan;
            bestIndex = i;
        }
    }
    if (best)
        taken[bestIndex] = true;
    return best;
}

/// Leg names in the file's words, counted, for "skipped the transition legs".
class SkippedLegs {
public:
    void add(const QString& sportName)
    {
        ++m_counts[sportName.isEmpty() ? QStringLiteral("unnamed") : sportName];
    }
    void addNotesTo(QStringList& notes) const
    {
        for (const auto& [name, count] : m_counts) {
            const QString legs = count == 1 ? QStringLiteral("leg") : QStringLiteral("legs");
            if (name == QLatin1String("transition"))
                notes << QStringLiteral("skipped the transition %1").arg(legs);
            else
                notes << QStringLiteral("skipped the %1 %2 (Paceline does not log that sport)")
                             .arg(name, legs);
        }
    }

private:
    std::map<QString, int> m_counts;
};

struct LegConversion {
    std::optional<LoggedSession> session;
    QString note;
};

LegConversion convertLeg(const RecordedSession& leg, const Recording& recording,
                         const ConversionContext& context, std::vector<bool>& plansTaken)
{
    const Sport sport = *leg.sport;
    const QString sportWord = enumLabel(sport).toLower();
    LoggedSession session = totalsOfLeg(leg);
    session.athleteId = context.athlete.id;
    session.sport = sport;
    session.start = localStart(leg, recording, context.fallbackZone);
    if (!session.start.isValid())
        return {std::nullopt,
                QStringLiteral("skipped a %1 leg without a start time").arg(sportWord)};
    // A leg started and stopped at once records 0 m: that is no distance either.
    if (session.duration.seconds <= 0.0 && !(session.distance && session.distance->metres > 0.0))
        return {std::nullopt, QStringLiteral("skipped an empty %1 leg").arg(sportWord)};
    const std::optional<TrainingPaces> paces = athletePaces(context.athlete);
    LegReps reps = repsOfLeg(leg, recording.format == QLatin1String("csv"), sport, paces, session);
    session.reps = std::move(reps.reps);
    session.title = leg.title.isEmpty() ? defaultTitle(sport, recording.fileName) : leg.title;
    session.sessionRpe = plausibleRpe(leg.sessionRpe);
    session.notes = leg.notes;

    QString note;
    StepTree plannedSteps;
    if (const PlannedSession* plan = planFor(session, context, plansTaken)) {
        session.plannedSessionId = plan->id;
        if (leg.title.isEmpty() && !plan->name.isEmpty())
            session.title = plan->name;
        note = planMatchNote(*plan, linkRepsToPlan(session.reps, reps.keptKinds, plan->steps));
        plannedSteps = plan->steps;
    }
    session.stability = sessionStability(session, plannedSteps, paces);
    return {std::move(session), note};
}

} // namespace

Conversion sessionsFromRecording(const Recording& recording, const ConversionContext& context)
{
    Conversion conversion;
    SkippedLegs skipped;
    std::vector<bool> plansTaken(context.planned.size(), false);
    const auto loggable = std::count_if(recording.sessions.begin(), recording.sessions.end(),
                                        [](const RecordedSession& leg) { return leg.sport; });
    for (const RecordedSession& leg : recording.sessions) {
        if (!leg.sport) {
            skipped.add(leg.sportName);
            continue;
        }
        LegConversion converted = convertLeg(leg, recording, context, plansTaken);
        if (!converted.note.isEmpty())
            conversion.notes << (loggable > 1 ? QStringLiteral("%1: %2").arg(enumLabel(*leg.sport),
                                                                             converted.note)
                                              : converted.note);
        if (converted.session)
            conversion.sessions.push_back(std::move(*converted.session));
    }
    skipped.addNotesTo(conversion.notes);
    return conversion;
}

} // namespace paceline
