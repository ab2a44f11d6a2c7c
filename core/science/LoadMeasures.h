#pragma once

#include "TrainingPaces.h"
#include "core/model/Athlete.h"
#include "core/model/DailyLoad.h"
#include "core/model/EnumText.h"
#include "core/model/LoadFigures.h"
#include "core/model/LoggedSession.h"

#include <optional>

namespace paceline {

// How hard a logged session was, as one number (docs/formulas.md, "Training load").
// Three measures, the user picks which drives the charts; session-RPE is the default
// because every logged session can have one.

enum class LoadMeasure { SessionRpe, Trimp, RunningTss };

template <> struct EnumTraits<LoadMeasure> {
    static constexpr std::array<EnumEntry<LoadMeasure>, 3> entries{{
        {LoadMeasure::SessionRpe, "srpe", QT_TRANSLATE_NOOP("paceline", "Session RPE")},
        {LoadMeasure::Trimp, "trimp", QT_TRANSLATE_NOOP("paceline", "TRIMP (heart rate)")},
        {LoadMeasure::RunningTss, "tss", QT_TRANSLATE_NOOP("paceline", "Running TSS (pace)")},
    }};
};

/// Foster et al. (2001): session RPE (CR-10) x duration in minutes. A negative or
/// non-finite rating or duration counts as 0.
double sessionRpeLoad(double sessionRpe, Duration duration);

/// Banister (1991) TRIMP: minutes x HRr x a x e^(b x HRr), HRr = (HRavg - HRrest) /
/// (HRmax - HRrest) clamped to 0..1, with a = 0.64, b = 1.92 for men and a = 0.86,
/// b = 1.67 for women (Morton et al. 1990). Sex::Unspecified uses the men's constants
/// (Banister's original). Absent when HRmax <= HRrest.
std::optional<double> banisterTrimp(Duration duration, double avgHeartRate, int restingHeartRate,
                                    int maxHeartRate, Sex sex);

/// Running TSS (TrainingPeaks' rTSS, after Coggan's TSS): hours x IF^2 x 100, with the
/// intensity factor IF = speed / threshold speed. An hour at threshold pace is 100.
/// Absent for a non-positive duration or threshold speed.
std::optional<double> runningTss(Duration duration, Speed speed, Speed thresholdSpeed);

/// The zone a running pace falls in against the athlete's paces: the boundary between
/// two neighbouring zones is the midpoint of their paces (E's fast end for E/M), taken
/// in speed as the session estimate does; a speed on a boundary is in the faster zone.
LoadZone zoneForPace(Speed speed, const TrainingPaces& paces);
/// The zone an RPE (CR-10) maps to when there is no pace to go by: <= 4 E, <= 5 M,
/// <= 6.5 T, <= 8.5 I, above R (docs/formulas.md gives the reasoning).
LoadZone zoneForRpe(double rpe);

/// TRIMP, running TSS and time per zone of one session for its athlete
/// (docs/formulas.md says which heart rate, pace and RPE each uses).
SessionLoadFigures sessionLoadFigures(const LoggedSession& session, const Athlete& athlete);

/// The day's load in `measure`.
double loadOf(const DailyLoad& day, LoadMeasure measure);

} // namespace paceline
