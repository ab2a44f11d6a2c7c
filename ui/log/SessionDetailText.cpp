#include "SessionDetailText.h"

#include "core/model/StepPath.h"
#include "core/model/TimeText.h"
#include "ui/models/StepText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

const QString kSeparator = QStringLiteral(" · ");

void addScore(QStringList& parts, const char* label, const std::optional<int>& score)
{
    if (score)
        parts << translated("%1 %2/5").arg(translated(label)).arg(*score);
}

} // namespace

QString sessionWhenText(const LoggedSession& session)
{
    const QString when =
        QLocale().toString(session.start.date(), QStringLiteral("ddd d MMM yyyy")) +
        QStringLiteral(", ") + QLocale().toString(session.start.time(), QStringLiteral("HH:mm"));
    return when + kSeparator + enumLabel(session.sport);
}

QString sessionFactsText(const LoggedSession& session, UnitSystem units)
{
    QStringList parts;
    if (session.distance)
        parts << formatDistance(*session.distance, units, 2);
    if (session.duration.seconds > 0.0)
        parts << formatDuration(session.duration);
    if (session.distance && session.duration.seconds > 0.0 && session.sport == Sport::Run)
        parts << formatPace(*session.distance / session.duration, units);
    if (session.sessionRpe)
        parts << translated("session RPE %1").arg(QString::number(*session.sessionRpe, 'g', 3));
    if (session.avgHeartRate && session.maxHeartRate)
        parts << translated("HR %1 avg, %2 max")
                     .arg(*session.avgHeartRate)
                     .arg(*session.maxHeartRate);
    else if (session.avgHeartRate)
        parts << translated("HR %1 avg").arg(*session.avgHeartRate);
    else if (session.maxHeartRate)
        parts << translated("HR %1 max").arg(*session.maxHeartRate);
    return parts.join(kSeparator);
}

QString wellnessText(const Wellness& wellness)
{
    QStringList parts;
    addScore(parts, QT_TRANSLATE_NOOP("paceline", "Sleep"), wellness.sleep);
    addScore(parts, QT_TRANSLATE_NOOP("paceline", "Soreness"), wellness.soreness);
    addScore(parts, QT_TRANSLATE_NOOP("paceline", "Energy"), wellness.energy);
    addScore(parts, QT_TRANSLATE_NOOP("paceline", "Mood"), wellness.mood);
    addScore(parts, QT_TRANSLATE_NOOP("paceline", "Leg stiffness"), wellness.legStiffness);
    addScore(parts, QT_TRANSLATE_NOOP("paceline", "Breathing"), wellness.breathing);
    return parts.join(kSeparator);
}

OutcomeStyle outcomeStyle(const PlannedStepResult& result)
{
    switch (result.outcome) {
    case StepOutcome::Completed:
        return {QStringLiteral("✓"), translated("completed"), QColor(0x2e, 0x7d, 0x32)};
    case StepOutcome::Shortened:
        return {QStringLiteral("◐"),
                translated("shortened (%1 % done)").arg(std::lround(result.fraction * 100.0)),
                QColor(0xb2, 0x6a, 0x00)};
    case StepOutcome::Skipped:
        break;
    }
    return {QStringLiteral("✗"), translated("skipped"), QColor(0xc6, 0x28, 0x28)};
}

QString plannedStepText(const PlannedStepResult& result, const StepTree& plannedSteps,
                        UnitSystem units)
{
    QStringList what;
    if (const Step* step = stepAt(plannedSteps, result.path)) {
        what << stepKindText(*step);
        if (const QString amount = displayAmount(step->target, units); !amount.isEmpty())
            what << amount;
        if (const QString intensity = displayIntensity(step->intensity, units);
            !intensity.isEmpty())
            what << intensity;
    } else {
        what << translated("Step %1").arg(pathText(result.path));
    }
    const OutcomeStyle style = outcomeStyle(result);
    return translated("%1, #%2: %3 %4")
        .arg(what.join(QLatin1Char(' ')))
        .arg(result.occurrence + 1)
        .arg(style.symbol, style.word);
}

QString planSummaryText(const std::vector<PlannedStepResult>& results)
{
    const auto count = [&](StepOutcome outcome) {
        return int(std::count_if(results.begin(), results.end(), [outcome](const auto& result) {
            return result.outcome == outcome;
        }));
    };
    const int completed = count(StepOutcome::Completed);
    const int total = int(results.size());
    if (completed == total)
        return total == 1 ? translated("The planned step was completed")
                          : translated("All %1 planned steps completed").arg(total);
    QStringList parts;
    parts << translated("%1 completed").arg(completed);
    if (const int shortened = count(StepOutcome::Shortened); shortened > 0)
        parts << translated("%1 shortened").arg(shortened);
    if (const int skipped = count(StepOutcome::Skipped); skipped > 0)
        parts << translated("%1 skipped").arg(skipped);
    return translated("%1 (of %2 planned steps)").arg(parts.join(kSeparator)).arg(total);
}

} // namespace paceline
