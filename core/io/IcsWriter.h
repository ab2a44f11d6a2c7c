#pragma once

#include "core/model/Athlete.h"
#include "core/model/PlannedSession.h"

#include <QByteArray>
#include <QDateTime>

#include <vector>

namespace paceline {

/// Planned sessions as an iCalendar file (RFC 5545) that calendar apps import: one
/// all-day VEVENT per session (its day; the session has no time), summary the session's
/// name, description its notation, targets in the athlete's paces and its notes. UIDs
/// are stable per planned session and log, so importing again updates the events.
/// Lines are folded at 75 octets and text is escaped as the RFC requires; `stamp` is
/// the DTSTAMP (passed in: no clock here).
QByteArray plannedSessionsToIcs(const std::vector<PlannedSession>& sessions, const Athlete& athlete,
                                const QDateTime& stamp);

} // namespace paceline
