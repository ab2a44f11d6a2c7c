#include "Random.h"

#include <algorithm>

namespace paceline::demo {

namespace {

quint64 splitmix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

constexpr quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Random::Random(quint64 seed)
{
    // splitmix64 spreads any seed (0 included) over the whole state, as the xoshiro
    // authors recommend; an all-zero state would only ever produce zeros.
    quint64 state = seed;
    for (quint64& word : m_state)
        word = splitmix64(state);
}

quint64 Random::mix(quint64 seed, quint64 stream)
{
    quint64 state = seed ^ (stream * 0xD1B54A32D192ED03ull);
    splitmix64(state);
    return splitmix64(state);
}

quint64 Random::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double Random::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int Random::between(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(qint64(high) - qint64(low) + 1);
    return int(qint64(low) + qint64(next() % span));
}

double Random::normal()
{
    double sum = 0.0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return sum - 6.0;
}

double Random::normal(double mean, double deviation, double limit)
{
    return mean + deviation * std::clamp(normal(), -limit, limit);
}

} // namespace paceline::demo
