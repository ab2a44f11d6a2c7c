#include "EmptyState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceline {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title)), m_text(new QLabel(text)),
      m_buttons(new QVBoxLayout)
{
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A word-wrapped label placed with an alignment flag shrinks to its first word;
    // between stretches, with a reading width it may grow to, it keeps whole lines.
    m_text->setMinimumWidth(240);
    m_text->setMaximumWidth(520);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(false);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 4);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(16);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

void EmptyState::addButton(QAction* action)
{
    auto* button = new QPushButton(action->text());
    button->setToolTip(action->toolTip());
    button->setMinimumWidth(220);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
}

} // namespace paceline
