#include "PlannerView.h"

#include "ui/shell/EmptyState.h"

#include <QVBoxLayout>

namespace paceline {

PlannerView::PlannerView(LogDocument& /*document*/, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        tr("Plan the week"),
        tr("The week planner is not built yet. It will lay out sessions by drag and drop, "
           "keep hard days apart and warn when fatigue builds up.")));
}

} // namespace paceline
