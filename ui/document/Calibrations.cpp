#include "Calibrations.h"

#include "LogDocument.h"
#include "TemplateLibrary.h"
#include "TrainingPlan.h"
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
    // Nothing to say without history. Steps changed since the last repeat (a proposal
    // accepted, an edit) are the rule's own Keep: it does not calibrate them again.
    if (proposal.verdict == CalibrationVerdict::NotEnoughHistory ||
        (changesSteps(proposal.verdict) && proposal.proposedSteps == base))
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
    // A read-only log refuses quietly, as the disabled Accept does: no write to fail.
    const SessionTemplate* sessionTemplate = document.library().sessionTemplate(id);
    if (document.isReadOnly() || !sessionTemplate ||
        proposal.proposedSteps == sessionTemplate->steps)
        return false;
    return document.library().editTemplateSteps(
        id, proposal.proposedSteps, translated("Calibrate %1").arg(sessionTemplate->name));
}

bool acceptPlannedCalibration(LogDocument& document, const PlannedSession& session,
                              const CalibrationProposal& proposal)
{
    if (document.isReadOnly() || proposal.proposedSteps == session.steps)
        return false;
    const QString day = QLocale().toString(session.date, QStringLiteral("ddd d MMM"));
    return document.plan().editSessionSteps(
        session.id, proposal.proposedSteps,
        translated("Calibrate %1 on %2").arg(session.name.trimmed(), day));
}

} // namespace paceline
