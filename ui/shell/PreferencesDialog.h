#pragma once

#include "core/model/Units.h"

#include <QDialog>

class QComboBox;

namespace paceline {

/// Units (a property of the current athlete) and the first day of the week (an app
/// preference). The caller applies the choices: units through an undoable edit.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(const QString& athleteName, UnitSystem units, int firstDayOfWeek,
                      QWidget* parent = nullptr);

    UnitSystem units() const;
    int firstDayOfWeek() const;

private:
    QComboBox* m_units;
    QComboBox* m_firstDay;
};

} // namespace paceline
