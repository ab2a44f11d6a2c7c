// Google Benchmark entry point with the QCoreApplication that QtSql's driver plugin needs.

#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
