#pragma once

#include "EntryFormState.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace paceline {

/// The log form's session fields under the reps: duration and distance (the reps'
/// sums until the athlete types their own), session RPE, heart rates, the six
/// wellness scores and the notes. Values are kept as typed, like the reps.
class SessionFieldsPanel : public QWidget {
    Q_OBJECT

public:
    explicit SessionFieldsPanel(QWidget* parent = nullptr);

    void setState(const EntryFormState& state);
    /// Writes the panel's fields into `state` (the others are left as they are).
    void writeTo(EntryFormState& state) const;
    /// What an empty duration or distance field stands for, shown in grey in it.
    void showTotals(std::optional<Duration> duration, std::optional<Distance> distance,
                    UnitSystem units);
    /// Marks the fields the problems name (background and tooltip with the reason).
    void markProblems(const std::vector<EntryProblem>& problems);

    QLineEdit* durationField() const { return m_duration; }
    QLineEdit* distanceField() const { return m_distance; }
    QLineEdit* sessionRpeField() const { return m_sessionRpe; }
    QLineEdit* avgHeartRateField() const { return m_avgHeartRate; }
    QLineEdit* maxHeartRateField() const { return m_maxHeartRate; }

Q_SIGNALS:
    void edited();

private:
    QWidget* createTotals();
    QWidget* createWellness();
    QWidget* createNotes();
    QLineEdit* addField(const QString& toolTip);
    void refreshRpeLabel();

    QLineEdit* m_duration;
    QLineEdit* m_distance;
    QLineEdit* m_sessionRpe;
    QLabel* m_sessionRpeLabel;
    QLineEdit* m_avgHeartRate;
    QLineEdit* m_maxHeartRate;
    std::array<QComboBox*, 6> m_wellness{};
    QPlainTextEdit* m_formNotes;
    QPlainTextEdit* m_notes;
    bool m_loading = false; ///< setState is filling the fields: not an edit
};

} // namespace paceline
