#include "EntryValidation.h"

#include "AthleteValidation.h"
#include "TimeText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

/// Collects the problems of one session; each check adds at most one problem per
/// field and rep, so the form can mark each cell with one reason.
class Checker {
public:
    explicit Checker(bool runningPaces) : m_runningPaces(runningPaces) {}

    std::vector<EntryProblem> take()
    {
        // Field order, then rep order: the form lists them the way the eye reads it.
        std::stable_sort(m_problems.begin(), m_problems.end(), [](const auto& a, const auto& b) {
            return std::pair(int(a.field), a.rep) < std::pair(int(b.field), b.rep);
        });
        return std::move(m_problems);
    }

    void add(EntryField field, int rep, const QString& what, const QString& why)
    {
        // Reps are counted from 1 for people; a session field starts the sentence.
        const QString where =
            rep < 0 ? what.left(1).toUpper() + what.mid(1) : tr("Rep %1 %2").arg(rep + 1).arg(what);
        m_problems.push_back({field, rep, QStringLiteral("%1: %2").arg(where, why)});
    }

    void checkTime(EntryField field, int rep, const QString& what, Duration time)
    {
        if (time.seconds > 0.0 && std::isfinite(time.seconds))
            return;
        // formatDuration cannot show what is not a number; say only what is wanted.
        const QString shown =
            std::isfinite(time.seconds) ? formatDuration(time, 1) + QLatin1Char(' ') : QString();
        add(field, rep, what, shown + tr("must be more than zero"));
    }

    void checkDistance(EntryField field, int rep, const QString& what,
                       const std::optional<Distance>& distance)
    {
        if (!distance || (distance->metres >= 0.0 && std::isfinite(distance->metres)))
            return;
        add(field, rep, what,
            std::isfinite(distance->metres)
                ? tr("%1 m cannot be negative").arg(number(distance->metres))
                : tr("must be a number of metres"));
    }

    /// Faster than 2:00/km is a typo in the distance or the time. Only for running:
    /// cyclists and swimmers' paces are not comparable with it (docs/logging.md).
    void checkPace(EntryField field, int rep, const QString& what,
                   const std::optional<Distance>& distance, Duration time)
    {
        if (!m_runningPaces || !distance || !(distance->metres > 0.0) || !(time.seconds > 0.0) ||
            !std::isfinite(distance->metres) || !std::isfinite(time.seconds))
            return; // no pace to judge, or already marked by checkDistance / checkTime
        const double secondsPerKm = time.seconds / distance->kilometres();
        if (secondsPerKm < kFastestPlausiblePaceSecondsPerKm) {
            add(field, rep, what,
                tr("%1 m in %2 is %3/km, faster than anyone runs (2:00/km)")
                    .arg(number(distance->metres), formatDuration(time, 1),
                         formatDuration({secondsPerKm}, 1)));
        }
    }

    void checkRpe(EntryField field, int rep, const QString& what, const std::optional<double>& rpe)
    {
        if (rpe && !(*rpe >= kMinRpe && *rpe <= kMaxRpe))
            add(field, rep, what, tr("%1 is outside 0-10").arg(number(*rpe)));
    }

    void checkHeartRates(EntryField avgField, EntryField maxField, int rep,
                         const std::optional<int>& avg, const std::optional<int>& max)
    {
        const bool avgOk = checkHeartRate(avgField, rep, tr("average heart rate"), avg);
        const bool maxOk = checkHeartRate(maxField, rep, tr("maximum heart rate"), max);
        // Compared only when both are plausible, so a cell gets one reason at a time.
        if (avgOk && maxOk && avg && max && *max < *avg) {
            add(maxField, rep, tr("maximum heart rate"),
                tr("%1 bpm is below the average %2 bpm").arg(*max).arg(*avg));
        }
    }

    void checkWellness(const char* what, const std::optional<int>& score)
    {
        if (score && (*score < kMinWellness || *score > kMaxWellness))
            add(EntryField::Wellness, -1, tr(what), tr("%1 is outside 1-5").arg(*score));
    }

private:
    /// False when the rate is given and implausible (and so marked).
    bool checkHeartRate(EntryField field, int rep, const QString& what,
                        const std::optional<int>& bpm)
    {
        if (!bpm || (*bpm >= kMinHeartRate && *bpm <= kMaxHeartRate))
            return true;
        add(field, rep, what, tr("%1 bpm is outside 25-250 bpm").arg(*bpm));
        return false;
    }

    bool m_runningPaces;
    std::vector<EntryProblem> m_problems;
};

void checkSessionFields(Checker& check, const LoggedSession& session)
{
    if (!session.start.isValid())
        check.add(EntryField::Start, -1, tr("start"), tr("the session needs a date and time"));
    check.checkTime(EntryField::Duration, -1, tr("duration"), session.duration);
    check.checkDistance(EntryField::Distance, -1, tr("distance"), session.distance);
    check.checkPace(EntryField::Distance, -1, tr("distance"), session.distance, session.duration);
    check.checkRpe(EntryField::SessionRpe, -1, tr("session RPE"), session.sessionRpe);
    check.checkHeartRates(EntryField::AvgHeartRate, EntryField::MaxHeartRate, -1,
                          session.avgHeartRate, session.maxHeartRate);
}

void checkWellness(Checker& check, const Wellness& wellness)
{
    check.checkWellness(QT_TRANSLATE_NOOP("paceline", "sleep"), wellness.sleep);
    check.checkWellness(QT_TRANSLATE_NOOP("paceline", "soreness"), wellness.soreness);
    check.checkWellness(QT_TRANSLATE_NOOP("paceline", "energy"), wellness.energy);
    check.checkWellness(QT_TRANSLATE_NOOP("paceline", "mood"), wellness.mood);
    check.checkWellness(QT_TRANSLATE_NOOP("paceline", "leg stiffness"), wellness.legStiffness);
    check.checkWellness(QT_TRANSLATE_NOOP("paceline", "breathing"), wellness.breathing);
}

void checkRep(Checker& check, const Rep& rep, int index)
{
    check.checkDistance(EntryField::RepDistance, index, tr("distance"), rep.distance);
    check.checkTime(EntryField::RepTime, index, tr("time"), rep.time);
    // A too-fast pace is marked on the time: the more often mistyped of the two
    // ("9.2" for 92 s), and the message names both.
    check.checkPace(EntryField::RepTime, index, tr("time"), rep.distance, rep.time);
    check.checkRpe(EntryField::RepRpe, index, tr("RPE"), rep.rpe);
    check.checkHeartRates(EntryField::RepAvgHeartRate, EntryField::RepMaxHeartRate, index,
                          rep.avgHeartRate, rep.maxHeartRate);
    if (rep.cadence && (!(*rep.cadence >= 0.0) || !std::isfinite(*rep.cadence))) {
        check.add(EntryField::RepCadence, index, tr("cadence"),
                  tr("%1 per minute cannot be negative").arg(number(*rep.cadence)));
    }
}

} // namespace

std::vector<EntryProblem> validateLoggedSession(const LoggedSession& session)
{
    Checker check(session.sport == Sport::Run);
    checkSessionFields(check, session);
    checkWellness(check, session.wellness);
    for (int index = 0; index < int(session.reps.size()); ++index)
        checkRep(check, session.reps[size_t(index)], index);
    return check.take();
}

} // namespace paceline
