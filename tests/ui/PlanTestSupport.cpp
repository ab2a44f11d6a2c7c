#include "PlanTestSupport.h"

#include "TemplateTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/document/TrainingPlan.h"

#include <QStringList>

namespace paceline::test {

SessionTemplate tempoSession()
{
    SessionTemplate session;
    session.name = QStringLiteral("Tempo");
    session.sport = Sport::Run;
    session.purpose = Purpose::Threshold;
    session.steps = {leaf("wu", StepKind::WarmUp, Duration::fromMinutes(30), PaceZone::Easy),
                     leaf("tempo", StepKind::Work, Duration::fromMinutes(20), PaceZone::Threshold),
                     leaf("cd", StepKind::CoolDown, Duration::fromMinutes(10), PaceZone::Easy)};
    return session;
}

void PlanFixture::SetUp()
{
    m_document = m_temp.openDocument();
    ASSERT_TRUE(m_document);
    ASSERT_TRUE(m_document->addAthlete(runnerWithRace(QStringLiteral("Ben"))));
    m_ben = m_document->currentAthleteId();
    ASSERT_TRUE(m_document->addAthlete(runnerWithRace(QStringLiteral("Ana"))));
    m_ana = m_document->currentAthleteId();
    m_intervals = m_document->library().addTemplate(intervalSession());
    m_tempo = m_document->library().addTemplate(tempoSession());
    ASSERT_TRUE(m_intervals.isValid() && m_tempo.isValid());
    m_document->undoStack()->clear();
}

QUndoStack& PlanFixture::stack()
{
    return *m_document->undoStack();
}

std::vector<PlanDay> PlanFixture::storedDays(AthleteId athlete, QDate first, QDate last) const
{
    auto store = m_temp.open(/*readOnly=*/true);
    std::vector<PlanDay> days;
    if (!store)
        return days;
    auto sessions = store->plans().inRange(athlete, first, last);
    auto rests = store->plans().restDays(athlete, first, last);
    EXPECT_TRUE(sessions.ok() && rests.ok());
    if (!sessions.ok() || !rests.ok())
        return days;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        PlanDay day{date, false, {}};
        for (const PlannedSession& session : sessions.value()) {
            if (session.date == date)
                day.sessions.push_back(session);
        }
        for (const RestDay& rest : rests.value())
            day.rest = day.rest || rest.date == date;
        days.push_back(day);
    }
    return days;
}

std::vector<PlannedSession> PlanFixture::stored(AthleteId athlete, QDate date) const
{
    const std::vector<PlanDay> days = storedDays(athlete, date, date);
    return days.empty() ? std::vector<PlannedSession>{} : days.front().sessions;
}

QString PlanFixture::storedNames(AthleteId athlete, QDate date) const
{
    QStringList names;
    for (const PlannedSession& session : stored(athlete, date))
        names << session.name;
    return names.join(QStringLiteral(", "));
}

bool PlanFixture::ordersAreDense(AthleteId athlete, QDate date) const
{
    const std::vector<PlannedSession> sessions = stored(athlete, date);
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        if (sessions[i].orderInDay != int(i))
            return false;
    }
    return true;
}

PlannedSessionId PlanFixture::plan(TemplateId id, QDate date, AthleteId athlete)
{
    const PlannedSessionId planned =
        m_document->plan().planTemplate(athlete.isValid() ? athlete : m_ana, id, date);
    EXPECT_TRUE(planned.isValid());
    return planned;
}

} // namespace paceline::test
