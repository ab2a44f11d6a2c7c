#include "CalibrationOutput.h"

#include "AnalysisOptions.h"
#include "core/io/SessionNotation.h"

#include <QJsonArray>
#include <QStringList>

namespace paceline::cli {

namespace {

QJsonObject repeatJson(const RepeatSummary& repeat)
{
    return {{QStringLiteral("date"), jsonDay(repeat.day)},
            {QStringLiteral("session_id"), repeat.session.value},
            {QStringLiteral("work_reps"), repeat.workReps},
            {QStringLiteral("reps_with_target"), repeat.repsWithTarget},
            {QStringLiteral("reps_on_or_faster_than_target"), repeat.repsOnOrFasterThanTarget},
            {QStringLiteral("pace_cv_percent"), jsonNumber(repeat.paceCvPercent)},
            {QStringLiteral("fade_percent"), jsonNumber(repeat.fadePercent)},
            {QStringLiteral("mean_work_rpe"), jsonNumber(repeat.meanWorkRpe)},
            {QStringLiteral("peak_work_rpe"), jsonNumber(repeat.peakWorkRpe)}};
}

QJsonObject changeJson(const CalibrationChange& change)
{
    return {{QStringLiteral("step_id"), change.step.value},
            {QStringLiteral("before"), change.before},
            {QStringLiteral("after"), change.after}};
}

QString signedText(std::optional<double> value)
{
    return value && *value > 0.0 ? QStringLiteral("+") + numberText(value, 1)
                                 : numberText(value, 1);
}

/// "2026-03-02  5 work reps, 4 of 5 on target or faster, pace CV 1.2 %, ...".
QString repeatLine(const RepeatSummary& repeat)
{
    QStringList parts{QStringLiteral("%1 work reps").arg(repeat.workReps)};
    if (repeat.repsWithTarget > 0)
        parts << QStringLiteral("%1 of %2 on target or faster")
                     .arg(repeat.repsOnOrFasterThanTarget)
                     .arg(repeat.repsWithTarget);
    parts << QStringLiteral("pace CV %1 %").arg(numberText(repeat.paceCvPercent, 1))
          << QStringLiteral("fade %1 %").arg(signedText(repeat.fadePercent))
          << QStringLiteral("RPE %1 (peak %2)")
                 .arg(numberText(repeat.meanWorkRpe, 1), numberText(repeat.peakWorkRpe, 1));
    return QStringLiteral("%1  %2").arg(repeat.day.toString(Qt::ISODate),
                                        parts.join(QStringLiteral(", ")));
}

} // namespace

QJsonObject calibrationJson(const Athlete& athlete, const SessionTemplate& calibrated,
                            const CalibrationProposal& proposal)
{
    QJsonArray repeats;
    for (const RepeatSummary& repeat : proposal.repeats)
        repeats.append(repeatJson(repeat));
    QJsonArray changes;
    for (const CalibrationChange& change : proposal.changes)
        changes.append(changeJson(change));
    QJsonArray reasons;
    for (const QString& reason : proposal.reasons)
        reasons.append(reason);
    return {{QStringLiteral("athlete"), athlete.name},
            {QStringLiteral("template"), calibrated.name},
            {QStringLiteral("verdict"), enumId(proposal.verdict)},
            {QStringLiteral("summary"), proposal.summary},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("repeats"), repeats},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("proposed_notation"), formatSessionNotation(proposal.proposedSteps)}};
}

void printCalibration(QTextStream& out, const Athlete& athlete, const SessionTemplate& calibrated,
                      const CalibrationProposal& proposal)
{
    out << "Calibrating '" << calibrated.name << "' for " << athlete.name << ": "
        << enumLabel(proposal.verdict) << " (" << enumId(proposal.verdict) << ")\n";
    if (!proposal.summary.isEmpty())
        out << proposal.summary << '\n';
    if (!proposal.reasons.empty()) {
        out << "\nWhy:\n";
        for (const QString& reason : proposal.reasons)
            out << "  - " << reason << '\n';
    }
    out << "\nRepeats, oldest first:\n";
    if (proposal.repeats.empty())
        out << "  None logged against a plan made from this template.\n";
    for (const RepeatSummary& repeat : proposal.repeats)
        out << "  " << repeatLine(repeat) << '\n';
    if (proposal.changes.empty())
        return;
    out << "\nChanges:\n";
    for (const CalibrationChange& change : proposal.changes)
        out << "  step " << change.step.value << ": " << change.before << " -> " << change.after
            << '\n';
    out << "\nNext time: " << formatSessionNotation(proposal.proposedSteps) << '\n';
}

} // namespace paceline::cli
