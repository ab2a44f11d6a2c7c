#pragma once

#include <QWidget>

namespace paceline {

class LogDocument;

/// The Sessions screen: the session builder arrives with the builder work; until then
/// it says so plainly.
class BuilderView : public QWidget {
    Q_OBJECT

public:
    explicit BuilderView(LogDocument& document, QWidget* parent = nullptr);
};

} // namespace paceline
