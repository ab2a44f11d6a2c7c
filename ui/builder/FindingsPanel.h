#pragma once

#include "core/advice/SessionAdvisor.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace paceline {

/// The advisor's findings beside the builder, most severe first. Selecting one
/// highlights its steps; "Apply fix" applies the selected finding's fix.
class FindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setFindings(std::vector<Finding> findings);
    /// No session to check: no findings, and `why` instead of "well sequenced".
    void clearFindings(const QString& why);
    /// Fixes change the session: not offered on a read-only log.
    void setFixesAllowed(bool allowed);
    const std::vector<Finding>& findings() const { return m_findings; }
    /// Selects a finding by row (keyboard and tests); -1 clears the selection.
    void selectFinding(int row);

Q_SIGNALS:
    void stepsHighlighted(const std::vector<paceline::StepPath>& steps);
    void fixRequested(const paceline::SessionFix& fix);

private:
    void refreshButton();

    std::vector<Finding> m_findings;
    bool m_fixesAllowed = true;
    QLabel* m_summary;
    QListWidget* m_list;
    QPushButton* m_applyFix;
};

} // namespace paceline
