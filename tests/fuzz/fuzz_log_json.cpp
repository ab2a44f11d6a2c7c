// The backup reader (logFromJson: athletes, templates, microcycles, plans, rest days,
// logged sessions with reps) on arbitrary bytes. A log it reads is written again with
// logToJson, must read back, and must then be written the same: a backup restores.

#include "FuzzChecks.h"
#include "core/io/LogJson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    const QString name = QStringLiteral("fuzz-backup.json");
    const auto log = logFromJson(fuzz::bytesOf(data, size), name);
    fuzz::requireUsefulError(log, name);
    if (!log.ok())
        return 0;
    const QByteArray written = logToJson(*log);
    const auto again = logFromJson(written, name);
    fuzz::require(again.ok(), "a written log reads back",
                  again.ok() ? QString() : again.errorMessage());
    fuzz::require(logToJson(*again) == written, "a log read back is written the same",
                  QString::fromUtf8(written));
    return 0;
}
