#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QDialog>

#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace paceline {

class AthleteChecklist;
class LogDocument;

/// Asks for the name and the number of weeks (1-4) of a new microcycle template.
class SaveMicrocycleDialog : public QDialog {
    Q_OBJECT

public:
    SaveMicrocycleDialog(LogDocument& document, AthleteId athlete, QDate weekStart,
                         QWidget* parent = nullptr);

    QString name() const;
    void setName(const QString& name);
    int weeks() const;
    void setWeeks(int weeks);
    /// Saves the template as chosen (one undoable edit); its id, invalid on failure.
    MicrocycleId makeEdit();

private:
    void refreshOk();

    LogDocument& m_document;
    AthleteId m_athlete;
    QDate m_weekStart;
    QLineEdit* m_name;
    QSpinBox* m_weeks;
    QDialogButtonBox* m_buttons;
};

/// Chooses a microcycle template (offering the shipped ones when the log has none),
/// the athletes to apply it to (the current one checked) and the start date.
class ApplyMicrocycleDialog : public QDialog {
    Q_OBJECT

public:
    ApplyMicrocycleDialog(LogDocument& document, QDate start, QWidget* parent = nullptr);

    /// Invalid when none is selected.
    MicrocycleId microcycle() const;
    /// Selects the template by name; false when there is none of that name.
    bool selectMicrocycle(const QString& name);
    int microcycleCount() const;
    std::vector<AthleteId> athletes() const;
    AthleteChecklist* athleteList() const { return m_athletes; }
    QDate start() const;
    void setStart(QDate start);
    /// Adds the shipped templates to the log (one undoable edit).
    void addShippedTemplates();
    /// Applies the template as chosen (one undoable edit).
    bool makeEdit();

private:
    void reloadTemplates();
    void refreshOk();

    LogDocument& m_document;
    QListWidget* m_templates;
    QLabel* m_noTemplates;
    QPushButton* m_addShipped;
    AthleteChecklist* m_athletes;
    QDateEdit* m_start;
    QDialogButtonBox* m_buttons;
};

} // namespace paceline
