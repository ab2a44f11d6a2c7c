#include "Vdot.h"

#include <cmath>

namespace paceline {

namespace {

// Daniels & Gilbert (1979). Speeds in metres per minute and times in minutes, as
// the constants were fitted in those units.
constexpr double kCostIntercept = -4.60;
constexpr double kCostLinear = 0.182258;
constexpr double kCostQuadratic = 0.000104;

constexpr double kFractionFloor = 0.8;
constexpr double kFractionSlowAmplitude = 0.1894393;
constexpr double kFractionSlowRate = 0.012778;
constexpr double kFractionFastAmplitude = 0.2989558;
constexpr double kFractionFastRate = 0.1932605;

// sustainableFraction() falls from its value at t = 0 towards the floor, so for any
// race the speed's oxygen cost lies between these multiples of VDOT. That brackets the
// race time without guessing.
constexpr double kFractionCeiling =
    kFractionFloor + kFractionSlowAmplitude + kFractionFastAmplitude;

// Relative: a few microseconds on a marathon. About 35 halvings reach it; the cap only
// guards against a NaN slipping through.
constexpr double kTimeTolerance = 1e-10;
constexpr int kMaxBisections = 200;

constexpr double kSecondsPerMinute = 60.0;

double metresPerMinute(Speed speed)
{
    return speed.metresPerSecond * kSecondsPerMinute;
}

bool isPositive(double value)
{
    return std::isfinite(value) && value > 0.0;
}

} // namespace

double oxygenCost(Speed speed)
{
    const double v = metresPerMinute(speed);
    return kCostIntercept + kCostLinear * v + kCostQuadratic * v * v;
}

Speed speedForOxygenCost(double vo2)
{
    if (!std::isfinite(vo2) || vo2 <= kCostIntercept)
        return {};
    // The positive root of a v^2 + b v + (c - vo2) = 0, written so it does not lose
    // digits to cancellation when vo2 is close to the intercept.
    const double constant = kCostIntercept - vo2;
    const double discriminant = kCostLinear * kCostLinear - 4.0 * kCostQuadratic * constant;
    const double v = -2.0 * constant / (kCostLinear + std::sqrt(discriminant));
    return {v / kSecondsPerMinute};
}

double sustainableFraction(Duration time)
{
    const double t = time.minutes();
    return kFractionFloor + kFractionSlowAmplitude * std::exp(-kFractionSlowRate * t) +
           kFractionFastAmplitude * std::exp(-kFractionFastRate * t);
}

double vdotFromRace(Distance distance, Duration time)
{
    if (!isPositive(distance.metres) || !isPositive(time.seconds))
        return 0.0;
    return oxygenCost(distance / time) / sustainableFraction(time);
}

Duration equivalentRaceTime(double vdot, Distance distance)
{
    if (!isPositive(vdot) || !isPositive(distance.metres))
        return {};
    // vdotFromRace falls strictly as the time grows wherever the oxygen cost is
    // positive (the cost's elasticity to speed is at least 1, the fraction's to time
    // stays below 0.12), so bisection between the two bounds cannot miss the root.
    double fast = (distance / speedForOxygenCost(vdot * kFractionCeiling)).seconds;
    double slow = (distance / speedForOxygenCost(vdot * kFractionFloor)).seconds;
    for (int i = 0; i < kMaxBisections && slow - fast > kTimeTolerance * slow; ++i) {
        const double middle = 0.5 * (fast + slow);
        if (vdotFromRace(distance, {middle}) > vdot)
            fast = middle;
        else
            slow = middle;
    }
    return {0.5 * (fast + slow)};
}

Duration riegelTime(Distance knownDistance, Duration knownTime, Distance targetDistance,
                    double exponent)
{
    if (!isPositive(knownDistance.metres) || !isPositive(knownTime.seconds) ||
        !isPositive(targetDistance.metres) || !std::isfinite(exponent))
        return {};
    return {knownTime.seconds * std::pow(targetDistance.metres / knownDistance.metres, exponent)};
}

} // namespace paceline
