#include "PaceBandEdit.h"

#include "core/model/TimeText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

QLineEdit* paceEdit(const QString& name, const QString& toolTip)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(QStringLiteral("m:ss"));
    edit->setToolTip(toolTip);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2);
    return edit;
}

} // namespace

PaceBandEdit::PaceBandEdit(QWidget* parent)
    : QWidget(parent),
      m_fast(paceEdit(QStringLiteral("fastPace"), tr("The faster end of the band"))),
      m_slow(paceEdit(QStringLiteral("slowPace"), tr("The slower end of the band"))),
      m_unit(new QLabel)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fast);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_slow);
    layout->addWidget(m_unit);
    connect(m_fast, &QLineEdit::editingFinished, this, &PaceBandEdit::finishEditing);
    connect(m_slow, &QLineEdit::editingFinished, this, &PaceBandEdit::finishEditing);
    setBand(std::nullopt, UnitSystem::Metric);
}

void PaceBandEdit::setBand(const std::optional<PaceRange>& band, UnitSystem units)
{
    m_units = units;
    m_unit->setText(units == UnitSystem::Imperial ? tr("/mi") : tr("/km"));
    const Distance unit = paceUnit(units);
    m_fast->setText(band ? formatDuration(band->fastest.paceFor(unit)) : QString());
    m_slow->setText(band ? formatDuration(band->slowest.paceFor(unit)) : QString());
    // What the fields say is the band: the shown paces are rounded, so read them back.
    m_lastBand = this->band();
}

std::optional<double> PaceBandEdit::secondsIn(const QLineEdit* edit) const
{
    const Result<Duration> parsed = parseDuration(edit->text().trimmed());
    if (!parsed.ok() || !(parsed.value().seconds > 0.0))
        return std::nullopt;
    return parsed.value().seconds;
}

std::optional<PaceRange> PaceBandEdit::band() const
{
    const std::optional<double> first = secondsIn(m_fast);
    const std::optional<double> second = secondsIn(m_slow);
    if (!first || !second)
        return std::nullopt;
    // Either order: the larger number of seconds is the slower end.
    const Distance unit = paceUnit(m_units);
    return PaceRange{Speed::fromPace(Duration{std::max(*first, *second)}, unit),
                     Speed::fromPace(Duration{std::min(*first, *second)}, unit)};
}

bool PaceBandEdit::isReadable() const
{
    return band().has_value();
}

void PaceBandEdit::finishEditing()
{
    const std::optional<PaceRange> typed = band();
    if (typed == m_lastBand)
        return;
    m_lastBand = typed;
    Q_EMIT bandEdited();
}

} // namespace paceline
