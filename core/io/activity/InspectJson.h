#pragma once

#include "Recording.h"

#include <QJsonObject>

namespace paceline {

/// What `paceline-cli inspect --json` prints (README): format, sport, start (ISO 8601
/// UTC), elapsed_s, timer_s, distance_m, records and laps [{start, elapsed_s, timer_s,
/// distance_m, avg_hr, max_hr}], null where the file has no value; a file with several
/// sessions adds "sessions": [...] each with its sport and laps, and the top level
/// sums them (sport "multisport"). Also "first_record"/"last_record" (the records' time
/// span) and, for one session or each of several, "avg_hr"/"max_hr"; each session
/// gives its own "records".
QJsonObject inspectJson(const Recording& recording);

} // namespace paceline
