#include "LogTestSupport.h"

#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <gtest/gtest.h>

namespace paceline::test {

AthleteLog::AthleteLog()
{
    auto store = LogStore::open(path());
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    if (!store)
        return;
    Athlete ana;
    ana.name = QStringLiteral("Ana");
    ana.recentRace = RaceResult{Distance{10000.0}, Duration{41 * 60 + 21}, {}};
    const Status inserted = (*store)->athletes().insert(ana);
    EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
    m_athleteId = ana.id.value;
}

CliRun logWorkout(const TempLog& log, const QStringList& options)
{
    return runCli(QStringList{QStringLiteral("log"), QStringLiteral("--db"), log.path()} + options);
}

CliRun logExample(const TempLog& log, const QString& date, const QStringList& extra)
{
    const CliRun run =
        logWorkout(log, QStringList{QStringLiteral("--date"), date, QStringLiteral("--text"),
                                    kEightBy400, QStringLiteral("--splits"), kEightSplits,
                                    QStringLiteral("--rpe"), kEightRpe} +
                            extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run;
}

int sessionCount(const AthleteLog& log)
{
    auto store = LogStore::open(log.path(), OpenOptions{/*readOnly=*/true});
    EXPECT_TRUE(store.ok()) << store.errorMessage().toStdString();
    if (!store)
        return -1;
    auto count = (*store)->sessions().count(AthleteId{log.athleteId()});
    EXPECT_TRUE(count.ok()) << count.errorMessage().toStdString();
    return count ? *count : -1;
}

QJsonArray listedSessions(const TempLog& log, const QStringList& options)
{
    const CliRun run = runCli(QStringList{QStringLiteral("sessions"), QStringLiteral("--db"),
                                          log.path(), QStringLiteral("--json")} +
                              options);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.json().value(QStringLiteral("sessions")).toArray();
}

} // namespace paceline::test
