#pragma once

#include "EnumText.h"
#include "Id.h"
#include "LoadFigures.h"
#include "PaceStability.h"
#include "Sport.h"
#include "Units.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace paceline {

enum class RepKind { Work, Recovery };

template <> struct EnumTraits<RepKind> {
    static constexpr std::array<EnumEntry<RepKind>, 2> entries{{
        {RepKind::Work, "work", QT_TRANSLATE_NOOP("paceline", "Work")},
        {RepKind::Recovery, "recovery", QT_TRANSLATE_NOOP("paceline", "Recovery")},
    }};
};

/// One rep (or the recovery after it) as it was run.
struct Rep {
    RepId id; ///< Assigned by the store.
    RepKind kind = RepKind::Work;
    std::optional<StepId> plannedStepId;
    std::optional<Distance> distance;
    Duration time;
    std::optional<double> rpe; ///< 0-10
    std::optional<int> avgHeartRate;
    std::optional<int> maxHeartRate;
    std::optional<double> cadence; ///< Steps (or revolutions) per minute.
    QString notes;

    friend bool operator==(const Rep&, const Rep&) = default;
};

/// How the athlete felt; each score 1 (poor) to 5 (very good), absent when not given.
struct Wellness {
    std::optional<int> sleep;
    std::optional<int> soreness;
    std::optional<int> energy;
    std::optional<int> mood;
    std::optional<int> legStiffness;
    std::optional<int> breathing;

    bool isEmpty() const
    {
        return !sleep && !soreness && !energy && !mood && !legStiffness && !breathing;
    }
    friend bool operator==(const Wellness&, const Wellness&) = default;
};

/// A workout as it happened.
struct LoggedSession {
    LoggedSessionId id;
    AthleteId athleteId;
    /// The start instant, carrying the athlete's UTC offset at the time
    /// (Qt::OffsetFromUTC), so both the instant and the local calendar day survive.
    QDateTime start;
    Sport sport = Sport::Run;
    QString title;
    std::optional<PlannedSessionId> plannedSessionId;
    Duration duration;
    std::optional<Distance> distance;
    std::optional<double> sessionRpe; ///< 0-10, for session-RPE load.
    std::optional<int> avgHeartRate;
    std::optional<int> maxHeartRate;
    Wellness wellness;
    QString formNotes;
    QString notes;
    std::vector<Rep> reps; ///< In the order they were run.
    /// Computed from the reps when the session is saved (computeStability), kept so
    /// lists and trends need not read every rep.
    std::optional<PaceStability> stability;
    /// TRIMP, running TSS and time per zone: computed by the store on every write
    /// (sessionLoadFigures in core/science/LoadMeasures.h), so callers need not set them.
    SessionLoadFigures loadFigures;

    /// The calendar day the athlete did it, in their local time then.
    QDate localDate() const { return start.date(); }

    friend bool operator==(const LoggedSession&, const LoggedSession&) = default;
};

} // namespace paceline
