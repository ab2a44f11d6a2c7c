#include "PaceBandEdit.h"

#include "core/model/InputLimits.h"
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
    edit->setProperty("plainToolTip", toolTip);
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
    markProblems();
}

std::optional<double> PaceBandEdit::secondsIn(const QLineEdit* edit) const
{
    if (!problemIn(edit).isEmpty())
        return std::nullopt;
    const Result<Duration> parsed = parseDuration(edit->text().trimmed());
    return parsed.ok() ? std::optional<double>(parsed.value().seconds) : std::nullopt;
}

QString PaceBandEdit::problemIn(const QLineEdit* edit) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    // The bounds are per km; a band per mile keeps the same speeds. Whole seconds, as
    // the message shows them: "from 0:48" must let 0:48 /mi in (48.28 s exactly).
    const double kilometresPerUnit = paceUnit(m_units).kilometres();
    const Duration fastest{std::round(limits::kFastestPaceSecondsPerKm * kilometresPerUnit)};
    const Duration slowest{std::round(limits::kSlowestPaceSecondsPerKm * kilometresPerUnit)};
    const Result<Duration> parsed = parseDuration(text);
    if (parsed.ok() && parsed.value() >= fastest && parsed.value() <= slowest)
        return {};
    return tr("'%1' is not a pace from %2 to %3 %4")
        .arg(text, formatDuration(fastest), formatDuration(slowest), m_unit->text());
}

void PaceBandEdit::markProblems()
{
    for (QLineEdit* edit : {m_fast, m_slow}) {
        const QString problem = problemIn(edit);
        edit->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("background: #f8d7da;"));
        edit->setToolTip(problem.isEmpty() ? edit->property("plainToolTip").toString() : problem);
    }
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
    markProblems();
    const std::optional<PaceRange> typed = band();
    if (typed == m_lastBand)
        return;
    m_lastBand = typed;
    Q_EMIT bandEdited();
}

} // namespace paceline
