#pragma once

#include "core/model/Athlete.h"
#include "core/model/DailyLoad.h"
#include "core/model/LoggedSession.h"
#include "core/model/Microcycle.h"
#include "core/model/PlannedSession.h"
#include "core/model/SessionTemplate.h"
#include "core/store/LogStore.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace paceline::test {

/// A fresh folder per test and a log in it.
class StoreTest : public ::testing::Test {
protected:
    void SetUp() override;
    QString pathOf(const QString& name) const { return m_dir.filePath(name); }
    /// Opens (creating) the log, failing the test with the store's message if it cannot.
    std::unique_ptr<LogStore> open(const QString& name = QStringLiteral("log.sqlite"),
                                   const OpenOptions& options = {});
    /// The log opened by SetUp with a stored athlete.
    LogStore& store() { return *m_store; }
    AthleteId athleteId() const { return m_athleteId; }
    void closeStore() { m_store.reset(); }

    QTemporaryDir m_dir;
    std::unique_ptr<LogStore> m_store;
    AthleteId m_athleteId;
};

/// Opens (creating or upgrading) the log at `path`, failing the test with the store's
/// message if it cannot.
std::unique_ptr<LogStore> openOrFail(const QString& path, const OpenOptions& options = {});

/// Bytes of a file and whether its -wal/-shm companions exist, to prove that
/// opening left a file alone.
struct FileState {
    QByteArray bytes;
    bool exists = false;
    bool wal = false;
    bool shm = false;
    bool journal = false;

    static FileState of(const QString& path);
    friend bool operator==(const FileState&, const FileState&) = default;
};

Athlete sampleAthlete(const QString& name = QStringLiteral("Ana Lopes"));
/// Every step feature: nested groups two deep, a recovery between sets, every
/// intensity and every target alternative.
SessionTemplate richTemplate();
PlannedSession samplePlan(AthleteId athlete, QDate date);
/// Two weeks: a double day, a brick, a session with richTemplate()'s nested steps on
/// the last day, and rest days; its steps carry no ids (as read back).
MicrocycleTemplate sampleMicrocycle(const QString& name = QStringLiteral("Two hard, one light"));
/// A session with reps, full wellness and a start at UTC+02:00.
LoggedSession sampleSession(AthleteId athlete, QDate day);
/// A bare session for load sums.
LoggedSession simpleSession(AthleteId athlete, QDate day, Sport sport, double minutes,
                            std::optional<double> rpe, std::optional<double> metres = {});

/// The loads with their TRIMP, running TSS and zone sums cleared, for tests of the
/// other sums (DailyLoadFiguresTest checks those).
std::vector<DailyLoad> withoutLoadFigures(std::vector<DailyLoad> loads);

/// Writes `bytes` at `offset` of a file.
void overwrite(const QString& path, qint64 offset, const QByteArray& bytes);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace paceline::test
