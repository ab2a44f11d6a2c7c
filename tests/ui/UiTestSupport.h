#pragma once

#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"

#include <QTemporaryDir>

#include <memory>

namespace paceline {
class LogDocument;
class LogStore;
} // namespace paceline

namespace paceline::test {

/// A new, empty log in a temporary folder.
class TempStore {
public:
    TempStore();
    QString path() const { return m_path; }
    /// Opens (or reopens) the log; fails the test when it cannot.
    std::unique_ptr<LogStore> open(bool readOnly = false) const;
    std::unique_ptr<LogDocument> openDocument(bool readOnly = false) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

Athlete runnerWithRace(const QString& name);

/// A plain run on `day` at 07:00 UTC.
LoggedSession easyRun(AthleteId athlete, QDate day, double km, double minutes, double rpe);

} // namespace paceline::test
