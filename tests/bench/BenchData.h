#pragma once

// Where the benchmarks find the demo logs that scripts/run-benchmarks.sh writes: the
// directory in $PACELINE_BENCH_DATA, files demo-a<athletes>-w<weeks>.sqlite. Header-only so
// every benchmark file can use it without a link dependency.

#include <QFileInfo>
#include <QString>
#include <QtGlobal>

#include <benchmark/benchmark.h>

#include <optional>

namespace paceline {

/// The file name of the demo log with `athletes` athletes over `weeks` weeks.
inline QString benchDatasetName(int athletes, int weeks)
{
    return QStringLiteral("demo-a%1-w%2.sqlite").arg(athletes).arg(weeks);
}

/// The path of that demo log in $PACELINE_BENCH_DATA, or nothing when the variable is unset
/// or the file is absent (the benchmark then skips). Never write into it: copy it first.
inline std::optional<QString> benchDataset(int athletes, int weeks)
{
    const QString dir = qEnvironmentVariable("PACELINE_BENCH_DATA");
    if (dir.isEmpty())
        return std::nullopt;
    const QFileInfo file(dir + QLatin1Char('/') + benchDatasetName(athletes, weeks));
    if (!file.isFile())
        return std::nullopt;
    return file.absoluteFilePath();
}

/// The message for state.SkipWithError when benchDataset() found nothing.
inline QString benchDataMissing(int athletes, int weeks)
{
    const QString dir = qEnvironmentVariable("PACELINE_BENCH_DATA");
    const QString where = dir.isEmpty() ? QStringLiteral("$PACELINE_BENCH_DATA (unset)") : dir;
    return QStringLiteral("no %1 in %2: set PACELINE_BENCH_DATA to the dataset directory "
                          "(scripts/run-benchmarks.sh writes it)")
        .arg(benchDatasetName(athletes, weeks), where);
}

namespace bench {
// The same helpers under the namespace SyntheticRecordings.h uses, for either spelling.
using paceline::benchDataMissing;
using paceline::benchDataset;
} // namespace bench

/// The logs of the scale tables (scripts/run-benchmarks.sh writes them): 1, 2, 5 and 10
/// years of one athlete, then 3, 10 and 30 athletes over ten years. For ->Apply().
inline void scaleDatasets(benchmark::internal::Benchmark* benchmark)
{
    benchmark->ArgNames({"athletes", "weeks"});
    for (const int weeks : {52, 104, 260, 520})
        benchmark->Args({1, weeks});
    for (const int athletes : {3, 10, 30})
        benchmark->Args({athletes, 520});
}

} // namespace paceline
