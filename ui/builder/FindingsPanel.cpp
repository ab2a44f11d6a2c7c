#include "FindingsPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace paceline {

namespace {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Problem:
        return QColor(0xb3, 0x26, 0x1e);
    case Severity::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Severity::Info:
        return QColor(0x2f, 0x5d, 0x8a);
    }
    return {};
}

QString itemText(const Finding& finding)
{
    return QStringLiteral("%1\n%2").arg(enumLabel(finding.severity).toUpper(), finding.message);
}

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel), m_list(new QListWidget),
      m_applyFix(new QPushButton(tr("Apply Fi&x")))
{
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_list->setObjectName(QStringLiteral("findingsList"));
    setFocusProxy(m_list); // a label's buddy, and Tab, land on the list
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_applyFix->setToolTip(tr("Change the session as the selected finding suggests (undoable)"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_applyFix);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        refreshButton();
        if (row >= 0 && row < int(m_findings.size()))
            Q_EMIT stepsHighlighted(m_findings[size_t(row)].steps);
    });
    connect(m_applyFix, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (m_fixesAllowed && row >= 0 && row < int(m_findings.size()) &&
            m_findings[size_t(row)].fix)
            Q_EMIT fixRequested(*m_findings[size_t(row)].fix);
    });
    setFindings({});
}

void FindingsPanel::setFindings(std::vector<Finding> findings)
{
    // After an edit the same finding often still stands: keep it selected then.
    const int row = m_list->currentRow();
    std::optional<Finding> selected;
    if (row >= 0 && row < int(m_findings.size()))
        selected = m_findings[size_t(row)];
    m_findings = std::move(findings);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Finding& finding : m_findings) {
        auto* item = new QListWidgetItem(itemText(finding));
        item->setForeground(severityColor(finding.severity));
        item->setToolTip(finding.fix ? tr("Fix: %1").arg(finding.fix->label)
                                     : tr("No automatic fix: change the session by hand."));
        m_list->addItem(item);
    }
    if (m_findings.empty()) {
        m_summary->setText(tr("<b>Well sequenced.</b> The advisor has nothing to add."));
    } else {
        const QString count =
            m_findings.size() == 1 ? tr("1 finding.") : tr("%1 findings.").arg(m_findings.size());
        m_summary->setText(tr("<b>%1</b> Select one to see the steps it is about.").arg(count));
    }
    if (selected) {
        for (size_t i = 0; i < m_findings.size(); ++i) {
            if (m_findings[i].rule == selected->rule && m_findings[i].steps == selected->steps)
                m_list->setCurrentRow(int(i));
        }
    }
    refreshButton();
}

void FindingsPanel::clearFindings(const QString& why)
{
    setFindings({});
    m_summary->setText(why);
}

void FindingsPanel::setFixesAllowed(bool allowed)
{
    m_fixesAllowed = allowed;
    refreshButton();
}

void FindingsPanel::selectFinding(int row)
{
    m_list->setCurrentRow(row);
}

void FindingsPanel::refreshButton()
{
    const int row = m_list->currentRow();
    const bool hasFix = row >= 0 && row < int(m_findings.size()) && m_findings[size_t(row)].fix;
    m_applyFix->setEnabled(hasFix && m_fixesAllowed);
    // The label can be long; the button stays narrow and says it in its tooltip.
    if (!m_fixesAllowed)
        m_applyFix->setToolTip(tr("The log is read-only"));
    else
        m_applyFix->setToolTip(hasFix ? m_findings[size_t(row)].fix->label
                                      : tr("Select a finding that has a fix"));
}

} // namespace paceline
