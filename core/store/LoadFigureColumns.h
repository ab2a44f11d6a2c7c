#pragma once

#include "SqlRow.h"
#include "core/model/LoadFigures.h"

#include <QString>
#include <QVariant>

#include <array>
#include <cstddef>

namespace paceline::LoadFigureColumns {

// The stored SessionLoadFigures (version 5): columns of logged_session, and daily_load
// sums under the same names. The session rows, the daily-load reader and the refresh
// of the figures all map them here, so the order is written once.

inline constexpr std::size_t kCount = 2 + kLoadZoneCount;

/// trimp, running_tss, then zone_e_s to zone_r_s in LoadZone order.
const std::array<QString, kCount>& names();
/// names() joined by ", ", for SELECT lists.
QString list();
/// The values of names() for one session; an absent TRIMP or TSS is NULL.
std::array<QVariant, kCount> values(const SessionLoadFigures& figures);
/// The figures in the kCount columns from `first`.
SessionLoadFigures read(RowReader& row, int first);
/// The zone times in the kLoadZoneCount columns from `first`.
ZoneSeconds readZones(RowReader& row, int first);

} // namespace paceline::LoadFigureColumns
