#pragma once

#include "core/model/Athlete.h"
#include "core/store/LogStore.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace paceline::test {

/// A fresh folder per test and a log in it with one athlete (a 10 km in 40:00).
class ImportTest : public ::testing::Test {
protected:
    void SetUp() override;
    QString pathOf(const QString& name) const { return m_dir.filePath(name); }
    LogStore& store() { return *m_store; }
    AthleteId athleteId() const { return m_athlete.id; }
    int sessionCount();

    QTemporaryDir m_dir;
    std::unique_ptr<LogStore> m_store;
    Athlete m_athlete;
};

} // namespace paceline::test
