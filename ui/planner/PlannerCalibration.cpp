#include "PlannerCalibration.h"

#include "ui/builder/CalibrationBox.h"
#include "ui/document/Calibrations.h"
#include "ui/document/LogDocument.h"
#include "ui/models/PlanWeekModel.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace paceline {

namespace {

std::set<PlannedSessionId> shownIds(const std::vector<PlanDay>& days)
{
    std::set<PlannedSessionId> ids;
    for (const PlanDay& day : days) {
        for (const PlannedSession& session : day.sessions)
            ids.insert(session.id);
    }
    return ids;
}

/// "Intervals, Tue 24 Nov": the box sits under the grid, away from the card.
QString aboutText(const PlannedSession& session)
{
    return QStringLiteral("%1, %2").arg(
        session.name.trimmed(), QLocale().toString(session.date, QStringLiteral("ddd d MMM")));
}

} // namespace

PlannerCalibration::PlannerCalibration(LogDocument& document, PlanWeekModel& model, QObject* parent)
    : QObject(parent), m_document(document), m_model(model), m_box(new CalibrationBox)
{
    m_box->setAcceptAllowed(!document.isReadOnly());
    connect(m_box, &CalibrationBox::acceptRequested, this, &PlannerCalibration::accept);
}

void PlannerCalibration::setSubject(PlannedSessionId id)
{
    if (id == m_subject)
        return;
    m_subject = id;
    showProposal();
}

void PlannerCalibration::refresh()
{
    if (const std::optional<PlannedSessionId> planned = newcomer()) {
        m_subject = *planned;
        Q_EMIT sessionPlanned(*planned);
    }
    m_shownAthlete = m_document.currentAthleteId();
    m_shownFirst = m_model.firstDay();
    m_shownDayCount = m_model.dayCount();
    m_shownIds = shownIds(m_model.days());
    showProposal();
}

std::optional<PlannedSessionId> PlannerCalibration::newcomer() const
{
    // Another athlete or other days show other sessions: none of them is new.
    if (m_document.currentAthleteId() != m_shownAthlete || m_model.firstDay() != m_shownFirst ||
        m_model.dayCount() != m_shownDayCount)
        return std::nullopt;
    const std::set<PlannedSessionId> now = shownIds(m_model.days());
    std::vector<PlannedSessionId> added;
    std::set_difference(now.begin(), now.end(), m_shownIds.begin(), m_shownIds.end(),
                        std::back_inserter(added));
    // A week template applied brings several: that is planning a week, not a session.
    if (added.size() != 1)
        return std::nullopt;
    return added.front();
}

void PlannerCalibration::showProposal()
{
    const std::optional<PlannedSession> session = shownSession(m_subject);
    if (!session || !isStillPlanned(session->id)) {
        m_box->setProposal(std::nullopt);
        return;
    }
    m_box->setProposal(plannedCalibration(m_document, *session), aboutText(*session));
}

void PlannerCalibration::accept(const CalibrationProposal& proposal)
{
    if (const std::optional<PlannedSession> session = shownSession(m_subject))
        acceptPlannedCalibration(m_document, *session, proposal);
}

std::optional<PlannedSession> PlannerCalibration::shownSession(PlannedSessionId id) const
{
    for (const PlanDay& day : m_model.days()) {
        for (const PlannedSession& session : day.sessions) {
            if (session.id == id)
                return session;
        }
    }
    return std::nullopt;
}

bool PlannerCalibration::isStillPlanned(PlannedSessionId id) const
{
    for (int day = 0; day < m_model.dayCount(); ++day) {
        const QModelIndex dayIndex = m_model.index(day, 0);
        for (int row = 0; row < m_model.rowCount(dayIndex); ++row) {
            const QModelIndex card = m_model.index(row, 0, dayIndex);
            if (card.data(PlanWeekModel::SessionIdRole).toLongLong() == id.value)
                return card.data(PlanWeekModel::StatusRole).toInt() == int(PlanStatus::Planned);
        }
    }
    return false;
}

} // namespace paceline
