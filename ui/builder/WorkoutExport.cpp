#include "WorkoutExport.h"

#include "core/io/activity/FitWorkoutWriter.h"
#include "core/science/Stability.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace paceline {

Status writeFitWorkoutFile(const SessionTemplate& session, const std::optional<Athlete>& athlete,
                           const QString& path)
{
    FitWorkoutOptions options;
    options.paces = athlete ? athletePaces(*athlete) : std::nullopt;
    options.created = QDateTime::currentDateTimeUtc();
    auto bytes = fitWorkout(session, options);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error{QObject::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

QString workoutFileName(const QString& sessionName)
{
    QString name = sessionName.trimmed();
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral("-"));
    return (name.isEmpty() ? QStringLiteral("workout") : name) + QStringLiteral(".fit");
}

} // namespace paceline
