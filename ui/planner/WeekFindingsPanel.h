#pragma once

#include "core/advice/WeekAdvisor.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace paceline {

/// The week rules' findings, one row each: a severity icon and word, the message, and
/// a "Fix: ..." button when the finding has one. Clicking a row (or tabbing to it)
/// selects it, and the grid highlights its days.
class WeekFindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit WeekFindingsPanel(QWidget* parent = nullptr);

    void setFindings(std::vector<WeekFinding> findings);
    const std::vector<WeekFinding>& findings() const { return m_findings; }
    /// Fixes change the plan: not offered on a read-only log.
    void setFixesAllowed(bool allowed);
    /// Selects a finding by row (keyboard and tests); -1 clears the selection.
    void selectFinding(int row);
    int selectedRow() const { return m_selected; }
    QString emptyText() const;

Q_SIGNALS:
    void daysHighlighted(const QList<QDate>& days);
    void fixRequested(const paceline::WeekFix& fix);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeRow(int index, const WeekFinding& finding);
    void clearRows();
    void paintSelection();

    std::vector<WeekFinding> m_findings;
    std::vector<QWidget*> m_rows;
    int m_selected = -1;
    bool m_fixesAllowed = true;
    QLabel* m_empty;
    QVBoxLayout* m_rowLayout;
};

} // namespace paceline
