#include "StepText.h"

#include "core/model/TimeText.h"

#include <QCoreApplication>

#include <cmath>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

/// Up to two decimals, without trailing zeros: "1", "1.5", "21.1".
QString shortNumber(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString distanceText(Distance distance, UnitSystem units)
{
    const bool imperial = units == UnitSystem::Imperial;
    if (distance.metres < (imperial ? kMetresPerMile : kMetresPerKilometre))
        return QStringLiteral("%1 m").arg(std::lround(distance.metres));
    if (imperial)
        return QStringLiteral("%1 mi").arg(shortNumber(distance.miles()));
    return QStringLiteral("%1 km").arg(shortNumber(distance.kilometres()));
}

QString durationText(Duration duration)
{
    const long seconds = std::lround(duration.seconds);
    if (seconds >= 60 && seconds % 60 == 0)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 300)
        return QStringLiteral("%1 s").arg(seconds);
    return formatDuration(Duration{double(seconds)});
}

QString rangeText(const QString& low, const QString& high)
{
    return low == high ? low : low + QStringLiteral("–") + high;
}

QString paceRangeText(const PaceRange& range, UnitSystem units)
{
    // Fastest first, as paces are written: "3:55–4:05/km".
    const QString fast = formatPace(range.fastest, units);
    const QString slow = formatPace(range.slowest, units);
    if (fast == slow)
        return fast;
    return fast.left(fast.indexOf(QLatin1Char('/'))) + QStringLiteral("–") + slow;
}

} // namespace

QString displayAmount(const Target& target, UnitSystem units)
{
    if (const auto* distance = std::get_if<Distance>(&target))
        return distanceText(*distance, units);
    if (const auto* duration = std::get_if<Duration>(&target))
        return durationText(*duration);
    return {};
}

QString displayIntensity(const Intensity& intensity, UnitSystem units)
{
    if (const auto* zone = std::get_if<PaceZone>(&intensity))
        return QStringLiteral("@") + enumId(*zone);
    if (const auto* pace = std::get_if<PaceRange>(&intensity))
        return paceRangeText(*pace, units);
    if (const auto* heart = std::get_if<HeartRateRange>(&intensity))
        return QStringLiteral("HR ") +
               rangeText(QString::number(heart->lowBpm), QString::number(heart->highBpm));
    if (const auto* rpe = std::get_if<RpeTarget>(&intensity))
        return QStringLiteral("RPE ") + shortNumber(rpe->rpe);
    return {};
}

QString stepKindText(const Step& step)
{
    if (!step.sport)
        return enumLabel(step.kind);
    return QStringLiteral("%1 (%2)").arg(enumLabel(step.kind), enumLabel(*step.sport));
}

QString repeatText(const RepeatGroup& group)
{
    return QStringLiteral("%1 ×").arg(group.count);
}

QString blocksText(const std::vector<StepNode>& nodes, UnitSystem units)
{
    if (nodes.size() != 1)
        return translated("%1 blocks").arg(nodes.size());
    const StepNode& node = nodes.front();
    if (node.isStep())
        return enumLabel(node.step().kind).toLower();
    const RepeatGroup& group = node.group();
    QString what = translated("group");
    if (!group.children.empty()) {
        const StepNode& first = group.children.front();
        what = first.isStep() && !displayAmount(first.step().target, units).isEmpty()
                   ? displayAmount(first.step().target, units)
                   : blocksText({first}, units);
    }
    return QStringLiteral("%1 %2").arg(repeatText(group), what);
}

} // namespace paceline
