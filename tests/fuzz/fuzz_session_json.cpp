// The session JSON reader on arbitrary bytes. A session it reads is written with
// sessionToJson and must read back, and writing that again must give the same JSON:
// what the app exports, it can import.

#include "FuzzChecks.h"
#include "core/io/SessionJson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    const auto session = sessionFromJsonBytes(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    fuzz::requireUsefulError(session);
    if (!session.ok())
        return 0;
    const QJsonObject written = sessionToJson(*session);
    const auto again = sessionFromJson(written);
    fuzz::require(again.ok(), "a written session reads back",
                  again.ok() ? QString() : again.errorMessage());
    const QJsonObject rewritten = sessionToJson(*again);
    fuzz::require(rewritten == written, "a session read back is written the same",
                  QString::fromUtf8(QJsonDocument(written).toJson()) + QStringLiteral("\n-> ") +
                      QString::fromUtf8(QJsonDocument(rewritten).toJson()));
    return 0;
}
