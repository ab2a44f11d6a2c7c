#include "AthleteChecklist.h"

#include "ui/document/LogDocument.h"

#include <algorithm>

namespace paceline {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kVisibleRows = 5;
} // namespace

AthleteChecklist::AthleteChecklist(const LogDocument& document,
                                   const std::vector<AthleteId>& checked, QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("athleteChecklist"));
    for (const Athlete& athlete : document.athletes()) {
        auto* item = new QListWidgetItem(athlete.name, this);
        item->setData(kIdRole, QVariant::fromValue(athlete.id.value));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool isChecked =
            std::find(checked.begin(), checked.end(), athlete.id) != checked.end();
        item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
    }
    // A coach has a handful of athletes: show them without a tall empty list.
    // (sizeHintForRow is -1 for an empty list.)
    const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 4);
    setMaximumHeight(rowHeight * kVisibleRows + 2 * frameWidth() + 4);
}

std::vector<AthleteId> AthleteChecklist::checkedAthletes() const
{
    std::vector<AthleteId> athletes;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            athletes.push_back(AthleteId{item(row)->data(kIdRole).toLongLong()});
    }
    return athletes;
}

void AthleteChecklist::setChecked(AthleteId athlete, bool checked)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kIdRole).toLongLong() == athlete.value)
            item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace paceline
