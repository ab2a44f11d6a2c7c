#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace paceline::fuzz {

/// One seed input: a file name (in its target's corpus folder) and its bytes.
struct Seed {
    QString name;
    QByteArray bytes;
};

// The seeds of each target, made with the project's own writers (or, for TCX and GPX,
// which Paceline only reads, written out here).
std::vector<Seed> fitSeeds();
std::vector<Seed> tcxSeeds();
std::vector<Seed> gpxSeeds();
std::vector<Seed> csvSeeds();
std::vector<Seed> notationSeeds();
std::vector<Seed> sessionJsonSeeds();
std::vector<Seed> weekFileSeeds();
std::vector<Seed> logJsonSeeds();

} // namespace paceline::fuzz
