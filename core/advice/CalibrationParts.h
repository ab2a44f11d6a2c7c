#pragma once

// The pieces of "calibrate the next session" (Calibration.h) shared by its sources:
// the plain-language texts and the two edits a proposal can make.

#include "Calibration.h"
#include "core/model/StepPath.h"

#include <QString>

#include <optional>
#include <vector>

namespace paceline::advice {

/// "12 Nov".
QString dayText(QDate day);
/// "1.2 %".
QString percentText(double percent);
/// "On 12 Nov: 6 of 6 reps on or faster than target, pace CV 1.2 %, fade 0.4 %, mean
/// RPE 7.0."
QString repeatLine(const RepeatSummary& repeat);

/// "1,000 m at 3:50–3:55/km", "3 min at I pace (3:50–3:55/km)", "90 s at RPE 8".
QString stepText(const Step& step, const std::optional<TrainingPaces>& paces);
/// A shortened step, saying only what changed: "700 m, same pace", "2:45, same effort".
QString shorterStepText(const Step& step);
/// A faster step, saying only what changed: "4:12–4:22/km, same distance" (or "same
/// time" for a rep set by duration).
QString fasterStepText(const Step& step, const std::optional<TrainingPaces>& paces);

/// A zone's pace band by the rule the stability figures use (a Daniels point pace
/// +-2 %, E its range); nullopt without paces or for the rotation zones.
std::optional<PaceRange> zoneBand(PaceZone zone, const std::optional<TrainingPaces>& paces);

/// The template's steps after an edit, what changed, and notes on the work steps the
/// edit left as they were (one line each kind, naming the steps).
struct CalibratedSteps {
    StepTree steps;
    std::vector<CalibrationChange> changes;
    std::vector<QString> notes;
};

/// Every work step's distance or duration cut by kShortenFactor, rounded; intensity kept.
CalibratedSteps shortenedWork(const StepTree& steps, const std::optional<TrainingPaces>& paces);

/// Every work step with a pace target kFasterSpeedFactor faster; a zone target becomes
/// the explicit pace range of its band, made faster.
CalibratedSteps fasterWork(const StepTree& steps, const std::optional<TrainingPaces>& paces);

} // namespace paceline::advice
