#pragma once

#include <QtGlobal>

namespace paceline::demo {

/// The demo's only source of variation: xoshiro256** seeded through splitmix64, with
/// distributions written out here. The standard library's engines are portable but
/// its distributions are not (libstdc++, libc++ and MSVC draw different numbers), and
/// the demo log must be the same on every platform for the same seed.
class Random {
public:
    explicit Random(quint64 seed);

    /// A seed for an independent stream, e.g. one per athlete, so that athlete 3 is
    /// the same whether 5 or 50 athletes are generated.
    static quint64 mix(quint64 seed, quint64 stream);

    quint64 next();
    /// Uniform in [0, 1), 53 bits.
    double uniform();
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [low, high], both included.
    int between(int low, int high);
    bool chance(double probability) { return uniform() < probability; }
    /// Approximately standard normal: the sum of 12 uniforms less 6 (Irwin-Hall). Only
    /// arithmetic, so bit-identical everywhere, and bounded to +-6, which keeps the
    /// demo free of absurd outliers.
    double normal();
    /// Normal with this mean and deviation, cut at `limit` deviations.
    double normal(double mean, double deviation, double limit = 2.5);

private:
    quint64 m_state[4];
};

} // namespace paceline::demo
