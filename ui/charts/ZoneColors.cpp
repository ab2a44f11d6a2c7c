#include "ZoneColors.h"

namespace paceline {

namespace {

QColor baseColor(std::optional<PaceZone> zone)
{
    if (!zone)
        return QColor(0x8a, 0x9b, 0xae); // open or unknown intensity: neutral slate
    switch (*zone) {
    case PaceZone::Easy:
        return QColor(0x4e, 0xa8, 0x9a);
    case PaceZone::Marathon:
        return QColor(0x7d, 0xb3, 0x4f);
    case PaceZone::Threshold:
        return QColor(0xe6, 0xa2, 0x2e);
    case PaceZone::Interval:
        return QColor(0xe0, 0x6a, 0x2f);
    case PaceZone::Repetition:
        return QColor(0xc2, 0x41, 0x2d);
    case PaceZone::RotationRace:
        return QColor(0x7b, 0x5c, 0xc4);
    case PaceZone::RotationSurge:
        return QColor(0xb0, 0x3a, 0x9e);
    case PaceZone::RotationEasy:
        return QColor(0x7f, 0xb8, 0xd6);
    }
    return QColor(0x8a, 0x9b, 0xae);
}

} // namespace

QColor zoneColor(std::optional<PaceZone> zone, bool recovery)
{
    const QColor color = baseColor(zone);
    return recovery ? color.lighter(135) : color;
}

} // namespace paceline
