#include "ChartSection.h"

#include "ui/charts/ChartFrame.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace paceline {

ChartSection::ChartSection(const QString& title, ChartFrame* chart, QWidget* parent)
    : QWidget(parent), m_chart(chart), m_heading(new QLabel(title)), m_controls(new QHBoxLayout),
      m_reading(new QLabel)
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto* exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportButton"));
    // Not the action itself as the default action: its long menu text would return
    // on every change of the action, and the row has little room.
    QAction* exportAction = chart->exportAction();
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(exportAction->text());
    exportButton->setAutoRaise(true);
    exportButton->setEnabled(exportAction->isEnabled());
    connect(exportButton, &QToolButton::clicked, exportAction, &QAction::trigger);
    connect(exportAction, &QAction::changed, exportButton,
            [exportButton, exportAction] { exportButton->setEnabled(exportAction->isEnabled()); });
    m_controls->setContentsMargins(0, 0, 0, 0);
    m_controls->addWidget(m_heading);
    m_controls->addSpacing(12);

    auto* header = new QHBoxLayout;
    header->addLayout(m_controls);
    header->addStretch(1);
    header->addWidget(exportButton);

    m_reading->setObjectName(QStringLiteral("trendReading"));
    m_reading->setWordWrap(true);
    m_reading->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(chart, 1);
    layout->addWidget(m_reading);
}

void ChartSection::setExplanation(const QString& text)
{
    m_heading->setToolTip(text);
}

void ChartSection::addControl(QWidget* control)
{
    m_controls->addWidget(control);
}

void ChartSection::addCaption(const QString& text)
{
    m_controls->addWidget(new QLabel(text));
}

void ChartSection::setReading(const QString& text)
{
    m_reading->setText(text);
    m_reading->setVisible(!text.isEmpty());
}

} // namespace paceline
