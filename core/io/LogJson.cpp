#include "LogJson.h"

namespace paceline {

// STUB: the whole-log JSON is being written.
QByteArray logToJson(const LogSnapshot&) { return {}; }
Result<LogSnapshot> logFromJson(QByteArrayView, const QString& fileName)
{
    return Error{fileName + QStringLiteral(": not written yet")};
}

} // namespace paceline
