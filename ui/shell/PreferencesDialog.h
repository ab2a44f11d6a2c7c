#pragma once

#include "core/model/Units.h"
#include "core/science/LoadMeasures.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QGroupBox;

namespace paceline {

/// Units (a property of the current athlete), the first day of the week and the load
/// measure of the Analysis screen (app preferences). The caller applies the choices:
/// units through an undoable edit.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(const QString& athleteName, UnitSystem units, int firstDayOfWeek,
                      QWidget* parent = nullptr);

    UnitSystem units() const;
    int firstDayOfWeek() const;
    LoadMeasure loadMeasure() const;
    void setLoadMeasure(LoadMeasure measure);

private:
    QGroupBox* createLoadMeasureBox();

    QComboBox* m_units;
    QComboBox* m_firstDay;
    QButtonGroup* m_loadMeasure;
};

} // namespace paceline
