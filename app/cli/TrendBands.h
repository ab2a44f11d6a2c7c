#pragma once

#include "core/model/Athlete.h"
#include "core/model/Intensity.h"
#include "core/model/Result.h"
#include "core/science/Trends.h"

#include <optional>

namespace paceline::cli {

/// An RPE band typed as "LOW-HIGH" on the CR-10 scale ("7-8", "6.5-7.5"). The error
/// names `option` and the text.
Result<EffortBand> rpeBandFromText(const QString& option, const QString& text);

/// A heart-rate band typed as "LOW-HIGH" in beats per minute ("150-160"). The error names
/// `option` and the text.
Result<EffortBand> heartRateBandFromText(const QString& option, const QString& text);

/// A pace band typed as "MM:SS-MM:SS" per km, in either order ("3:55-4:05"). The error
/// names `option` and the text.
Result<PaceRange> paceBandFromText(const QString& option, const QString& text);

/// The athlete's T pace +-2 %, the band the stability figures give a T rep; nullopt
/// without a race to take paces from.
std::optional<PaceRange> thresholdPaceBand(const Athlete& athlete);

} // namespace paceline::cli
