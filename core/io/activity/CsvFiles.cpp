#include "CsvLog.h"

#include <QDir>
#include <QSaveFile>

namespace paceline {

namespace {

QString cannotWrite(const QSaveFile& file)
{
    return QStringLiteral("Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

} // namespace

Status writeCsvFiles(const QString& folder, const CsvExport& csv)
{
    if (!QDir().mkpath(folder))
        return Error{
            QStringLiteral("Cannot make the folder %1").arg(QDir::toNativeSeparators(folder))};
    const QDir dir(folder);
    QSaveFile sessions(dir.filePath(QLatin1String(kSessionsCsvName)));
    QSaveFile reps(dir.filePath(QLatin1String(kRepsCsvName)));
    if (!sessions.open(QIODevice::WriteOnly) || sessions.write(csv.sessions) != csv.sessions.size())
        return Error{cannotWrite(sessions)};
    if (!reps.open(QIODevice::WriteOnly) || reps.write(csv.reps) != csv.reps.size())
        return Error{cannotWrite(reps)}; // `sessions` is discarded: the old file stays
    if (!sessions.commit())
        return Error{cannotWrite(sessions)};
    if (!reps.commit())
        return Error{cannotWrite(reps)};
    return {};
}

} // namespace paceline
