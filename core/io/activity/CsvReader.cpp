#include "CsvColumns.h"
#include "CsvLog.h"
#include "CsvText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace paceline {

namespace {

// The same bound readActivityFile puts on any file.
constexpr qint64 kMaxRepsFileBytes = 256LL * 1024 * 1024;

/// The reps file beside `sessionsPath`, when the name says where it is and it exists;
/// an empty result means "no reps", a failure names the file that could not be read.
Result<QByteArray> repsBeside(const QString& sessionsPath)
{
    const QFileInfo sessions(sessionsPath);
    // Only beside a file that is there: a bare name given for messages must not make
    // the reader pick up a reps.csv from whatever the working folder is.
    if (!sessions.exists() ||
        !sessions.fileName().contains(QLatin1String("sessions"), Qt::CaseInsensitive))
        return QByteArray();
    const QString repsPath = sessions.dir().filePath(repsCsvNameFor(sessions.fileName()));
    QFile file(repsPath);
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot be read (%2)")
                         .arg(QFileInfo(repsPath).fileName(), file.errorString())};
    if (file.size() > kMaxRepsFileBytes)
        return Error{
            QStringLiteral("%1: is larger than 256 MiB").arg(QFileInfo(repsPath).fileName())};
    return file.readAll();
}

} // namespace

QString CsvReader::formatId() const
{
    return QStringLiteral("csv");
}

QString CsvReader::displayName() const
{
    return QStringLiteral("Paceline CSV");
}

QStringList CsvReader::fileNamePatterns() const
{
    return {QStringLiteral("*.csv")};
}

ReaderCapabilities CsvReader::capabilities() const
{
    return ReaderCapability::Laps | ReaderCapability::HeartRate | ReaderCapability::RepDetails;
}

bool CsvReader::recognises(QByteArrayView head) const
{
    return csv::isSessionsHeader(csv::headerOf(head));
}

Result<Recording> CsvReader::read(QByteArrayView bytes, const QString& fileName) const
{
    const QString name = QFileInfo(fileName).fileName();
    if (csv::isRepsHeader(csv::headerOf(bytes)))
        return Error{QStringLiteral("%1: holds reps; import the sessions file next to it (its "
                                    "name has \"sessions\" for \"reps\")")
                         .arg(name)};
    auto reps = repsBeside(fileName);
    if (!reps)
        return reps.error();
    return readCsvLog(bytes, *reps, fileName);
}

} // namespace paceline
