#include "PlannerDialogs.h"

#include "CopyWeeksDialog.h"
#include "ExportCalendarDialog.h"
#include "MicrocycleDialogs.h"
#include "WeekPrinter.h"
#include "ui/document/LogDocument.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

namespace paceline::planner {

void saveAsMicrocycle(QWidget* parent, LogDocument& document, AthleteId athlete, QDate weekStart)
{
    SaveMicrocycleDialog dialog(document, athlete, weekStart, parent);
    if (dialog.exec() == QDialog::Accepted)
        dialog.makeEdit();
}

void applyMicrocycle(QWidget* parent, LogDocument& document, QDate weekStart)
{
    ApplyMicrocycleDialog dialog(document, weekStart, parent);
    if (dialog.exec() == QDialog::Accepted)
        dialog.makeEdit();
}

void copyWeeks(QWidget* parent, LogDocument& document, AthleteId athlete, QDate weekStart)
{
    CopyWeeksDialog dialog(document, athlete, weekStart, parent);
    if (dialog.exec() == QDialog::Accepted)
        dialog.makeEdit();
}

void exportCalendar(QWidget* parent, LogDocument& document, AthleteId athlete, QDate first,
                    QDate last)
{
    ExportCalendarDialog dialog(first, last, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Athlete> who = document.athlete(athlete);
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1 plan %2.ics")
                                  .arg(who ? who->name : QStringLiteral("paceline"),
                                       dialog.first().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(parent, QObject::tr("Export Plan as Calendar"), suggested,
                                     QObject::tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const Status written = writePlanCalendar(path, document, athlete, dialog.first(), dialog.last(),
                                             QDateTime::currentDateTimeUtc());
    if (!written.ok())
        QMessageBox::warning(parent, QObject::tr("Export Plan as Calendar"),
                             written.errorMessage());
}

void printWeek(QWidget* parent, LogDocument& document, AthleteId athlete, QDate weekStart)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const std::optional<Athlete> who = document.athlete(athlete);
    printer.setDocName(QObject::tr("%1, week of %2")
                           .arg(who ? who->name : QString(), weekStart.toString(Qt::ISODate)));
    // The print dialog offers "Print to File (PDF)" itself.
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print Week"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (dialog.exec() == QDialog::Accepted)
        paintWeek(printer, document, athlete, weekStart);
}

} // namespace paceline::planner
