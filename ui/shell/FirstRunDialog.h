#pragma once

#include <QDialog>

namespace paceline {

/// Shown when the log is empty: start your own log, or look around a demo log first
/// (kept in a separate file, so your own log stays clean).
class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { EmptyLog, DemoData };

    explicit FirstRunDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::EmptyLog;
};

} // namespace paceline
