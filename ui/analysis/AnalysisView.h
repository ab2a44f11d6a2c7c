#pragma once

#include <QWidget>

namespace paceline {

class LogDocument;

/// The Analysis screen: load, fitness and pace-stability charts arrive with the
/// analysis work; until then it says so plainly.
class AnalysisView : public QWidget {
    Q_OBJECT

public:
    explicit AnalysisView(LogDocument& document, QWidget* parent = nullptr);
};

} // namespace paceline
