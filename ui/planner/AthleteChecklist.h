#pragma once

#include "core/model/Id.h"

#include <QListWidget>

#include <vector>

namespace paceline {

class LogDocument;

/// The log's athletes as a checkable list, for the dialogs that act on several at once
/// (apply a microcycle, copy weeks).
class AthleteChecklist : public QListWidget {
    Q_OBJECT

public:
    /// Lists every athlete of `document`; those in `checked` start checked.
    AthleteChecklist(const LogDocument& document, const std::vector<AthleteId>& checked,
                     QWidget* parent = nullptr);

    std::vector<AthleteId> checkedAthletes() const;
    void setChecked(AthleteId athlete, bool checked);
};

} // namespace paceline
