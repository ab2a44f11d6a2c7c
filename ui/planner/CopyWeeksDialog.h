#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace paceline {

class AthleteChecklist;
class LogDocument;

/// Copies an athlete's weeks to other athletes and/or another week: the athletes to
/// copy to (the source athlete among them copies onto another week of their own), the
/// target week and the number of weeks.
class CopyWeeksDialog : public QDialog {
    Q_OBJECT

public:
    CopyWeeksDialog(LogDocument& document, AthleteId from, QDate weekStart,
                    QWidget* parent = nullptr);

    std::vector<AthleteId> targets() const;
    AthleteChecklist* athleteList() const { return m_athletes; }
    QDate targetStart() const;
    void setTargetStart(QDate start);
    int weeks() const;
    void setWeeks(int weeks);
    /// Empty when the copy can be made, otherwise why not.
    QString problem() const;
    /// Copies as chosen (one undoable edit); false when there is a problem.
    bool makeEdit();

private:
    void refreshOk();

    LogDocument& m_document;
    AthleteId m_from;
    QDate m_weekStart;
    AthleteChecklist* m_athletes;
    QDateEdit* m_target;
    QSpinBox* m_weeks;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace paceline
