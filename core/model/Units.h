#pragma once

// Qt's base header first: moc follows this header from Q_OBJECT classes, and it only
// parses <compare> once libstdc++'s configuration macros are defined.
#include <QtGlobal>

#include <compare>

namespace paceline {

// SI inside: metres, seconds and metres per second. Kilometres, miles and paces
// exist only at the edges (ui/, CLI, file formats), through these helpers.

inline constexpr double kMetresPerKilometre = 1000.0;
inline constexpr double kMetresPerMile = 1609.344;

enum class UnitSystem { Metric, Imperial };

struct Distance {
    double metres = 0.0;

    static constexpr Distance fromKilometres(double km) { return {km * kMetresPerKilometre}; }
    static constexpr Distance fromMiles(double miles) { return {miles * kMetresPerMile}; }
    constexpr double kilometres() const { return metres / kMetresPerKilometre; }
    constexpr double miles() const { return metres / kMetresPerMile; }

    friend constexpr auto operator<=>(const Distance&, const Distance&) = default;
};

struct Duration {
    double seconds = 0.0;

    static constexpr Duration fromMinutes(double minutes) { return {minutes * 60.0}; }
    static constexpr Duration fromHours(double hours) { return {hours * 3600.0}; }
    constexpr double minutes() const { return seconds / 60.0; }

    friend constexpr auto operator<=>(const Duration&, const Duration&) = default;
};

struct Speed {
    double metresPerSecond = 0.0;

    /// Pace is time per unit distance; a pace of 0 has no speed and gives 0.
    static constexpr Speed fromPace(Duration perUnit, Distance unit)
    {
        return {perUnit.seconds > 0.0 ? unit.metres / perUnit.seconds : 0.0};
    }
    static constexpr Speed fromSecondsPerKilometre(double seconds)
    {
        return fromPace({seconds}, {kMetresPerKilometre});
    }
    /// Time per `unit` at this speed; 0 when standing still.
    constexpr Duration paceFor(Distance unit) const
    {
        return {metresPerSecond > 0.0 ? unit.metres / metresPerSecond : 0.0};
    }
    constexpr double secondsPerKilometre() const { return paceFor({kMetresPerKilometre}).seconds; }

    friend constexpr auto operator<=>(const Speed&, const Speed&) = default;
};

constexpr Speed operator/(Distance d, Duration t)
{
    return {t.seconds > 0.0 ? d.metres / t.seconds : 0.0};
}
constexpr Duration operator/(Distance d, Speed v)
{
    return {v.metresPerSecond > 0.0 ? d.metres / v.metresPerSecond : 0.0};
}
constexpr Distance operator*(Speed v, Duration t)
{
    return {v.metresPerSecond * t.seconds};
}

/// The unit a pace is shown per: a kilometre or a mile.
constexpr Distance paceUnit(UnitSystem units)
{
    return units == UnitSystem::Imperial ? Distance{kMetresPerMile} : Distance{kMetresPerKilometre};
}

} // namespace paceline
