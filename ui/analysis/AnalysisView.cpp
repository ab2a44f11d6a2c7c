#include "AnalysisView.h"

#include "ui/shell/EmptyState.h"

#include <QVBoxLayout>

namespace paceline {

AnalysisView::AnalysisView(LogDocument& /*document*/, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        tr("See how training is going"),
        tr("The analysis charts are not built yet. They will show weekly load, fitness and "
           "fatigue, and whether the same pace feels easier over the weeks.")));
}

} // namespace paceline
