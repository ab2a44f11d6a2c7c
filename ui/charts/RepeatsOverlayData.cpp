#include "RepeatsOverlayData.h"

#include "core/model/TimeText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::RepeatsOverlayChart", text);
}

QString dayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

constexpr int kOldestAlpha = 70;
constexpr double kOldestWidth = 1.2;
constexpr double kNewestWidth = 2.8;

/// 0 for the oldest line, 1 for the newest.
double age(int index, int count)
{
    return count > 1 ? double(index) / double(count - 1) : 1.0;
}

} // namespace

std::vector<RepeatLine> repeatLines(const std::vector<TemplateRepeat>& repeats)
{
    std::vector<RepeatLine> lines;
    for (const TemplateRepeat& repeat : repeats) {
        RepeatLine line{repeat.session.id, repeat.session.localDate(), repeat.session.title,
                        workSplits(repeat.session.reps, {})};
        if (!line.reps.empty())
            lines.push_back(std::move(line));
    }
    return lines;
}

QColor repeatColor(const QColor& base, int index, int count)
{
    QColor color = base;
    color.setAlpha(kOldestAlpha + int(std::lround((255 - kOldestAlpha) * age(index, count))));
    return color;
}

double repeatPenWidth(int index, int count)
{
    return kOldestWidth + (kNewestWidth - kOldestWidth) * age(index, count);
}

QString repeatToolTip(const RepeatLine& line, const SplitPoint& rep, UnitSystem units)
{
    const QString header = line.title.isEmpty()
                               ? dayText(line.day)
                               : QStringLiteral("%1: %2").arg(dayText(line.day), line.title);
    return header + QLatin1Char('\n') + splitToolTip(rep, units);
}

double meanPaceSeconds(const RepeatLine& line, UnitSystem units)
{
    // Total time over total distance: a long rep weighs more than a short one, as it
    // does in the session's average pace.
    double metres = 0.0;
    double seconds = 0.0;
    for (const SplitPoint& rep : line.reps) {
        metres += rep.distance.metres;
        seconds += rep.time.seconds;
    }
    return metres > 0.0 ? seconds / metres * paceUnit(units).metres : 0.0;
}

QString repeatsReading(const std::vector<RepeatLine>& lines, UnitSystem units)
{
    if (lines.size() < 2)
        return {};
    const RepeatLine& newest = lines.back();
    const RepeatLine& oldest = lines.front();
    const double newPace = meanPaceSeconds(newest, units);
    const double difference = std::lround(newPace - meanPaceSeconds(oldest, units));
    const QString unit = units == UnitSystem::Imperial ? tr("s/mi") : tr("s/km");
    const QString pace = formatPace(Speed::fromPace(Duration{newPace}, paceUnit(units)), units);
    const QString newDay = QLocale().toString(newest.day, QStringLiteral("d MMM"));
    const QString oldDay = QLocale().toString(oldest.day, QStringLiteral("d MMM yyyy"));
    const QString gap = QStringLiteral("%1 %2").arg(QLocale().toString(std::abs(difference)), unit);
    if (difference < 0.0)
        return tr("Newest (%1): work reps averaged %2, %3 faster than on %4.")
            .arg(newDay, pace, gap, oldDay);
    if (difference > 0.0)
        return tr("Newest (%1): work reps averaged %2, %3 slower than on %4.")
            .arg(newDay, pace, gap, oldDay);
    return tr("Newest (%1): work reps averaged %2, the same as on %3.").arg(newDay, pace, oldDay);
}

} // namespace paceline
