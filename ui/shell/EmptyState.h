#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace paceline {

/// The centred message a screen shows when it has nothing to show yet: what the
/// screen is for and what to do next, with optional action buttons.
class EmptyState : public QWidget {
    Q_OBJECT

public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);

    void setText(const QString& text);
    /// Adds a button below the text that triggers `action`.
    void addButton(QAction* action);

private:
    QLabel* m_title;
    QLabel* m_text;
    QVBoxLayout* m_buttons;
};

} // namespace paceline
