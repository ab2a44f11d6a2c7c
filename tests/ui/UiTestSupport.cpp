#include "UiTestSupport.h"

#include "core/store/LogStore.h"
#include "ui/document/LogDocument.h"

#include <gtest/gtest.h>

namespace paceline::test {

TempStore::TempStore() : m_path(m_dir.filePath(QStringLiteral("log.sqlite"))) {}

std::unique_ptr<LogStore> TempStore::open(bool readOnly) const
{
    auto opened = LogStore::open(m_path, OpenOptions{readOnly});
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.errorMessage().toStdString());
    return opened.ok() ? std::move(opened).value() : nullptr;
}

std::unique_ptr<LogDocument> TempStore::openDocument(bool readOnly) const
{
    return std::make_unique<LogDocument>(open(readOnly));
}

Athlete runnerWithRace(const QString& name)
{
    Athlete athlete;
    athlete.name = name;
    athlete.sex = Sex::Female;
    athlete.maxHeartRate = 188;
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{1200.0}, QDate(2026, 10, 4)};
    return athlete;
}

LoggedSession easyRun(AthleteId athlete, QDate day, double km, double minutes, double rpe)
{
    LoggedSession session;
    session.athleteId = athlete;
    session.start = QDateTime(day, QTime(7, 0), Qt::UTC);
    session.sport = Sport::Run;
    session.title = QStringLiteral("Easy run");
    session.duration = Duration::fromMinutes(minutes);
    session.distance = Distance::fromKilometres(km);
    session.sessionRpe = rpe;
    return session;
}

} // namespace paceline::test
