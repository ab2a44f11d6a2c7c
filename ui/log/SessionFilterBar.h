#pragma once

#include "ui/models/SessionFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QToolButton;

namespace paceline {

/// The row above the Log screen's list: sport, an optional first and last day, and a
/// button that clears them all. Each change announces the whole filter.
class SessionFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit SessionFilterBar(QWidget* parent = nullptr);

    SessionFilter filter() const;
    /// Back to every sport and every day.
    void clear();
    /// The day a date field shows when it is switched on, so it opens near the
    /// athlete's recent sessions rather than at some arbitrary date.
    void setSuggestedDays(QDate from, QDate to);

Q_SIGNALS:
    void filterChanged(const paceline::SessionFilter& filter);

private:
    void announce();

    QComboBox* m_sport;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QToolButton* m_clear;
    bool m_clearing = false;
};

} // namespace paceline
