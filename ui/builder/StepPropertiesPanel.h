#pragma once

#include "core/model/Result.h"
#include "core/model/Step.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace paceline {

/// Edits the block selected in the builder: a step's kind, amount, intensity,
/// recovery mode, sport and notes, or a repeat group's count. Amount and intensity
/// are typed as in the session notation ("400m", "15min", "I", "3:55/km",
/// "hr150-160", "rpe7"); a value that does not parse is explained and not applied.
/// The panel never writes: it emits the edited value and the builder turns it into
/// an undoable command.
class StepPropertiesPanel : public QWidget {
    Q_OBJECT

public:
    /// Which field an edit came from, so consecutive edits of one field merge into
    /// one undo step.
    enum class Field { Kind, Amount, Intensity, Recovery, Sport, Notes, Count };
    Q_ENUM(Field)

    explicit StepPropertiesPanel(QWidget* parent = nullptr);

    void showStep(const Step& step);
    void showGroup(int count);
    /// Nothing or several blocks selected.
    void showNothing(const QString& why);

Q_SIGNALS:
    void stepEdited(const paceline::Step& step, paceline::StepPropertiesPanel::Field field);
    void countEdited(int count);

private:
    QWidget* buildStepPage();
    void commitStep(Field field);
    void showProblem(const QString& problem);

    std::optional<Step> m_step;
    bool m_loading = false;
    QStackedWidget* m_pages;
    QLabel* m_nothing;
    QComboBox* m_kind;
    QLineEdit* m_amount;
    QLineEdit* m_intensity;
    QComboBox* m_recovery;
    QComboBox* m_sport;
    QPlainTextEdit* m_notes;
    QSpinBox* m_count;
    QLabel* m_problem;
};

/// The amount part of the notation for a target ("400m", "15min"; empty when open).
QString targetText(const Target& target);
/// The intensity part of the notation without its '@' ("I", "3:55/km"; empty when open).
QString intensityText(const Intensity& intensity);
/// Reads an amount as the notation does; an empty text is an open target.
Result<Target> parseTargetText(const QString& text);
/// Reads an intensity as the notation does (with or without '@'); empty is open.
Result<Intensity> parseIntensityText(const QString& text);

} // namespace paceline
