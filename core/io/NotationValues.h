#pragma once

#include "NotationTokenizer.h"
#include "NotationWords.h"
#include "core/model/Intensity.h"
#include "core/model/Step.h"

#include <QString>

namespace paceline::notation {

// Amounts and intensities, read and written by the same conversions so that a value
// written by the formatter reads back to the very same double. Amounts are kept to the
// millimetre and the millisecond; paces to the millisecond per kilometre or mile.

/// Reads an amount at the cursor, which is on a Number: 400m, 2km, 1mi, 1.5km, 90s,
/// 15min, 1h, 1:30 or 1:05:00.
bool parseAmount(TokenCursor& cursor, Target& target);

/// Reads m:ss (or h:mm:ss when `maxFields` is 3) from `first`, a Number already taken,
/// and the fields after it: fields after the first have two digits below 60, and only
/// the last may have a fraction.
bool parseClock(TokenCursor& cursor, const Token& first, int maxFields, double& seconds);

/// Reads an intensity at the cursor, which is on '@': @E, @race, @3:55/km,
/// @3:50-3:55/km, @6:20/mi, @hr150-160, @hr150, @rpe7.
bool parseIntensity(TokenCursor& cursor, Intensity& intensity);

/// `400m`, `2km`, `1mi`, `15min`, `90s`, `2:30`; empty for an open target. Recoveries of
/// up to 90 s are written in seconds (`60s walk`), other whole minutes in minutes.
QString amountText(const Target& target, StepRole role, StepKind kind);

/// `@I`, `@3:55/km`, `@hr150-160`, `@rpe6.5`; empty when there is no intensity.
QString intensityText(const Intensity& intensity);

/// The shortest text that reads back as exactly `value`, without an exponent.
QString numberText(double value);

} // namespace paceline::notation
