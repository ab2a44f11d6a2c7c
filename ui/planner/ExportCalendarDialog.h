#pragma once

#include "core/model/Id.h"
#include "core/model/Result.h"

#include <QDate>
#include <QDateTime>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace paceline {

class LogDocument;

/// Asks for the date range of the plan to export as a calendar file.
class ExportCalendarDialog : public QDialog {
    Q_OBJECT

public:
    ExportCalendarDialog(QDate first, QDate last, QWidget* parent = nullptr);

    QDate first() const;
    QDate last() const;
    void setRange(QDate first, QDate last);

private:
    void refreshOk();

    QDateEdit* m_first;
    QDateEdit* m_last;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Writes the athlete's planned sessions from `first` to `last` as an iCalendar file
/// (all or nothing: QSaveFile). The error names the file. `stamp` is the DTSTAMP.
Status writePlanCalendar(const QString& path, const LogDocument& document, AthleteId athlete,
                         QDate first, QDate last, const QDateTime& stamp);

} // namespace paceline
