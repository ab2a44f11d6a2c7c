// proposeCalibration: from the last repeats of a template, its targets for next time
// (docs/advisor.md, "Calibrating the next session"). Shorter reps when the last repeat
// showed strain, faster paces when every recent one went well, else the same targets.

#include "Calibration.h"

#include "CalibrationParts.h"
#include "CalibrationThresholds.h"
#include "core/model/StepPath.h"

#include <QStringList>

namespace paceline {

namespace {

using namespace advice;

/// One reason for shorter reps: a phrase for the summary and a line for the reasons.
struct StrainSignal {
    QString phrase;
    QString line;
};

/// The summaries of the last kCalibrationRepeats repeats with work reps, oldest first.
std::vector<RepeatSummary> recentRepeats(const std::vector<TemplateRepeat>& repeats,
                                         const std::optional<TrainingPaces>& paces)
{
    std::vector<RepeatSummary> recent;
    for (auto repeat = repeats.rbegin();
         repeat != repeats.rend() && int(recent.size()) < kCalibrationRepeats; ++repeat) {
        RepeatSummary summary = summarizeRepeat(*repeat, paces);
        if (summary.workReps > 0)
            recent.insert(recent.begin(), std::move(summary));
    }
    return recent;
}

/// A threshold as the rule states it: "4 %", not "4.0 %".
QString limitText(double percent)
{
    return QStringLiteral("%1 %").arg(percent);
}

QString onTargetText(const RepeatSummary& repeat)
{
    return QStringLiteral("%1 of %2 reps")
        .arg(repeat.repsOnOrFasterThanTarget)
        .arg(repeat.repsWithTarget);
}

std::vector<StrainSignal> strainSignals(const RepeatSummary& last)
{
    const QString day = dayText(last.day);
    std::vector<StrainSignal> signalsSeen;
    if (last.fadePercent && *last.fadePercent > kShorterFadePercent) {
        const QString fade = percentText(*last.fadePercent);
        signalsSeen.push_back(
            {QStringLiteral("faded by %1").arg(fade),
             QStringLiteral("On %1 the reps faded by %2 from the first third to the last "
                            "(over %3).")
                 .arg(day, fade, limitText(kShorterFadePercent))});
    }
    if (last.peakWorkRpe && *last.peakWorkRpe >= kShorterPeakRpe) {
        const QString rpe = QString::number(*last.peakWorkRpe, 'f', 1);
        signalsSeen.push_back(
            {QStringLiteral("had a rep at RPE %1").arg(rpe),
             QStringLiteral("On %1 a work rep was rated RPE %2 (%3 or more is all-out).")
                 .arg(day, rpe, QString::number(kShorterPeakRpe, 'f', 1))});
    }
    if (last.repsWithTarget > 0 && last.repsOnOrFasterThanTarget == 0) {
        signalsSeen.push_back(
            {QStringLiteral("had no rep on or faster than target"),
             QStringLiteral("On %1 none of %2 reps was on or faster than target (fewer than "
                            "half).")
                 .arg(day)
                 .arg(last.repsWithTarget)});
    } else if (last.repsWithTarget > 0 &&
               last.repsOnOrFasterThanTarget < kShorterOnTargetShare * last.repsWithTarget) {
        signalsSeen.push_back(
            {QStringLiteral("had only %1 on or faster than target").arg(onTargetText(last)),
             QStringLiteral("On %1 only %2 were on or faster than target (fewer than half).")
                 .arg(day, onTargetText(last))});
    }
    return signalsSeen;
}

/// What keeps one repeat from counting as "went well"; empty when it did.
std::vector<QString> repeatBlockers(const RepeatSummary& repeat)
{
    const QString day = dayText(repeat.day);
    std::vector<QString> blockers;
    if (repeat.repsWithTarget == 0)
        blockers.push_back(
            QStringLiteral("On %1 no work rep had a pace target to judge.").arg(day));
    else if (repeat.repsOnOrFasterThanTarget < kFasterOnTargetShare * repeat.repsWithTarget)
        blockers.push_back(
            QStringLiteral("On %1, %2 were on or faster than target (at least %3 needed).")
                .arg(day, onTargetText(repeat), limitText(kFasterOnTargetShare * 100.0)));
    if (!repeat.paceCvPercent)
        blockers.push_back(
            QStringLiteral("On %1 the pace CV could not be measured (1 work rep).").arg(day));
    else if (*repeat.paceCvPercent > kFasterMaxCvPercent)
        blockers.push_back(
            QStringLiteral("On %1 the pace CV was %2 (%3 at most).")
                .arg(day, percentText(*repeat.paceCvPercent), limitText(kFasterMaxCvPercent)));
    // Two reps have no fade (it compares thirds); their CV already shows any slowing.
    if (repeat.fadePercent && *repeat.fadePercent > kFasterMaxFadePercent)
        blockers.push_back(
            QStringLiteral("On %1 the reps faded by %2 (%3 at most).")
                .arg(day, percentText(*repeat.fadePercent), limitText(kFasterMaxFadePercent)));
    if (repeat.meanWorkRpe && *repeat.meanWorkRpe > kFasterMaxMeanRpe)
        blockers.push_back(QStringLiteral("On %1 the mean RPE was %2 (%3 at most).")
                               .arg(day, QString::number(*repeat.meanWorkRpe, 'f', 1),
                                    QString::number(kFasterMaxMeanRpe, 'f', 1)));
    return blockers;
}

std::vector<QString> fasterBlockers(const std::vector<RepeatSummary>& used)
{
    std::vector<QString> blockers;
    if (int(used.size()) < kFasterMinRepeats)
        blockers.push_back(
            QStringLiteral("Only %1 repeat with work reps logged: faster targets need %2 in a "
                           "row that went well.")
                .arg(used.size())
                .arg(kFasterMinRepeats));
    for (const RepeatSummary& repeat : used) {
        const std::vector<QString> more = repeatBlockers(repeat);
        blockers.insert(blockers.end(), more.begin(), more.end());
    }
    return blockers;
}

std::vector<QString> rpeNotLogged(const std::vector<RepeatSummary>& used)
{
    QStringList days;
    for (const RepeatSummary& repeat : used) {
        if (!repeat.meanWorkRpe)
            days << dayText(repeat.day);
    }
    if (days.isEmpty())
        return {};
    return {QStringLiteral("RPE was not logged on %1: judged on the pace and the targets alone.")
                .arg(days.join(QStringLiteral(", ")))};
}

void addReasons(CalibrationProposal& proposal, const std::vector<QString>& lines)
{
    proposal.reasons.insert(proposal.reasons.end(), lines.begin(), lines.end());
}

void apply(CalibrationProposal& proposal, CalibrationVerdict verdict, CalibratedSteps edit)
{
    addReasons(proposal, edit.notes);
    if (edit.changes.empty()) {
        proposal.verdict = CalibrationVerdict::Keep;
        return;
    }
    proposal.verdict = verdict;
    proposal.proposedSteps = std::move(edit.steps);
    proposal.changes = std::move(edit.changes);
}

void proposeShorter(CalibrationProposal& proposal, const std::vector<StrainSignal>& strain,
                    const StepTree& steps, const std::optional<TrainingPaces>& paces)
{
    QStringList phrases;
    for (const StrainSignal& strainSignal : strain) {
        phrases << strainSignal.phrase;
        proposal.reasons.push_back(strainSignal.line);
    }
    apply(proposal, CalibrationVerdict::Shorter, shortenedWork(steps, paces));
    // "faded by 5.1 %, had a rep at RPE 9.5 and had only ...": one "and", before the last.
    QString signalList = phrases.takeLast();
    if (!phrases.isEmpty())
        signalList =
            QStringLiteral("%1 and %2").arg(phrases.join(QStringLiteral(", ")), signalList);
    const QString what = QStringLiteral("the last repeat (%1) %2")
                             .arg(dayText(proposal.repeats.back().day), signalList);
    proposal.summary =
        proposal.verdict == CalibrationVerdict::Shorter
            ? QStringLiteral("Run the work reps a tenth shorter at the same pace: %1.").arg(what)
            : QStringLiteral("Keep the targets: %1, but no work step can be cut by a tenth "
                             "in round amounts.")
                  .arg(what);
}

void proposeFaster(CalibrationProposal& proposal, const StepTree& steps,
                   const std::optional<TrainingPaces>& paces)
{
    const std::vector<QString> rpeNotes = rpeNotLogged(proposal.repeats);
    addReasons(proposal, rpeNotes);
    apply(proposal, CalibrationVerdict::Faster, fasterWork(steps, paces));
    const QString how = rpeNotes.empty() ? QStringLiteral("on target, steady and not too hard")
                                         : QStringLiteral("on target and steady");
    proposal.summary =
        proposal.verdict == CalibrationVerdict::Faster
            ? QStringLiteral("Run the work paces 1 % faster: the last %1 repeats were %2.")
                  .arg(proposal.repeats.size())
                  .arg(how)
            : QStringLiteral("Keep the targets: the last %1 repeats were %2, but no work step "
                             "has a pace target to make faster.")
                  .arg(proposal.repeats.size())
                  .arg(how);
}

/// The planned steps the most recent used repeat was run against.
const StepTree* lastRunSteps(const std::vector<TemplateRepeat>& repeats, LoggedSessionId last)
{
    for (auto repeat = repeats.rbegin(); repeat != repeats.rend(); ++repeat) {
        if (repeat->session.id == last)
            return &repeat->plannedSteps;
    }
    return nullptr;
}

/// The repeats judged other targets than `steps` (edited, or a proposal accepted, since
/// the last repeat): they cannot say how these go, and calibrating again would count
/// the same evidence twice (1 % faster, then 1 % faster again).
void keepChangedTargets(CalibrationProposal& proposal)
{
    const QString day = dayText(proposal.repeats.back().day);
    proposal.verdict = CalibrationVerdict::Keep;
    proposal.reasons.push_back(
        QStringLiteral("The last repeat (%1) was run against other targets than these.").arg(day));
    proposal.summary = QStringLiteral("Keep the targets: they changed after the last repeat "
                                      "(%1), so the next repeat will show how they go.")
                           .arg(day);
}

void proposeKeep(CalibrationProposal& proposal, const std::vector<QString>& blockers)
{
    addReasons(proposal, blockers);
    proposal.verdict = CalibrationVerdict::Keep;
    const bool onlyTooFew =
        blockers.size() == 1 && int(proposal.repeats.size()) < kFasterMinRepeats;
    proposal.summary =
        onlyTooFew ? QStringLiteral("Keep the targets: one repeat that went well is not a "
                                    "pattern yet.")
                   : QStringLiteral("Keep the targets: not every recent repeat was on target, "
                                    "steady and not too hard.");
}

} // namespace

CalibrationProposal proposeCalibration(const StepTree& templateSteps,
                                       const std::vector<TemplateRepeat>& repeats,
                                       const std::optional<TrainingPaces>& paces)
{
    CalibrationProposal proposal;
    proposal.proposedSteps = templateSteps;
    proposal.repeats = recentRepeats(repeats, paces);
    if (proposal.repeats.empty()) {
        proposal.verdict = CalibrationVerdict::NotEnoughHistory;
        proposal.summary = QStringLiteral("No logged repeat with work reps yet: log this session "
                                          "with its reps first, then it can be calibrated.");
        return proposal;
    }
    for (const RepeatSummary& repeat : proposal.repeats)
        proposal.reasons.push_back(repeatLine(repeat));
    const StepTree* lastRun = lastRunSteps(repeats, proposal.repeats.back().session);
    if (lastRun && withoutIds(*lastRun) != withoutIds(templateSteps)) {
        keepChangedTargets(proposal);
        return proposal;
    }

    // Strain in the last repeat comes first: better to shorten a rep than grind on with
    // broken form, however well the repeats before it went.
    const std::vector<StrainSignal> strain = strainSignals(proposal.repeats.back());
    if (!strain.empty()) {
        proposeShorter(proposal, strain, templateSteps, paces);
        return proposal;
    }
    const std::vector<QString> blockers = fasterBlockers(proposal.repeats);
    if (blockers.empty())
        proposeFaster(proposal, templateSteps, paces);
    else
        proposeKeep(proposal, blockers);
    return proposal;
}

} // namespace paceline
