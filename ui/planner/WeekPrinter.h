#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace paceline {

class LogDocument;

/// The athlete's week on paper: a title with the athlete and dates, then each day with
/// its sessions in the session notation and their targets in the athlete's paces (and
/// "Rest" for rest days). One A4 page per week in portrait.
void paintWeek(QPagedPaintDevice& device, const LogDocument& document, AthleteId athlete,
               QDate weekStart);

/// paintWeek into a PDF file (QPdfWriter); false with nothing left behind when the
/// file cannot be written.
bool writeWeekPdf(const QString& path, const LogDocument& document, AthleteId athlete,
                  QDate weekStart);

} // namespace paceline
