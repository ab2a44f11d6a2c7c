#include "IcsWriter.h"

#include "IcsText.h"
#include "SessionNotation.h"
#include "core/model/EnumText.h"
#include "core/model/TimeText.h"
#include "core/science/Stability.h"

#include <QCryptographicHash>
#include <QStringList>

#include <set>

namespace paceline {

namespace {

using ics::escapeText;
using ics::foldLine;

/// The sport a step is run in: its own (a brick's legs) or the session's.
Sport stepSport(const Step& step, Sport sessionSport)
{
    return step.sport.value_or(sessionSport);
}

/// Daniels zones of the running steps, for the targets line: only these have a pace
/// the athlete's race gives (the rotation zones depend on the race being targeted).
void collectRunZones(const StepTree& steps, Sport sessionSport, std::set<PaceZone>& zones)
{
    const auto addStep = [&](const Step& step) {
        const auto* zone = std::get_if<PaceZone>(&step.intensity);
        if (zone && stepSport(step, sessionSport) == Sport::Run)
            zones.insert(*zone);
    };
    for (const StepNode& node : steps) {
        if (node.isStep()) {
            addStep(node.step());
            continue;
        }
        collectRunZones(node.group().children, sessionSport, zones);
        if (node.group().recoveryBetweenSets)
            addStep(*node.group().recoveryBetweenSets);
    }
}

/// "5:00-5:30/km" (fastest first, as the notation writes a range) or "4:10/km".
QString bandText(const PaceRange& band, UnitSystem units)
{
    const QString fastest = formatPace(band.fastest, units);
    const QString slowest = formatPace(band.slowest, units);
    if (fastest == slowest)
        return fastest;
    return fastest.section(QLatin1Char('/'), 0, 0) + QLatin1Char('-') + slowest;
}

/// "Targets: E 5:00-5:30/km, I 4:10/km", or empty without a race or zoned runs.
QString targetsLine(const PlannedSession& session, const std::optional<TrainingPaces>& paces,
                    UnitSystem units)
{
    if (!paces)
        return {};
    std::set<PaceZone> zones;
    const Sport sessionSport = session.sport == Sport::Brick ? Sport::Bike : session.sport;
    // A brick's unmarked steps are not assumed to be runs; its run leg says "run".
    collectRunZones(session.steps, sessionSport, zones);
    QStringList parts;
    for (PaceZone zone : zones) {
        if (const auto band = paceBand(*paces, zone))
            parts << enumId(zone) + QLatin1Char(' ') + bandText(*band, units);
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Targets: ") + parts.join(QStringLiteral(", "));
}

QString description(const PlannedSession& session, const std::optional<TrainingPaces>& paces,
                    UnitSystem units)
{
    QStringList lines;
    if (!session.steps.empty())
        lines << formatSessionNotation(session.steps);
    if (const QString targets = targetsLine(session, paces, units); !targets.isEmpty())
        lines << targets;
    if (session.purpose)
        lines << QStringLiteral("Purpose: ") + enumLabel(*session.purpose);
    if (!session.notes.trimmed().isEmpty())
        lines << QString() << session.notes.trimmed();
    return lines.join(QLatin1Char('\n'));
}

/// Stable per stored plan, so exporting again updates the calendar's events instead of
/// duplicating them. Row ids are unique within one log only; the athlete id makes a
/// clash less likely, and the README says to keep different logs in different
/// calendars. A session that is not stored (a week file) gets one from its content and
/// day instead.
QString uid(const PlannedSession& session, const Athlete& athlete)
{
    if (session.id.isValid())
        return QStringLiteral("planned-%1-athlete-%2@paceline")
            .arg(session.id.value)
            .arg(athlete.id.value);
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(session.date.toString(Qt::ISODate))
                            .arg(session.orderInDay)
                            .arg(session.name, formatSessionNotation(session.steps));
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("unsaved-%1@paceline").arg(QString::fromLatin1(hash));
}

QString dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QByteArray event(const PlannedSession& session, const Athlete& athlete,
                 const std::optional<TrainingPaces>& paces, const QString& stamp)
{
    const QString sport = enumLabel(session.sport);
    const QString name = session.name.trimmed().isEmpty() ? sport : session.name.trimmed();
    QByteArray text;
    text += foldLine(QStringLiteral("BEGIN:VEVENT"));
    text += foldLine(QStringLiteral("UID:") + uid(session, athlete));
    text += foldLine(QStringLiteral("DTSTAMP:") + stamp);
    text += foldLine(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(session.date));
    text += foldLine(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(session.date.addDays(1)));
    // "Brick" or "Swim: 12 × 100 m" already say their sport; others get it added.
    const QString summary = name.contains(sport, Qt::CaseInsensitive)
                                ? name
                                : QStringLiteral("%1 (%2)").arg(name, sport);
    text += foldLine(QStringLiteral("SUMMARY:") + escapeText(summary));
    if (const QString details = description(session, paces, athlete.units); !details.isEmpty())
        text += foldLine(QStringLiteral("DESCRIPTION:") + escapeText(details));
    text += foldLine(QStringLiteral("CATEGORIES:") + escapeText(sport));
    // An all-day training session should not block the athlete's calendar.
    text += foldLine(QStringLiteral("TRANSP:TRANSPARENT"));
    text += foldLine(QStringLiteral("END:VEVENT"));
    return text;
}

} // namespace

QByteArray plannedSessionsToIcs(const std::vector<PlannedSession>& sessions, const Athlete& athlete,
                                const QDateTime& stamp)
{
    const QString stampText = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const std::optional<TrainingPaces> paces = athletePaces(athlete);
    QByteArray text;
    text += foldLine(QStringLiteral("BEGIN:VCALENDAR"));
    text += foldLine(QStringLiteral("VERSION:2.0"));
    text += foldLine(QStringLiteral("PRODID:-//Paceline//Training plan//EN"));
    text += foldLine(QStringLiteral("CALSCALE:GREGORIAN"));
    text += foldLine(QStringLiteral("METHOD:PUBLISH"));
    if (!athlete.name.isEmpty())
        text += foldLine(QStringLiteral("X-WR-CALNAME:") +
                         escapeText(QStringLiteral("Paceline: %1").arg(athlete.name)));
    for (const PlannedSession& session : sessions) {
        if (session.date.isValid())
            text += event(session, athlete, paces, stampText);
    }
    text += foldLine(QStringLiteral("END:VCALENDAR"));
    return text;
}

} // namespace paceline
