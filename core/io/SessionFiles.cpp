#include "SessionFiles.h"

#include "SessionJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace paceline {

namespace {

// A session file is a few kilobytes; anything far larger is not one, and reading it
// whole would only waste memory.
constexpr qint64 kMaxSessionFileBytes = 4 * 1024 * 1024;

} // namespace

Status writeSessionFile(const SessionTemplate& session, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write '%1': %2").arg(path, file.errorString())};
    file.write(QJsonDocument(sessionToJson(session)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{QStringLiteral("cannot write '%1': %2").arg(path, file.errorString())};
    return {};
}

Result<SessionTemplate> readSessionFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read '%1': %2").arg(path, file.errorString())};
    // Read no more than the limit even when the size is unknown: a pipe or a device
    // (/dev/zero) reports no size and would otherwise be read until memory runs out.
    const QByteArray bytes = file.read(kMaxSessionFileBytes + 1);
    if (bytes.size() > kMaxSessionFileBytes) {
        return Error{QStringLiteral("'%1' is over %2 MB, too large to be a session file")
                         .arg(path)
                         .arg(kMaxSessionFileBytes / (1024 * 1024))};
    }
    auto session = sessionFromJsonBytes(bytes);
    if (!session)
        return Error{QStringLiteral("'%1': %2").arg(path, session.errorMessage())};
    return session;
}

} // namespace paceline
