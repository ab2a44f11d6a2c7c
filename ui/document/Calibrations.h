#pragma once

#include "core/advice/Calibration.h"
#include "core/advice/CalibrationThresholds.h"
#include "core/model/Id.h"
#include "core/model/PlannedSession.h"

#include <QDate>

#include <optional>

namespace paceline {

class LogDocument;

// "Calibrate the next session" for the screens (docs/planner.md): the proposal for a
// library template or a planned copy of one, read from the athlete's logged repeats,
// and accepting it as one undoable edit. The rule itself is core/advice/Calibration.h.

/// The proposal for the library template as `athlete` would run it next, from the
/// repeats logged on or before `today`. Nullopt when there is nothing to show: no
/// history to go by. Steps changed since the last repeat (a proposal just accepted)
/// get the rule's Keep, "they changed after the last repeat".
std::optional<CalibrationProposal> templateCalibration(LogDocument& document, AthleteId athlete,
                                                       TemplateId id, QDate today);

/// The proposal for a planned copy of a template, with the copy's own steps as the
/// base, from the repeats logged before its day. Nullopt as above, and for a session
/// not made from a template.
std::optional<CalibrationProposal> plannedCalibration(LogDocument& document,
                                                      const PlannedSession& session);

/// Replaces the template's steps with the proposal's, as one undoable edit
/// ("Calibrate Intervals"). False when that changes nothing, on a read-only log, or
/// when the write failed.
bool acceptTemplateCalibration(LogDocument& document, TemplateId id,
                               const CalibrationProposal& proposal);

/// The same for a planned copy; the library template stays as it is.
bool acceptPlannedCalibration(LogDocument& document, const PlannedSession& session,
                              const CalibrationProposal& proposal);

} // namespace paceline
