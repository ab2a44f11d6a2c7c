#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QString>

class QWidget;

namespace paceline {

class LogDocument;

// The planner's dialogs, each asking what it needs and then making one undoable edit
// (or writing one file). `parent` places the dialog; nothing is changed on Cancel.
namespace planner {

/// Saves the athlete's weeks from `weekStart` as a named microcycle template.
void saveAsMicrocycle(QWidget* parent, LogDocument& document, AthleteId athlete, QDate weekStart);
/// Chooses a template, the athletes and the start date (default `weekStart`), applies it.
void applyMicrocycle(QWidget* parent, LogDocument& document, QDate weekStart);
/// Copies the athlete's weeks from `weekStart` to other athletes and/or another date.
void copyWeeks(QWidget* parent, LogDocument& document, AthleteId athlete, QDate weekStart);
/// Asks for a date range (default the shown weeks) and a file, writes the .ics.
void exportCalendar(QWidget* parent, LogDocument& document, AthleteId athlete, QDate first,
                    QDate last);
/// The print dialog (or "Save as PDF") for the athlete's week from `weekStart`.
void printWeek(QWidget* parent, LogDocument& document, AthleteId athlete, QDate weekStart);

} // namespace planner
} // namespace paceline
