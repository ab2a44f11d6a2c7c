#pragma once

#include "core/model/AnalysisSamples.h"
#include "core/model/EnumText.h"
#include "core/model/Step.h"
#include "core/science/TrainingPaces.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace paceline {

// "Calibrate the next session" (docs/advisor.md, "Calibrating the next session"): from
// the recent logged repeats of a template, propose its targets for next time, and say
// why in plain words. The thresholds are in CalibrationThresholds.h.

enum class CalibrationVerdict {
    Faster,          ///< steady, on target, at moderate RPE: work paces 1 % faster
    Keep,            ///< mixed signals or still adapting: same targets
    Shorter,         ///< faded or RPE at the top of the scale: shorter reps, same pace
    NotEnoughHistory ///< no logged repeat with work reps to go by
};

template <> struct EnumTraits<CalibrationVerdict> {
    static constexpr std::array<EnumEntry<CalibrationVerdict>, 4> entries{{
        {CalibrationVerdict::Faster, "faster", QT_TRANSLATE_NOOP("paceline", "A little faster")},
        {CalibrationVerdict::Keep, "keep", QT_TRANSLATE_NOOP("paceline", "Keep the targets")},
        {CalibrationVerdict::Shorter, "shorter",
         QT_TRANSLATE_NOOP("paceline", "Shorter reps, same pace")},
        {CalibrationVerdict::NotEnoughHistory, "not-enough-history",
         QT_TRANSLATE_NOOP("paceline", "Not enough history")},
    }};
};

/// What one repeat showed, as the proposal's reasons quote it.
struct RepeatSummary {
    QDate day;
    LoggedSessionId session;
    int workReps = 0;
    /// Work reps with a target band, and those run inside it or faster.
    int repsWithTarget = 0;
    int repsOnOrFasterThanTarget = 0;
    std::optional<double> paceCvPercent;
    std::optional<double> fadePercent; ///< positive = slowed
    std::optional<double> meanWorkRpe;
    std::optional<double> peakWorkRpe;

    friend bool operator==(const RepeatSummary&, const RepeatSummary&) = default;
};

/// One step the proposal changes, described for the user.
struct CalibrationChange {
    StepId step;
    QString before; ///< the whole step, e.g. "1,000 m at 3:50–3:55/km"
    QString after;  ///< only what changes, e.g. "900 m, same pace"

    friend bool operator==(const CalibrationChange&, const CalibrationChange&) = default;
};

struct CalibrationProposal {
    CalibrationVerdict verdict = CalibrationVerdict::NotEnoughHistory;
    QString summary;                    ///< one sentence: what to change and why
    std::vector<QString> reasons;       ///< the evidence, one line per signal
    std::vector<RepeatSummary> repeats; ///< oldest first
    StepTree proposedSteps;             ///< the template's steps with the change applied (ids kept)
    std::vector<CalibrationChange> changes; ///< empty for Keep / NotEnoughHistory
};

/// Summarises one repeat (its work reps against the bands of the steps they link to).
RepeatSummary summarizeRepeat(const TemplateRepeat& repeat,
                              const std::optional<TrainingPaces>& paces);

/// Proposes `templateSteps` for next time from `repeats` (oldest first; the last
/// kCalibrationRepeats are used). `paces` turns zone targets into paces.
CalibrationProposal proposeCalibration(const StepTree& templateSteps,
                                       const std::vector<TemplateRepeat>& repeats,
                                       const std::optional<TrainingPaces>& paces);

} // namespace paceline
