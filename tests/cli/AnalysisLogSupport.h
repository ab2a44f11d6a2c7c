#pragma once

#include "LogTestSupport.h"
#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"
#include "core/model/SessionTemplate.h"

#include <QDate>

#include <memory>
#include <optional>
#include <vector>

namespace paceline {
class LogStore;
}

namespace paceline::test {

/// One work rep of a 1000 m repeat session: its time (= its pace in s/km) and RPE.
struct KmRep {
    KmRep(double seconds, double rpe, std::optional<int> heartRate = std::nullopt)
        : seconds(seconds), rpe(rpe), heartRate(heartRate)
    {
    }

    double seconds = 0.0;
    double rpe = 0.0;
    std::optional<int> heartRate;
};

/// Writes hand-picked sessions into a test log through the store, as the app would.
/// Close it (let it go out of scope) before running the CLI on the log.
class LogWriter {
public:
    LogWriter(const TempLog& log, qint64 athleteId);
    ~LogWriter();

    /// A run of `minutes` at session RPE `rpe` and no reps: RPE x minutes of load.
    void addRun(QDate day, double minutes, double rpe);
    /// 1000 m work reps with 60 s recoveries between them; `plan` links the
    /// session (and its reps, to the plan's first work step) to a plan.
    void addKmReps(QDate day, const std::vector<KmRep>& reps, const PlannedSession* plan = nullptr);
    /// A 45-minute run at session RPE 6 logged against `plan` without any reps, as a
    /// repeat noted only by its totals.
    void addRunWithoutReps(QDate day, const PlannedSession& plan);
    /// Stores `steps` as a run template called `name`; returned with its step ids.
    SessionTemplate addTemplate(const QString& name, StepTree steps);
    /// Plans `source` on `day`; returned with its ids.
    PlannedSession planFrom(const SessionTemplate& source, QDate day);
    /// Adds an athlete without a race; returns its id.
    qint64 addAthleteWithoutRace(const QString& name);

private:
    std::unique_ptr<LogStore> m_store;
    AthleteId m_athlete;
};

/// `reps` x (1000 m at `band`, 60 s jog): the template the trend and calibration tests
/// repeat.
StepTree kmRepeats(int reps, const PaceRange& band);
/// The id of the first work step of `steps` (depth first).
StepId firstWorkStep(const StepTree& steps);

/// The log written by `demo --athletes 1 --weeks 104 --end 2026-03-29`, made once per
/// test run (it takes a few seconds) and shared by the analysis commands' smoke tests.
const TempLog& demoLog();

} // namespace paceline::test
