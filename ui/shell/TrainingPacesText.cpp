#include "TrainingPacesText.h"

#include "core/model/TimeText.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"

#include <QCoreApplication>

namespace paceline {

QString trainingPacesHtml(const Athlete& athlete)
{
    if (!athlete.recentRace) {
        return QCoreApplication::translate(
            "paceline", "<i>Add a recent race to see VDOT and training paces.</i>");
    }
    const RaceResult& race = *athlete.recentRace;
    const double vdot = vdotFromRace(race.distance, race.time);
    const TrainingPaces paces = trainingPaces(vdot);
    const UnitSystem units = athlete.units;
    const auto zone = [&](const char* name, const QString& pace, const char* tip) {
        return QStringLiteral("<span title=\"%3\"><b>%1</b>&nbsp;%2</span>")
            .arg(QLatin1String(name), pace.toHtmlEscaped(),
                 QCoreApplication::translate("paceline", tip));
    };
    const QStringList parts{
        QStringLiteral("<b>VDOT %1</b>").arg(vdot, 0, 'f', 1),
        zone("E",
             QStringLiteral("%1-%2").arg(
                 formatPace(paces.easy.fastest, units).section(QLatin1Char('/'), 0, 0),
                 formatPace(paces.easy.slowest, units)),
             QT_TRANSLATE_NOOP("paceline", "Easy: warm-ups, recovery and long runs")),
        zone("M", formatPace(paces.marathon, units),
             QT_TRANSLATE_NOOP("paceline", "Marathon race pace")),
        zone("T", formatPace(paces.threshold, units),
             QT_TRANSLATE_NOOP("paceline", "Threshold: comfortably hard, about an hour's race")),
        zone("I", formatPace(paces.interval, units),
             QT_TRANSLATE_NOOP("paceline", "Interval: about 3K-5K race pace, reps up to 5 min")),
        zone("R", formatPace(paces.repetition, units),
             QT_TRANSLATE_NOOP("paceline", "Repetition: about mile race pace, short fast reps")),
    };
    return parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

} // namespace paceline
