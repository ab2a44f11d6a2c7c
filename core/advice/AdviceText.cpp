#include "AdviceText.h"

#include "core/model/StepTreeEdit.h"
#include "core/model/TimeText.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace paceline::advice {

namespace {

constexpr double kMetresShownUpTo = 10000.0;
constexpr double kShortSecondsUpTo = 90.0; // "90 s" reads better than "1:30" for rests

// "1,000": people read rep lengths with a thousands separator.
QString grouped(long long value)
{
    QString digits = QString::number(value);
    for (int at = int(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(','));
    return digits;
}

} // namespace

QString durationText(Duration duration)
{
    const long long seconds = std::llround(duration.seconds);
    if (seconds > kShortSecondsUpTo && seconds % 60 != 0)
        return formatDuration(Duration{double(seconds)});
    // "45 s" or "3 min", appended rather than QString::arg'ed: messages quote many.
    QString text;
    text.reserve(8);
    if (seconds <= kShortSecondsUpTo) {
        appendInteger(text, seconds);
        text += QLatin1String(" s");
    } else {
        appendInteger(text, seconds / 60);
        text += QLatin1String(" min");
    }
    return text;
}

QString metresText(Distance distance)
{
    if (distance.metres < kMetresShownUpTo)
        return QStringLiteral("%1 m").arg(grouped(std::llround(distance.metres)));
    return QStringLiteral("%1 km").arg(distance.kilometres(), 0, 'g', 3);
}

QString volumeText(Distance distance, UnitSystem units)
{
    return formatDistance(distance, units, 1);
}

QString paceText(Speed speed, UnitSystem units)
{
    return formatPace(speed, units);
}

QString paceRangeText(const PaceRange& band, UnitSystem units)
{
    const Distance unit = paceUnit(units);
    return QStringLiteral("%1–%2").arg(formatDuration(band.fastest.paceFor(unit)),
                                       paceText(band.slowest, units));
}

QString targetText(const Target& target)
{
    if (const auto* distance = std::get_if<Distance>(&target)) {
        // A rep set in miles ("1mi", "0.5mi") is named so, not as 1,609 m: a whole number
        // of metres is a metric rep, anything on a quarter mile an imperial one.
        const double quarters = distance->miles() * 4.0;
        const bool wholeMetres = std::fabs(distance->metres - std::round(distance->metres)) < 1e-6;
        if (!wholeMetres && std::fabs(quarters - std::round(quarters)) < 1e-9 && quarters >= 1.0)
            return QStringLiteral("%1 mi").arg(std::round(quarters) / 4.0);
        return metresText(*distance);
    }
    if (const auto* duration = std::get_if<Duration>(&target))
        return durationText(*duration);
    return QStringLiteral("an open amount");
}

QString zoneText(PaceZone zone)
{
    switch (zone) {
    case PaceZone::Easy:
        return QStringLiteral("E pace");
    case PaceZone::Marathon:
        return QStringLiteral("M pace");
    case PaceZone::Threshold:
        return QStringLiteral("T pace");
    case PaceZone::Interval:
        return QStringLiteral("I pace");
    case PaceZone::Repetition:
        return QStringLiteral("R pace");
    case PaceZone::RotationRace:
        return QStringLiteral("race pace");
    case PaceZone::RotationSurge:
        return QStringLiteral("surge pace");
    case PaceZone::RotationEasy:
        return QStringLiteral("easy pace");
    }
    return {};
}

QString recoveryText(const std::vector<RecoveryMode>& modes)
{
    // Every way the gap is recovered: "2 min jog, 6 min walk" is "jog and walk", not
    // "jog", or the 8 min would read as all jogged.
    QStringList names;
    const auto add = [&](RecoveryMode mode, const QString& name) {
        if (std::find(modes.begin(), modes.end(), mode) != modes.end())
            names << name;
    };
    add(RecoveryMode::Jog, QStringLiteral("jog"));
    add(RecoveryMode::Walk, QStringLiteral("walk"));
    add(RecoveryMode::Stand, QStringLiteral("standing"));
    return names.isEmpty() ? QStringLiteral("jog") : names.join(QStringLiteral(" and "));
}

QString stepsText(const std::vector<StepPath>& paths)
{
    QString text = paths.size() == 1 ? QStringLiteral("step ") : QStringLiteral("steps ");
    text.reserve(text.size() + qsizetype(paths.size()) * 6);
    for (size_t i = 0; i < paths.size(); ++i) {
        if (i > 0)
            text += QLatin1String(", ");
        text += pathText(paths[i]);
    }
    return text;
}

QString repText(const SessionAnalysis& session, int segment)
{
    const Segment& rep = session.segment(segment);
    const Step* step = stepAt(session.steps, rep.path);
    const QString amount = step ? targetText(step->target) : durationText(rep.duration);
    const QString zone = rep.zone ? zoneText(*rep.zone) : QStringLiteral("that effort");
    const int count = session.occurrences(rep.path);
    if (count > 1)
        return QStringLiteral("the %1 × %2 at %3").arg(count).arg(amount, zone);
    return QStringLiteral("the %1 at %2").arg(amount, zone);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

Duration roundUp(Duration duration, Duration unit)
{
    // A hair of tolerance so that 60.0000001 s does not become 75 s.
    return {std::ceil(duration.seconds / unit.seconds - 1e-6) * unit.seconds};
}

Duration roundNearest(Duration duration, Duration unit)
{
    return {std::round(duration.seconds / unit.seconds) * unit.seconds};
}

void addPath(std::vector<StepPath>& paths, const StepPath& path)
{
    const auto at = std::lower_bound(paths.begin(), paths.end(), path, treeOrderLess);
    if (at == paths.end() || *at != path)
        paths.insert(at, path);
}

} // namespace paceline::advice
