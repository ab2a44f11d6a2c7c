// proposeFatigueAdjustment: what to do with the next hard day when the log shows
// fatigue (docs/planner.md, "Fatigue").

#include "FatigueAdvisor.h"

#include "TreeEdit.h"

#include <cmath>

namespace paceline {
namespace {

using namespace advice;

// Replacements are planned in whole 5 minutes, never under 20 (convention: shorter
// than that an easy session is hardly worth the changing).
constexpr Duration kReplacementRounding = Duration::fromMinutes(5);
constexpr Duration kMinReplacement = Duration::fromMinutes(20);
// Convention: an easy run of up to 40 min is a recovery run; longer, it is aerobic
// endurance work (Daniels' E running).
constexpr Duration kLongestRecoveryRun = Duration::fromMinutes(40);

struct HardSession {
    const PlannedSession* session = nullptr;
    QDate day;
    SessionLoad load;
};

std::optional<HardSession> nextHardSession(const std::vector<PlanDay>& upcoming,
                                           const EstimateContext& estimate)
{
    for (const PlanDay& day : upcoming) {
        for (const PlannedSession& session : day.sessions) {
            EstimateContext context = estimate;
            context.sport = session.sport;
            const SessionLoad load = sessionLoad(session.steps, context);
            if (load.hardness == Hardness::Hard)
                return HardSession{&session, day.date, load};
        }
    }
    return std::nullopt;
}

/// Triathletes get an easy ride; anyone else easy cross-training.
Sport crossTrainingSport(const std::vector<PlanDay>& upcoming, Sport hardSport)
{
    if (hardSport == Sport::Bike)
        return Sport::CrossTraining;
    for (const PlanDay& day : upcoming) {
        for (const PlannedSession& session : day.sessions) {
            if (session.sport == Sport::Bike || session.sport == Sport::Brick)
                return Sport::Bike;
        }
    }
    return Sport::CrossTraining;
}

Duration replacementDuration(Duration hard)
{
    const double rounded =
        std::round(hard.seconds / kReplacementRounding.seconds) * kReplacementRounding.seconds;
    return {std::isfinite(rounded) ? std::max(rounded, kMinReplacement.seconds)
                                   : kMinReplacement.seconds};
}

QString minutesText(Duration duration)
{
    return QStringLiteral("%1 min").arg(std::lround(duration.minutes()));
}

QString sessionName(const PlannedSession& session)
{
    return session.name.trimmed().isEmpty() ? QStringLiteral("session") : session.name.trimmed();
}

/// The session replaced by one easy step of `duration` in `sport`.
PlannedSession easyReplacement(const PlannedSession& hard, Sport sport, Duration duration,
                               const QString& kind)
{
    PlannedSession easy = hard;
    easy.templateId.reset();
    easy.sport = sport;
    easy.name = QStringLiteral("%1 (instead of %2)").arg(kind, sessionName(hard));
    easy.purpose = sport == Sport::Run && duration > kLongestRecoveryRun ? Purpose::AerobicEndurance
                                                                         : Purpose::Recovery;
    easy.steps = {StepNode{easyStep(StepKind::Work, duration, sport)}};
    return easy;
}

WeekFix replaceWith(const PlannedSession& hard, PlannedSession replacement, QString label)
{
    PlanChange change;
    change.session = hard.id;
    change.replacement = std::move(replacement);
    return WeekFix{std::move(label), {std::move(change)}};
}

/// "Thursday's 5 × 1 km @ I": how labels and messages name the session.
QString dayAndName(const HardSession& hard)
{
    // QDate::toString with a format uses English day names in Qt 6, as the other advice
    // messages do.
    return QStringLiteral("%1's %2").arg(hard.day.toString(QStringLiteral("dddd")),
                                         sessionName(*hard.session));
}

/// A runner's hard day becomes a steady run; a ride or swim an easy one of its kind.
WeekFix steadyOption(const HardSession& hard, Duration duration)
{
    const PlannedSession& session = *hard.session;
    const bool run = session.sport == Sport::Run || session.sport == Sport::Brick;
    const Sport sport = run ? Sport::Run : session.sport;
    return replaceWith(
        session,
        easyReplacement(session, sport, duration,
                        run ? QStringLiteral("Steady run") : QStringLiteral("Easy session")),
        QStringLiteral("Swap %1 for a %2 easy %3")
            .arg(dayAndName(hard), minutesText(duration),
                 run ? QStringLiteral("run") : QStringLiteral("session")));
}

WeekFix crossTrainingOption(const HardSession& hard, Duration duration,
                            const std::vector<PlanDay>& upcoming)
{
    const PlannedSession& session = *hard.session;
    const Sport sport = crossTrainingSport(upcoming, session.sport);
    const bool ride = sport == Sport::Bike;
    return replaceWith(
        session,
        easyReplacement(session, sport, duration,
                        ride ? QStringLiteral("Easy ride") : QStringLiteral("Cross-training")),
        QStringLiteral("Swap %1 for %2 of easy %3")
            .arg(dayAndName(hard), minutesText(duration),
                 ride ? QStringLiteral("riding") : QStringLiteral("cross-training")));
}

/// None when nothing in it can be cut.
std::optional<WeekFix> shorterOption(const HardSession& hard)
{
    const PlannedSession& session = *hard.session;
    PlannedSession shorter = session;
    shorter.steps = shortenHardBlocks(session.steps);
    if (shorter.steps == session.steps)
        return std::nullopt;
    shorter.name = QStringLiteral("%1 (shortened)").arg(sessionName(session));
    return replaceWith(session, std::move(shorter),
                       QStringLiteral("Cut the hard blocks of %1 to about two thirds, at the "
                                      "same paces")
                           .arg(dayAndName(hard)));
}

std::vector<WeekFix> options(const HardSession& hard, const std::vector<PlanDay>& upcoming)
{
    const Duration duration = replacementDuration(hard.load.duration);
    std::vector<WeekFix> fixes{steadyOption(hard, duration),
                               crossTrainingOption(hard, duration, upcoming)};
    if (std::optional<WeekFix> shorter = shorterOption(hard))
        fixes.push_back(std::move(*shorter));
    return fixes;
}

/// "acute:chronic load 1.62", "RPE rising at the same pace", ...
QString signalPhrase(const FatigueSignal& signal)
{
    if (signal.id == QLatin1String("fatigue.acwr"))
        return QStringLiteral("acute:chronic load %1").arg(QString::number(signal.value, 'f', 2));
    if (signal.id == QLatin1String("fatigue.monotony"))
        return QStringLiteral("training monotony %1").arg(QString::number(signal.value, 'f', 2));
    if (signal.id == QLatin1String("fatigue.rpe-rising"))
        return QStringLiteral("RPE rising at the same pace");
    if (signal.id == QLatin1String("fatigue.wellness"))
        return QStringLiteral("poor wellness");
    return signal.id;
}

/// "a, b and c".
QString joined(const std::vector<FatigueSignal>& triggers)
{
    QString text;
    for (size_t i = 0; i < triggers.size(); ++i) {
        if (i > 0)
            text += i + 1 == triggers.size() ? QStringLiteral(" and ") : QStringLiteral(", ");
        text += signalPhrase(triggers[i]);
    }
    return text;
}

} // namespace

std::optional<FatigueProposal> proposeFatigueAdjustment(const std::vector<FatigueSignal>& fatigue,
                                                        const std::vector<PlanDay>& upcoming,
                                                        const EstimateContext& estimate)
{
    if (fatigue.empty())
        return std::nullopt;
    const std::optional<HardSession> hard = nextHardSession(upcoming, estimate);
    if (!hard)
        return std::nullopt;

    FatigueProposal proposal;
    proposal.session = hard->session->id;
    proposal.day = hard->day;
    proposal.triggers = fatigue;
    proposal.message = QStringLiteral("Fatigue: %1. %2 is the next hard session: make it easy or "
                                      "shorter so the fatigue can clear before the next hard day.")
                           .arg(joined(fatigue), dayAndName(*hard));
    proposal.options = options(*hard, upcoming);
    return proposal;
}

} // namespace paceline
