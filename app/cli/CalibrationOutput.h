#pragma once

#include "core/advice/Calibration.h"
#include "core/model/Athlete.h"
#include "core/model/SessionTemplate.h"

#include <QJsonObject>
#include <QTextStream>

namespace paceline::cli {

/// {"athlete", "template", "verdict", "summary", "reasons", "repeats", "changes",
/// "proposed_notation"} for `paceline-cli calibrate --json`.
QJsonObject calibrationJson(const Athlete& athlete, const SessionTemplate& calibrated,
                            const CalibrationProposal& proposal);

/// The proposal as text: verdict, summary, reasons, repeats, changes.
void printCalibration(QTextStream& out, const Athlete& athlete, const SessionTemplate& calibrated,
                      const CalibrationProposal& proposal);

} // namespace paceline::cli
