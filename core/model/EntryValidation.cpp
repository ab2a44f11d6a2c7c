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
        if (time.seconds > 0.0 && time.seconds <= limits::kMaxStepDuration.seconds)
            return;
        // formatDuration cannot show what is not a number; say only what is wanted.
        if (!std::isfinite(time.seconds))
            add(field, rep, what, tr("must be a time"));
        else if (time.seconds > 0.0)
            add(field, rep, what,
                tr("%1 is longer than %2 hours")
                    .arg(formatDuration(time))
                    .arg(limits::kMaxStepDuration.seconds / 3600.0));
        else
            add(field, rep, what, formatDuration(time, 1) + tr(" must be more than zero"));
    }

    void checkDistance(EntryField field, int rep, const QString& what,
                       const std::optional<Distance>& distance)
    {
        if (!distance ||
            (distance->metres >= 0.0 && distance->metres <= limits::kMaxStepDistance.metres))
            return;
        if (!std::isfinite(distance->metres))
            add(field, rep, what, tr("must be a number of metres"));
        else if (distance->metres < 0.0)
            add(field, rep, what, tr("%1 m cannot be negative").arg(number(distance->metres)));
        else
            add(field, rep, what,
                // In km, as the limit: "2e+06 m" would hide the typo it points at.
                tr("%1 km is more than %2 km")
                    .arg(number(distance->kilometres()))
                    .arg(limits::kMaxStepDistance.kilometres()));
    }

    /// Faster than 2:00/km is a typo in the distance or the time. Only for running:
    /// cyclists and swimmers' paces are not comparable with it (docs/logging.md).
    /// A rep slower than 60:00/km is a typo too ("8000" for 80.00 s); not a whole
    /// session, whose typed distance may leave out a warm-up of minutes.
    void checkPace(EntryField field, int rep, const QString& what,
                   const std::optional<Distance>& distance, Duration time, bool checkSlow)
    {
        if (!m_runningPaces || !distance || !(distance->metres > 0.0) || !(time.seconds > 0.0) ||
            distance->metres > limits::kMaxStepDistance.metres ||
            time.seconds > limits::kMaxStepDuration.seconds)
            return; // no pace to judge, or already marked by checkDistance / checkTime
        const double secondsPerKm = time.seconds / distance->kilometres();
        if (secondsPerKm < limits::kFastestPlausiblePaceSecondsPerKm) {
            add(field, rep, what,
                tr("%1 m in %2 is %3/km, faster than anyone runs (2:00/km)")
                    .arg(number(distance->metres), formatDuration(time, 1),
                         formatDuration({secondsPerKm}, 1)));
        } else if (checkSlow && secondsPerKm > limits::kSlowestPaceSecondsPerKm) {
            add(field, rep, what,
                tr("%1 m in %2 is %3/km, slower than a walk (%4/km)")
                    .arg(number(distance->metres), formatDuration(time, 1),
                         formatDuration({secondsPerKm}),
                         formatDuration({limits::kSlowestPaceSecondsPerKm})));
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
    if (!session.start.isValid()) {
        check.add(EntryField::Start, -1, tr("start"), tr("the session needs a date and time"));
    } else if (!limits::isPlausibleDate(session.start.date())) {
        check.add(EntryField::Start, -1, tr("date"),
                  tr("%1 is outside the years %2-%3")
                      .arg(session.start.date().toString(Qt::ISODate))
                      .arg(limits::kEarliestYear)
                      .arg(limits::kLatestYear));
    }
    check.checkTime(EntryField::Duration, -1, tr("duration"), session.duration);
    check.checkDistance(EntryField::Distance, -1, tr("distance"), session.distance);
    check.checkPace(EntryField::Distance, -1, tr("distance"), session.distance, session.duration,
                    /*checkSlow=*/false);
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
    check.checkPace(EntryField::RepTime, index, tr("time"), rep.distance, rep.time,
                    /*checkSlow=*/true);
    check.checkRpe(EntryField::RepRpe, index, tr("RPE"), rep.rpe);
    check.checkHeartRates(EntryField::RepAvgHeartRate, EntryField::RepMaxHeartRate, index,
                          rep.avgHeartRate, rep.maxHeartRate);
    if (rep.cadence && !(*rep.cadence >= 0.0 && *rep.cadence <= limits::kMaxCadence)) {
        const bool tooHigh = *rep.cadence > limits::kMaxCadence;
        check.add(EntryField::RepCadence, index, tr("cadence"),
                  std::isnan(*rep.cadence) ? tr("must be a number")
                  : tooHigh                ? tr("%1 per minute is more than %2")
                                  .arg(number(*rep.cadence))
                                  .arg(limits::kMaxCadence)
                            : tr("%1 per minute cannot be negative").arg(number(*rep.cadence)));
    }
}

} // namespace

std::vector<EntryProblem> validateLoggedSession(const LoggedSession& session)
{
    Checker check(session.sport == Sport::Run);
    checkSessionFields(check, session);
    checkWellness(check, session.wellness);
    // Each rep of a pasted 100,000-line column would get its own message otherwise.
    if (session.reps.size() > size_t(limits::kMaxLoggedReps)) {
        check.add(EntryField::RepCount, -1, tr("reps"),
                  tr("%1 is more than a session holds (%2)")
                      .arg(session.reps.size())
                      .arg(limits::kMaxLoggedReps));
        return check.take();
    }
    for (int index = 0; index < int(session.reps.size()); ++index)
        checkRep(check, session.reps[size_t(index)], index);
    return check.take();
}

} // namespace paceline
