#include "AtomicFile.h"

#include <QSaveFile>

namespace paceline::cli {

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write '%1': %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("cannot write '%1': %2").arg(path, file.errorString())};
    return {};
}

} // namespace paceline::cli
