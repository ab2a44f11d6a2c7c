#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace paceline {

/// Creates or edits an athlete's profile. Shows the training paces that follow from
/// the race as it is typed, and keeps OK disabled while a field is wrong (the
/// message says which and why).
class AthleteDialog : public QDialog {
    Q_OBJECT

public:
    explicit AthleteDialog(const Athlete& athlete, QWidget* parent = nullptr);

    /// The athlete as entered; only meaningful when the dialog was accepted.
    Athlete athlete() const;

private:
    void buildForm();
    void load(const Athlete& athlete);
    Result<Athlete> readForm() const;
    void refresh();

    Athlete m_original;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QSpinBox* m_maxHeartRate = nullptr;
    QSpinBox* m_restingHeartRate = nullptr;
    QComboBox* m_race = nullptr;
    QLineEdit* m_raceTime = nullptr;
    QCheckBox* m_hasRaceDate = nullptr;
    QDateEdit* m_raceDate = nullptr;
    QComboBox* m_units = nullptr;
    QCheckBox* m_run = nullptr;
    QCheckBox* m_bike = nullptr;
    QCheckBox* m_swim = nullptr;
    QLabel* m_paces = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace paceline
