#include "ProfileBars.h"

#include "core/model/StepTreeEdit.h"
#include "core/model/TimeText.h"
#include "ui/charts/ZoneColors.h"
#include "ui/models/StepText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ProfileBars", text);
}

bool isSelected(const StepPath& path, const std::vector<StepPath>& selected)
{
    return std::any_of(selected.begin(), selected.end(), [&](const StepPath& chosen) {
        return chosen == path || isInside(path, chosen);
    });
}

QString minutesText(Duration duration)
{
    // "8:54 min", not "8:54": beside a zone ("R 8:54") a bare clock reads as a pace.
    return duration.seconds < 600.0 ? tr("%1 min").arg(formatDuration(duration))
                                    : tr("%1 min").arg(std::lround(duration.minutes()));
}

QString barToolTip(const Segment& segment, const Step* step, UnitSystem units)
{
    QStringList lines;
    lines << (step ? stepKindText(*step) : tr("Step")) + QStringLiteral(" ") +
                 pathText(segment.path);
    if (step && !std::holds_alternative<std::monostate>(step->intensity))
        lines << displayIntensity(step->intensity, units);
    QString amount = minutesText(segment.duration);
    if (segment.distance)
        amount += QStringLiteral(" · ") + formatDistance(*segment.distance, units, 2);
    lines << amount + (segment.estimated ? tr(" (estimated)") : QString());
    if (segment.distance && segment.duration.seconds > 0.0)
        lines << formatPace(*segment.distance / segment.duration, units);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::vector<ProfileBar> profileBars(const SessionEstimate& estimate, const StepTree& steps,
                                    const std::vector<StepPath>& selected, UnitSystem units)
{
    std::vector<ProfileBar> bars;
    bars.reserve(estimate.segments.size());
    double start = 0.0;
    for (const Segment& segment : estimate.segments) {
        ProfileBar bar;
        bar.startMinutes = start;
        bar.minutes = segment.duration.minutes();
        bar.intensity = segment.intensity;
        bar.color = zoneColor(segment.zone, segment.recovery);
        bar.toolTip = barToolTip(segment, stepAt(steps, segment.path), units);
        bar.path = segment.path;
        bar.selected = isSelected(segment.path, selected);
        start += bar.minutes;
        bars.push_back(std::move(bar));
    }
    return bars;
}

QString totalsText(const SessionEstimate& estimate, UnitSystem units)
{
    QStringList parts;
    parts << tr("About %1").arg(minutesText(estimate.duration));
    if (estimate.distance.metres > 0.0)
        parts << formatDistance(estimate.distance, units, 1);
    parts << tr("load %1").arg(std::lround(estimate.plannedLoad));
    for (const auto& entry : enumEntries<PaceZone>()) {
        const Duration time = estimate.timeIn(entry.value);
        if (time.seconds >= 30.0)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(entry.id), minutesText(time));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace paceline
