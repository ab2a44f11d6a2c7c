#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace paceline::test {

/// What one run of paceline-cli did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    /// stdout parsed as a JSON object (empty when it is not one).
    QJsonObject json() const;
    /// stderr is one line (the CLI convention for errors).
    bool errIsOneLine() const;
};

/// Runs the built paceline-cli with `arguments`. Its data and config folders point
/// into a private temporary folder, so the user's default log is never touched.
CliRun runCli(const QStringList& arguments);

/// A fresh log path in a temporary folder that lives as long as the object.
class TempLog {
public:
    TempLog();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace paceline::test
