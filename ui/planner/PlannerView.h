#pragma once

#include <QWidget>

namespace paceline {

class LogDocument;

/// The Planner screen: the week grid arrives with the planner work; until then it
/// says so plainly.
class PlannerView : public QWidget {
    Q_OBJECT

public:
    explicit PlannerView(LogDocument& document, QWidget* parent = nullptr);
};

} // namespace paceline
