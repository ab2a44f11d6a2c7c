#include "SessionFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace paceline {

namespace {

QDateEdit* dateEdit(const QString& objectName, const QString& toolTip)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setToolTip(toolTip);
    edit->setEnabled(false);
    return edit;
}

} // namespace

SessionFilterBar::SessionFilterBar(QWidget* parent)
    : QWidget(parent), m_sport(new QComboBox), m_useFrom(new QCheckBox(tr("From"))),
      m_from(dateEdit(QStringLiteral("fromFilter"), tr("List sessions from this day on"))),
      m_useTo(new QCheckBox(tr("to"))),
      m_to(dateEdit(QStringLiteral("toFilter"), tr("List sessions up to this day"))),
      m_clear(new QToolButton)
{
    m_sport->setObjectName(QStringLiteral("sportFilter"));
    m_sport->setToolTip(tr("List the sessions of one sport only"));
    m_sport->addItem(tr("All sports"));
    for (const auto& entry : EnumTraits<Sport>::entries)
        m_sport->addItem(enumLabel(entry.value), QVariant::fromValue(int(entry.value)));
    m_useFrom->setObjectName(QStringLiteral("useFromFilter"));
    m_useTo->setObjectName(QStringLiteral("useToFilter"));
    m_useFrom->setToolTip(tr("Only list sessions from a given day on"));
    m_useTo->setToolTip(tr("Only list sessions up to a given day"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("List every session again"));
    m_clear->setEnabled(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show")));
    layout->addWidget(m_sport);
    layout->addSpacing(12);
    layout->addWidget(m_useFrom);
    layout->addWidget(m_from);
    layout->addWidget(m_useTo);
    layout->addWidget(m_to);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    connect(m_sport, &QComboBox::currentIndexChanged, this, &SessionFilterBar::announce);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &SessionFilterBar::announce);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &SessionFilterBar::announce);
    connect(m_clear, &QToolButton::clicked, this, &SessionFilterBar::clear);
}

SessionFilter SessionFilterBar::filter() const
{
    SessionFilter filter;
    if (const QVariant sport = m_sport->currentData(); sport.isValid())
        filter.sport = static_cast<Sport>(sport.toInt());
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    return filter;
}

void SessionFilterBar::clear()
{
    // One announcement for the whole change, not one per field.
    m_clearing = true;
    m_sport->setCurrentIndex(0);
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    m_clearing = false;
    announce();
}

void SessionFilterBar::setSuggestedDays(QDate from, QDate to)
{
    if (!m_useFrom->isChecked() && from.isValid())
        m_from->setDate(from);
    if (!m_useTo->isChecked() && to.isValid())
        m_to->setDate(to);
}

void SessionFilterBar::announce()
{
    if (m_clearing)
        return;
    const SessionFilter current = filter();
    m_clear->setEnabled(current.isActive());
    Q_EMIT filterChanged(current);
}

} // namespace paceline
