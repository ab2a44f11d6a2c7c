#include "RandomTrees.h"

#include <algorithm>
#include <array>

namespace paceline::trees {

namespace {

constexpr int kMaxDepth = 3;

template <typename E> E pick(int index)
{
    const auto& entries = enumEntries<E>();
    return entries[size_t(index) % entries.size()].value;
}

} // namespace

std::uint64_t RandomTrees::next()
{
    // splitmix64: tiny, well mixed and the same on every platform.
    m_state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int RandomTrees::below(int bound)
{
    return int(next() % std::uint64_t(bound));
}

StepTree RandomTrees::tree()
{
    StepTree result;
    const int size = 1 + below(6);
    for (int index = 0; index < size; ++index)
        result.push_back(node(0));
    return result;
}

StepNode RandomTrees::node(int depth)
{
    if (depth < kMaxDepth && chance(35))
        return group(depth);
    return StepNode{step()};
}

StepNode RandomTrees::group(int depth)
{
    RepeatGroup group;
    group.count = chance(70) ? 1 + below(12) : 1 + below(100);
    if (chance(40)) {
        // The rep-and-recovery shape the notation writes with '/'.
        group.children.push_back(StepNode{step()});
        Step second = step();
        second.kind = chance(80) ? StepKind::Recovery : StepKind::Rest;
        group.children.push_back(StepNode{second});
    } else {
        const int size = 1 + below(4);
        for (int index = 0; index < size; ++index)
            group.children.push_back(node(depth + 1));
    }
    if (chance(25))
        group.recoveryBetweenSets = step();
    return StepNode{std::move(group)};
}

Step RandomTrees::step()
{
    Step result;
    result.kind = pick<StepKind>(below(8));
    if (chance(25))
        result.sport = pick<Sport>(below(6));
    const int modeChance = result.kind == StepKind::Recovery ? 60 : 10;
    if (chance(modeChance))
        result.recoveryMode = pick<RecoveryMode>(below(3));
    result.target = target();
    result.intensity = intensity();
    return result;
}

Target RandomTrees::target()
{
    switch (below(8)) {
    case 0:
        return {};
    case 1:
        return Distance{double(1 + below(50)) * 1000.0}; // whole km
    case 2: {
        // Miles to two decimals, kept to the millimetre as the notation keeps them.
        const double miles = double(1 + below(2000)) / 100.0;
        return Distance{double(std::llround(miles * kMetresPerMile * 1000.0)) / 1000.0};
    }
    case 3:
        return Distance{double(1 + below(20'000'000)) / 1000.0}; // any millimetre
    case 4:
        return Distance{double(50 + below(5000))};
    case 5:
        return Duration{double(1 + below(200)) * 60.0};
    case 6:
        return Duration{double(1 + below(20'000))};
    default:
        return Duration{double(1 + below(10'000'000)) / 1000.0}; // any millisecond
    }
}

Intensity RandomTrees::intensity()
{
    switch (below(6)) {
    case 0:
        return {};
    case 1:
        return pick<PaceZone>(below(8));
    case 2: {
        // A pace per km or per mile, to the millisecond: what the notation can write.
        const Distance unit = chance(50) ? Distance{kMetresPerKilometre} : Distance{kMetresPerMile};
        const double maxSeconds = unit.metres == kMetresPerMile ? 2200.0 : 3600.0;
        std::array<double, 2> seconds{};
        for (double& value : seconds)
            value =
                double(std::llround(60'000 + below(int((maxSeconds - 60.0) * 1000.0)))) / 1000.0;
        if (chance(50))
            seconds[1] = seconds[0];
        std::sort(seconds.begin(), seconds.end());
        return PaceRange{Speed::fromPace(Duration{seconds[1]}, unit),
                         Speed::fromPace(Duration{seconds[0]}, unit)};
    }
    case 3: {
        const int low = 25 + below(226);
        return HeartRateRange{low, chance(30) ? low : low + below(251 - low)};
    }
    case 4:
        return RpeTarget{double(below(101)) / 10.0};
    default:
        return RpeTarget{double(below(11))};
    }
}

} // namespace paceline::trees
