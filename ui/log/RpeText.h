#pragma once

#include <QString>

namespace paceline {

/// The short plain label of a perceived-exertion value on the 0-10 scale: "rest",
/// "very easy", ..., "max"; empty outside the scale.
QString rpeLabel(double rpe);

/// "7 · very hard", as the form shows a typed RPE.
QString rpeWithLabel(double rpe);

} // namespace paceline
