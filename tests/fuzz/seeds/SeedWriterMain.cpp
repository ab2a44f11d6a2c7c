// paceline_fuzz_seeds CORPUS_DIR [SHARED_DATA_DIR]: writes the seed corpus of every fuzz
// target into CORPUS_DIR/<target>/ (run by scripts/run-fuzz.sh into the build folder;
// corpora are never committed). The seeds come from the project's own writers; when
// SHARED_DATA_DIR (../shared/data) is there, its recordings are added, each cut to its
// first 64 KiB: no target reads more per input.

#include "Seeds.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <functional>

using namespace paceline::fuzz;

namespace {

constexpr qint64 kMostSeedBytes = 64 * 1024;

struct Target {
    const char* name;
    std::function<std::vector<Seed>()> seeds;
    QStringList sharedFolders; ///< under SHARED_DATA_DIR
    QStringList sharedPatterns;
};

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "%s: cannot be written (%s)\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

/// Copies the start of every matching recording; returns how many, or -1 on failure.
int copyShared(const Target& target, const QDir& shared, const QDir& corpus)
{
    int copied = 0;
    for (const QString& folder : target.sharedFolders) {
        const QDir dir(shared.filePath(folder));
        for (const QString& name : dir.entryList(target.sharedPatterns, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (!writeFile(corpus.filePath(QStringLiteral("shared-%1-%2").arg(folder, name)),
                           file.read(kMostSeedBytes)))
                return -1;
            ++copied;
        }
    }
    return copied;
}

std::vector<Target> targets()
{
    return {
        {"fit",
         fitSeeds,
         {QStringLiteral("fit"), QStringLiteral("bad")},
         {QStringLiteral("*.fit")}},
        {"tcx",
         tcxSeeds,
         {QStringLiteral("tcx"), QStringLiteral("bad")},
         {QStringLiteral("*.tcx")}},
        {"gpx",
         gpxSeeds,
         {QStringLiteral("gpx"), QStringLiteral("bad")},
         {QStringLiteral("*.gpx")}},
        {"csv", csvSeeds, {}, {}},
        {"notation", notationSeeds, {}, {}},
        {"session_json", sessionJsonSeeds, {}, {}},
        {"week_file", weekFileSeeds, {}, {}},
        {"log_json", logJsonSeeds, {}, {}},
    };
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [SHARED_DATA_DIR]\n", argv[0]);
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    const QDir shared(argc == 3 ? QString::fromLocal8Bit(argv[2]) : QString());
    const bool haveShared = argc == 3 && shared.exists();
    for (const Target& target : targets()) {
        const QString folder = QString::fromLatin1(target.name);
        if (!root.mkpath(folder)) {
            std::fprintf(stderr, "%s: cannot be made\n", qPrintable(root.filePath(folder)));
            return 1;
        }
        const QDir corpus(root.filePath(folder));
        const std::vector<Seed> seeds = target.seeds();
        for (const Seed& seed : seeds)
            if (!writeFile(corpus.filePath(seed.name), seed.bytes))
                return 1;
        const int copied = haveShared ? copyShared(target, shared, corpus) : 0;
        if (copied < 0)
            return 1;
        std::printf("%-13s %3zu seeds written, %3d from shared data\n", target.name, seeds.size(),
                    copied);
    }
    return 0;
}
