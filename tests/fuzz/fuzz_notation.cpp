// The session notation parser on arbitrary text. An error gives a message and a column
// inside the line (or just past its end); a tree the parser gives is written back with
// formatSessionNotation and must parse to the same tree (SessionNotation.h promises it).

#include "FuzzChecks.h"
#include "core/io/SessionNotation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    const auto parsed = parseSessionNotation(text);
    if (!parsed.ok()) {
        fuzz::require(!parsed.errorMessage().trimmed().isEmpty(), "an error has a message");
        fuzz::require(parsed.error().column >= 1 && parsed.error().column <= text.size() + 1,
                      "an error's column is inside the line",
                      QStringLiteral("column %1 of %2: %3")
                          .arg(parsed.error().column)
                          .arg(text.size())
                          .arg(parsed.errorMessage()));
        return 0;
    }
    const QString written = formatSessionNotation(*parsed);
    const auto again = parseSessionNotation(written);
    fuzz::require(again.ok(), "the written notation parses",
                  written + QStringLiteral("\n") + (again.ok() ? QString() : again.errorMessage()));
    fuzz::require(*again == *parsed, "the written notation gives the same steps",
                  text + QStringLiteral("\n-> ") + written);
    return 0;
}
