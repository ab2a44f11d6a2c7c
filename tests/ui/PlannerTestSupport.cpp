#include "PlannerTestSupport.h"

#include "core/io/SessionNotation.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "ui/document/LogDocument.h"

#include <gtest/gtest.h>

namespace paceline::test {

PlannedSession plannedSession(AthleteId athlete, QDate date, const QString& name,
                              const QString& notation, int orderInDay)
{
    PlannedSession session;
    session.athleteId = athlete;
    session.date = date;
    session.orderInDay = orderInDay;
    session.name = name;
    session.sport = Sport::Run;
    auto steps = parseSessionNotation(notation);
    EXPECT_TRUE(steps.ok()) << notation.toStdString();
    if (steps.ok())
        session.steps = steps.value();
    return session;
}

bool storePlanned(LogDocument& document, PlannedSession& session)
{
    return document.store().plans().insert(session).ok() && session.id.isValid();
}

} // namespace paceline::test
