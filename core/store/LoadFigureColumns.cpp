#include "LoadFigureColumns.h"

#include <QStringList>

namespace paceline::LoadFigureColumns {

const std::array<QString, kCount>& names()
{
    static const std::array<QString, kCount> columns{
        QStringLiteral("trimp"),    QStringLiteral("running_tss"), QStringLiteral("zone_e_s"),
        QStringLiteral("zone_m_s"), QStringLiteral("zone_t_s"),    QStringLiteral("zone_i_s"),
        QStringLiteral("zone_r_s")};
    return columns;
}

QString list()
{
    return QStringList(names().begin(), names().end()).join(QStringLiteral(", "));
}

static_assert(kLoadZoneCount == 5, "values() lists one column per zone");

std::array<QVariant, kCount> values(const SessionLoadFigures& figures)
{
    const ZoneSeconds& zones = figures.zoneSeconds;
    return {figures.trimp ? QVariant(*figures.trimp) : QVariant(),
            figures.runningTss ? QVariant(*figures.runningTss) : QVariant(),
            zones[0],
            zones[1],
            zones[2],
            zones[3],
            zones[4]};
}

SessionLoadFigures read(RowReader& row, int first)
{
    return SessionLoadFigures{row.optReal(first), row.optReal(first + 1),
                              readZones(row, first + 2)};
}

ZoneSeconds readZones(RowReader& row, int first)
{
    ZoneSeconds zones{};
    for (int zone = 0; zone < kLoadZoneCount; ++zone)
        zones[std::size_t(zone)] = row.real(first + zone);
    return zones;
}

} // namespace paceline::LoadFigureColumns
