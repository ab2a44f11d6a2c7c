#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace paceline::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

bool CliRun::errIsOneLine() const
{
    return !err.isEmpty() && err.trimmed().count(QLatin1Char('\n')) == 0;
}

CliRun runCli(const QStringList& arguments)
{
    static QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PACELINE_CLI_PATH), arguments);
    const bool finished = process.waitForFinished(120000);
    EXPECT_TRUE(finished) << "paceline-cli " << arguments.join(QLatin1Char(' ')).toStdString();
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TempLog::TempLog() : m_path(m_dir.filePath(QStringLiteral("log.sqlite"))) {}

} // namespace paceline::test
