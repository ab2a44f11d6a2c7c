#pragma once

#include "core/model/Athlete.h"
#include "core/model/PlanDay.h"
#include "core/science/TrainingPaces.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace paceline {

/// "T = 4:12/km, I = 3:59/km": the athlete's pace for each Daniels zone the steps use,
/// in the order of the zones (E as its range); empty without paces or zone targets.
QString paceTargetsText(const StepTree& steps, const std::optional<TrainingPaces>& paces,
                        UnitSystem units);

/// Paints one week (`days`, from `weekStart`) for `athlete` on A4 portrait: the title,
/// then each day with "Rest" or its sessions (name, notation, target paces), long
/// lines wrapped. A week too full for one page continues on the next.
void paintWeekSheet(QPagedPaintDevice& device, const Athlete& athlete, QDate weekStart,
                    const std::vector<PlanDay>& days);

/// paintWeekSheet into a PDF file, all or nothing.
bool writeWeekSheetPdf(const QString& path, const Athlete& athlete, QDate weekStart,
                       const std::vector<PlanDay>& days);

} // namespace paceline
