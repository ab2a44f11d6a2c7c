#include "Calibrations.h"

#include "LogDocument.h"
#include "TemplateLibrary.h"
#include "TrainingPlan.h"
#include "core/model/StepPath.h"
#include "core/science/Stability.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

bool changesSteps(CalibrationVerdict verdict)
{
    return verdict == CalibrationVerdict::Faster || verdict == CalibrationVerdict::Shorter;
}

/// The rule calibrates whatever steps it is given, so on the same history it would make
/// its change again right after an accept (1 % faster, then 1 % faster again). Steps
/// equal to the last repeat's steps so calibrated have taken the proposal already.
bool hasTakenProposal(const StepTree& base, const std::vector<TemplateRepeat>& repeats,
                      const std::optional<TrainingPaces>& paces)
{
    if (repeats.empty())
        return false;
    const CalibrationProposal fromLastRun =
        proposeCalibration(repeats.back().plannedSteps, repeats, paces);
    return changesSteps(fromLastRun.verdict) &&
           withoutIds(fromLastRun.proposedSteps) == withoutIds(base);
}

std::optional<CalibrationProposal> propose(LogDocument& document, AthleteId athleteId,
                                           TemplateId templateId, const StepTree& base,
                                           QDate onOrBefore)
{
    const std::optional<Athlete> athlete = document.athlete(athleteId);
    if (!athlete || !onOrBefore.isValid())
        return std::nullopt;
    auto repeats = document.store().sessions().templateRepeats(
        athleteId, templateId, advice::kCalibrationRepeats, onOrBefore);
    if (!repeats) {
        Q_EMIT document.storeError(repeats.errorMessage());
        return std::nullopt;
    }
    const std::optional<TrainingPaces> paces = athletePaces(*athlete);
    CalibrationProposal proposal = proposeCalibration(base, *repeats, paces);
    // Nothing to say without history; nothing to offer when the change is made.
    if (proposal.verdict == CalibrationVerdict::NotEnoughHistory)
        return std::nullopt;
    if (changesSteps(proposal.verdict) &&
        (proposal.proposedSteps == base || hasTakenProposal(base, *repeats, paces)))
        return std::nullopt;
    return proposal;
}

} // namespace

std::optional<CalibrationProposal> templateCalibration(LogDocument& document, AthleteId athlete,
                                                       TemplateId id, QDate today)
{
    const SessionTemplate* sessionTemplate = document.library().sessionTemplate(id);
    if (!sessionTemplate)
        return std::nullopt;
    return propose(document, athlete, id, sessionTemplate->steps, today);
}

std::optional<CalibrationProposal> plannedCalibration(LogDocument& document,
                                                      const PlannedSession& session)
{
    if (!session.templateId)
        return std::nullopt;
    // Only what was logged before its day: a session done that day is this one.
    return propose(document, session.athleteId, *session.templateId, session.steps,
                   session.date.addDays(-1));
}

bool acceptTemplateCalibration(LogDocument& document, TemplateId id,
                               const CalibrationProposal& proposal)
{
    const SessionTemplate* sessionTemplate = document.library().sessionTemplate(id);
    if (!sessionTemplate || proposal.proposedSteps == sessionTemplate->steps)
        return false;
    return document.library().editTemplateSteps(
        id, proposal.proposedSteps, translated("Calibrate %1").arg(sessionTemplate->name));
}

bool acceptPlannedCalibration(LogDocument& document, const PlannedSession& session,
                              const CalibrationProposal& proposal)
{
    if (proposal.proposedSteps == session.steps)
        return false;
    const QString day = QLocale().toString(session.date, QStringLiteral("ddd d MMM"));
    return document.plan().editSessionSteps(
        session.id, proposal.proposedSteps,
        translated("Calibrate %1 on %2").arg(session.name.trimmed(), day));
}

} // namespace paceline
