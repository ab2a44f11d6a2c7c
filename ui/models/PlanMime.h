#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace paceline {

/// Row ids carried by a drag (planned sessions from the planner, templates from the
/// library): plain text, "12,15,40", so another program's drop is easy to inspect.
QByteArray encodeIds(const std::vector<qint64>& ids);

/// The ids in `data`; empty when any entry is not a valid id (a foreign or damaged
/// drop is refused whole rather than half-applied). Duplicates are dropped.
std::vector<qint64> decodeIds(const QByteArray& data);

} // namespace paceline
