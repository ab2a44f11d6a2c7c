#include "LoggedSessionText.h"

#include "core/model/TimeText.h"

namespace paceline::cli {

namespace {

constexpr int kTitleWidth = 32;
const QString kUnknown = QStringLiteral("-");

QString signedNumber(double value, int decimals)
{
    return (value > 0.0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', decimals);
}

QString workRepsText(const LoggedSession& session, UnitSystem units)
{
    int count = 0;
    double metres = 0.0;
    double seconds = 0.0;
    for (const Rep& rep : session.reps) {
        if (rep.kind != RepKind::Work)
            continue;
        ++count;
        if (rep.distance) {
            metres += rep.distance->metres;
            seconds += rep.time.seconds;
        }
    }
    QString text = QStringLiteral("%1 work rep%2").arg(count).arg(count == 1 ? "" : "s");
    if (metres > 0.0)
        text += QStringLiteral(", average pace %1")
                    .arg(formatPace(Distance{metres} / Duration{seconds}, units));
    return text;
}

QString elided(const QString& text, int width)
{
    return text.size() <= width ? text : text.left(width - 3) + QStringLiteral("...");
}

QString tableLine(const LoggedSession& session, UnitSystem units)
{
    const QString distance =
        session.distance ? formatDistance(*session.distance, units, 2) : kUnknown;
    const QString rpe =
        session.sessionRpe ? QString::number(*session.sessionRpe, 'f', 1) : kUnknown;
    const QString cv = session.stability && session.stability->paceCvPercent
                           ? QString::number(*session.stability->paceCvPercent, 'f', 1)
                           : kUnknown;
    return QStringLiteral("%1  %2  %3  %4  %5  %6\n")
        .arg(session.localDate().toString(Qt::ISODate))
        .arg(elided(session.title, kTitleWidth), -kTitleWidth)
        .arg(distance, 9)
        .arg(formatDuration(session.duration), 8)
        .arg(rpe, 4)
        .arg(cv, 5);
}

} // namespace

QString stabilityText(const PaceStability& stability, UnitSystem units)
{
    QStringList parts;
    if (stability.paceCvPercent)
        parts << QStringLiteral("pace CV %1 %").arg(*stability.paceCvPercent, 0, 'f', 1);
    if (stability.fadePercent)
        parts << QStringLiteral("fade %1 %").arg(signedNumber(*stability.fadePercent, 1));
    if (stability.spreadPerKm) {
        const double perUnit = paceUnit(units).metres / kMetresPerKilometre;
        parts << QStringLiteral("spread %1/%2")
                     .arg(formatDuration(Duration{stability.spreadPerKm->seconds * perUnit}, 1),
                          units == UnitSystem::Imperial ? QStringLiteral("mi")
                                                        : QStringLiteral("km"));
    }
    if (stability.repsWithTarget > 0)
        parts << QStringLiteral("%1 of %2 reps in target band")
                     .arg(stability.repsWithinTarget)
                     .arg(stability.repsWithTarget);
    if (stability.rpeDrift)
        parts << QStringLiteral("RPE drift %1").arg(signedNumber(*stability.rpeDrift, 1));
    return parts.isEmpty() ? QStringLiteral("no stability figures (too few timed reps)")
                           : parts.join(QStringLiteral(", "));
}

void printSessionSummary(QTextStream& out, const LoggedSession& session, UnitSystem units)
{
    out << session.title << '\n'
        << "  " << session.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << ", "
        << formatDuration(session.duration);
    if (session.distance)
        out << ", " << formatDistance(*session.distance, units, 2);
    if (session.sessionRpe)
        out << ", session RPE " << QString::number(*session.sessionRpe, 'f', 1);
    out << '\n' << "  " << workRepsText(session, units) << '\n';
    if (session.stability)
        out << "  " << stabilityText(*session.stability, units) << '\n';
}

void printSessionTable(QTextStream& out, const std::vector<LoggedSession>& sessions,
                       UnitSystem units)
{
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("date"), -10)
               .arg(QStringLiteral("title"), -kTitleWidth)
               .arg(QStringLiteral("distance"), 9)
               .arg(QStringLiteral("duration"), 8)
               .arg(QStringLiteral("sRPE"), 4)
               .arg(QStringLiteral("CV %"), 5);
    for (const LoggedSession& session : sessions)
        out << tableLine(session, units);
}

} // namespace paceline::cli
