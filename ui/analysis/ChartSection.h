#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace paceline {

class ChartFrame;

/// One chart of the Analysis screen with what goes around it: a title, the controls
/// that choose what it shows, an export button, and a line that reads it in plain words.
class ChartSection : public QWidget {
    Q_OBJECT

public:
    ChartSection(const QString& title, ChartFrame* chart, QWidget* parent = nullptr);

    /// Adds a control (or a caption for one) to the title row, before the export button.
    void addControl(QWidget* control);
    void addCaption(const QString& text);

    /// What the chart shows and how to read it, on hovering the title (not the whole
    /// section: the plot's own tooltips give the values).
    void setExplanation(const QString& text);

    ChartFrame* chart() const { return m_chart; }
    QLabel* reading() const { return m_reading; }
    /// The plain-words line under the chart; hidden when empty.
    void setReading(const QString& text);

private:
    ChartFrame* m_chart;
    QLabel* m_heading;
    QHBoxLayout* m_controls;
    QLabel* m_reading;
};

} // namespace paceline
