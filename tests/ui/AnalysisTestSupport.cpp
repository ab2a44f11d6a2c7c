#include "AnalysisTestSupport.h"

#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"

#include <QPalette>

#include <gtest/gtest.h>

namespace paceline::test {

namespace {

LoggedSessionId logRun(LogDocument& document, QDate day, double minutes, double rpe)
{
    const LoggedSessionId id = document.loggedSessions().logSession(
        easyRun(document.currentAthleteId(), day, minutes / 5.0, minutes, rpe));
    EXPECT_TRUE(id.isValid()) << day.toString(Qt::ISODate).toStdString();
    return id;
}

} // namespace

AnalysisLog::AnalysisLog() : document(temp.openDocument())
{
    Athlete ana = runnerWithRace(QStringLiteral("Ana"));
    ana.restingHeartRate = 60;
    ana.maxHeartRate = 200;
    EXPECT_TRUE(document->addAthlete(ana));
    athlete = document->currentAthleteId();
    logRun(*document, QDate(2026, 10, 5), 60, 5);
    logRun(*document, QDate(2026, 11, 2), 50, 3);
    logRun(*document, QDate(2026, 11, 4), 60, 6);
    logRun(*document, QDate(2026, 11, 7), 40, 5);
    logRun(*document, QDate(2026, 11, 10), 45, 4);
    logRun(*document, QDate(2026, 11, 15), 90, 5);
    LoggedSession bike = easyRun(athlete, QDate(2026, 11, 19), 15, 30, 7);
    bike.sport = Sport::Bike;
    bike.title = QStringLiteral("Spin");
    bike.avgHeartRate = 150;
    ride = document->loggedSessions().logSession(bike);
    EXPECT_TRUE(ride.isValid());
    logRun(*document, QDate(2026, 11, 23), 50, 6);
    logRun(*document, QDate(2026, 11, 23), 20, 3);
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xee, 0xee, 0xee);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    return palette;
}

} // namespace paceline::test
