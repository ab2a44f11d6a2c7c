#include "FitOracle.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace paceline::test {

namespace {

constexpr int kTimeoutMs = 60000; // node starts slowly on a loaded machine

QString nodeExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QJsonObject failure(const QString& why)
{
    return QJsonObject{{QStringLiteral("oracleFailure"), why}};
}

} // namespace

QString fitOracleDir()
{
    const QByteArray fromEnvironment = qgetenv("PACELINE_ORACLE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(PACELINE_ORACLE_DIR)
                                     : QString::fromLocal8Bit(fromEnvironment);
}

std::optional<QString> fitOracleMissing()
{
    if (nodeExecutable().isEmpty())
        return QStringLiteral("node is not on the PATH");
    const QDir dir(fitOracleDir());
    if (!dir.exists(QStringLiteral("node_modules/@garmin/fitsdk/package.json")) ||
        !dir.exists(QStringLiteral("fit-messages.mjs")))
        return fitOracleDir() + QStringLiteral(" has no installed @garmin/fitsdk");
    return std::nullopt;
}

QJsonObject fitOracleMessages(const QByteArray& fitBytes, const QStringList& extraMesgs)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/paceline-oracle-XXXXXX.fit"));
    if (!file.open() || file.write(fitBytes) != fitBytes.size() || !file.flush())
        return failure(QStringLiteral("cannot write a temporary file"));
    QStringList arguments{QDir(fitOracleDir()).filePath(QStringLiteral("fit-messages.mjs")),
                          file.fileName()};
    if (!extraMesgs.isEmpty())
        arguments << QStringLiteral("--mesgs") << extraMesgs.join(QLatin1Char(','));
    QProcess node;
    node.start(nodeExecutable(), arguments);
    if (!node.waitForFinished(kTimeoutMs) || node.exitStatus() != QProcess::NormalExit)
        return failure(QStringLiteral("node did not finish: ") + node.errorString());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(node.readAllStandardOutput(), &error);
    if (!json.isObject())
        return failure(
            QStringLiteral("no JSON from fit-messages.mjs (exit %1): %2 %3")
                .arg(node.exitCode())
                .arg(error.errorString(), QString::fromUtf8(node.readAllStandardError())));
    return json.object();
}

} // namespace paceline::test
