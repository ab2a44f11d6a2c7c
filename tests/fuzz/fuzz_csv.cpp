// Paceline's own CSV (sessions.csv with its reps.csv) on arbitrary bytes. The input is
// both files: the sessions text up to the first form feed, the reps text after it (no
// form feed: no reps file). The CSV tokenizer and the header sniffing get the whole.

#include "FuzzChecks.h"
#include "core/io/activity/CsvLog.h"
#include "core/io/activity/CsvText.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    const QString name = QStringLiteral("fuzz-sessions.csv");
    const QByteArrayView bytes = fuzz::bytesOf(data, size);
    const qsizetype split = bytes.indexOf('\f');
    const QByteArrayView sessions = split < 0 ? bytes : bytes.first(split);
    const QByteArrayView reps = split < 0 ? QByteArrayView() : bytes.sliced(split + 1);

    const Result<Recording> recording = readCsvLog(sessions, reps, name);
    // A problem in the reps text names the reps file, whose name comes from this one.
    fuzz::requireUsefulError(recording);
    if (!recording.ok())
        fuzz::require(recording.errorMessage().contains(name) ||
                          recording.errorMessage().contains(repsCsvNameFor(name)),
                      "an error names the sessions or the reps file", recording.errorMessage());
    if (recording.ok())
        fuzz::requireFiniteFigures(*recording);

    const csv::CsvParse parsed = csv::parseCsv(bytes, name);
    fuzz::require(parsed.error.isEmpty() || parsed.error.contains(name),
                  "a CSV error names the file", parsed.error);
    (void)csv::headerOf(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    (void)CsvReader().recognises(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    return 0;
}
