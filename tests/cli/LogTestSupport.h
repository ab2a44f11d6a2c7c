#pragma once

#include "CliRunner.h"

#include <QJsonArray>
#include <QStringList>

namespace paceline::test {

/// The example workout: eight 400 m reps with their splits and RPE.
inline const QString kEightBy400 = QStringLiteral("8x400m @I / 90s jog");
inline const QString kEightSplits = QStringLiteral("92.1,91.4,90.8,91.0,90.2,90.9,89.8,89.5");
inline const QString kEightRpe = QStringLiteral("6,6,7,7,7,8,8,9");

/// A fresh log holding one athlete (Ana, 10 km in 41:21), written through the store
/// so these tests do not depend on add-athlete.
class AthleteLog : public TempLog {
public:
    AthleteLog();
    qint64 athleteId() const { return m_athleteId; }

private:
    qint64 m_athleteId = 0;
};

/// `paceline-cli log --db LOG` with `options`.
CliRun logWorkout(const TempLog& log, const QStringList& options);

/// Logs the example on `date` with extra options; the test fails if it is refused.
CliRun logExample(const TempLog& log, const QString& date, const QStringList& extra = {});

/// How many sessions the log's athlete has, read through the store (not the CLI).
int sessionCount(const AthleteLog& log);

/// `paceline-cli sessions --db LOG --json` with `options`: the "sessions" array.
QJsonArray listedSessions(const TempLog& log, const QStringList& options = {});

} // namespace paceline::test
