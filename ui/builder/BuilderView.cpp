#include "BuilderView.h"

#include "ui/shell/EmptyState.h"

#include <QVBoxLayout>

namespace paceline {

BuilderView::BuilderView(LogDocument& /*document*/, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        tr("Build speed sessions"),
        tr("The session builder is not built yet. It will assemble warm-up, reps and "
           "recoveries by drag and drop, and check that the hardest efforts come when you "
           "are warm.")));
}

} // namespace paceline
