#pragma once

#include "core/model/Intensity.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace paceline {

/// A pace band typed as two paces, "3:55 – 4:05 /km" (or /mi), in either order.
class PaceBandEdit : public QWidget {
    Q_OBJECT

public:
    explicit PaceBandEdit(QWidget* parent = nullptr);

    /// Shows `band` (rounded to whole seconds) per km or mile; nullopt clears it.
    void setBand(const std::optional<PaceRange>& band, UnitSystem units);
    /// The typed band; nullopt when a field is empty or not a pace from 0:30 to 1:00:00
    /// per km (InputLimits.h; the same in seconds per mile).
    std::optional<PaceRange> band() const;
    /// Whether both fields hold a pace.
    bool isReadable() const;

    QLineEdit* fastEdit() const { return m_fast; }
    QLineEdit* slowEdit() const { return m_slow; }

Q_SIGNALS:
    /// The user finished typing a band that differs from the last one.
    void bandEdited();

private:
    void finishEditing();
    std::optional<double> secondsIn(const QLineEdit* edit) const;
    /// Why the text of `edit` is not a usable pace, naming it; empty when it is one or
    /// when the field is empty (not finished yet).
    QString problemIn(const QLineEdit* edit) const;
    /// Marks each field whose text is not a pace, with the reason as its tooltip.
    void markProblems();

    QLineEdit* m_fast;
    QLineEdit* m_slow;
    QLabel* m_unit;
    UnitSystem m_units = UnitSystem::Metric;
    std::optional<PaceRange> m_lastBand;
};

} // namespace paceline
