// STUB: filled in by the trend-charts work.
#include "TrendsPanel.h"

namespace paceline {

TrendsPanel::TrendsPanel(LogDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
}

void TrendsPanel::showRange(AthleteId, QDate, QDate) {}

} // namespace paceline
