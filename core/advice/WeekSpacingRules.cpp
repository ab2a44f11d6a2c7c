// How the hard days are spaced: week.hard-back-to-back, week.hard-after-long and
// week.hard-without-easy-before (docs/planner.md, "Week rules").

#include "WeekRules.h"

#include <QStringList>

#include <optional>

namespace paceline::advice {

namespace {

/// "Tuesday's “A”" or "Tuesday's “A” and “B”".
QString sessionsText(const WeekAnalysis& week, const QDate& date,
                     const std::vector<const WeekSession*>& sessions)
{
    QStringList names;
    for (const WeekSession* session : sessions)
        names << sessionName(*session);
    const QString last = names.size() > 1 ? names.takeLast() : QString();
    QString text =
        QStringLiteral("%1's %2").arg(dayText(week, date), names.join(QStringLiteral(", ")));
    if (!last.isEmpty())
        text += QStringLiteral(" and ") + last;
    return text;
}

/// Long sessions that are not hard themselves (a hard one is judged as hard).
std::vector<const WeekSession*> longNotHard(const WeekDay& day)
{
    std::vector<const WeekSession*> found;
    for (const WeekSession& session : day.sessions) {
        if (session.load.longSession && !session.hard())
            found.push_back(&session);
    }
    return found;
}

void addIds(WeekFinding& finding, const std::vector<const WeekSession*>& sessions)
{
    for (const WeekSession* session : sessions)
        finding.sessions.push_back(session->id);
}

/// addIds(finding, hardSessions(day)) without the list: trials call it by the hundred.
void addHardIds(WeekFinding& finding, const WeekDay& day)
{
    for (const WeekSession& session : day.sessions) {
        if (session.hard())
            finding.sessions.push_back(session.id);
    }
}

/// Tries moving each of `first`, then each of `second`, in turn (the first that works
/// wins).
void addMoveFix(const WeekAnalysis& week, WeekFinding& finding,
                const std::vector<const WeekSession*>& first,
                const std::vector<const WeekSession*>& second = {})
{
    if (!week.withFixes)
        return;
    for (const auto* candidates : {&first, &second}) {
        for (const WeekSession* session : *candidates) {
            finding.fix = moveFix(week, finding, session->id);
            if (finding.fix)
                return;
        }
    }
}

void checkBackToBack(const WeekAnalysis& week, const WeekDay& before, const WeekDay& day,
                     WeekFindings& out)
{
    WeekFinding finding;
    finding.sessions.reserve(4); // one allocation for the usual two or three sessions
    finding.rule = ruleId(kHardBackToBack);
    finding.severity = Severity::Warning;
    addHardIds(finding, before);
    addHardIds(finding, day);
    if (week.withFixes) {
        finding.days = {before.date, day.date};
        const auto earlier = hardSessions(before);
        const auto later = hardSessions(day);
        finding.message =
            QStringLiteral("%1 and %2 are both hard. Without an easy day between them the second "
                           "is done on tired legs, so it goes slower and both lose value: hard "
                           "days work best with at least one easy or rest day between them. Move "
                           "one of them to an easy day, or make %3 easy.")
                .arg(sessionsText(week, before.date, earlier), sessionsText(week, day.date, later),
                     dayText(week, day.date));
        // Moving the later session on is the usual answer; the earlier one if that fails.
        addMoveFix(week, finding, later, earlier);
    }
    out.push_back(std::move(finding));
}

void checkAfterLong(const WeekAnalysis& week, const WeekDay* before, const WeekDay& day,
                    WeekFindings& out)
{
    // A long session the day before, or another session of the same day (a long ride
    // and intervals on one day). A long session that is itself hard is back to back.
    std::vector<const WeekSession*> heavy = before ? longNotHard(*before) : decltype(heavy){};
    const bool sameDay = heavy.empty();
    if (sameDay)
        heavy = longNotHard(day);
    if (heavy.empty())
        return;
    const QDate heavyDate = sameDay ? day.date : before->date;
    if (!week.inRange(day.date) && !week.inRange(heavyDate))
        return;
    WeekFinding finding;
    finding.sessions.reserve(4); // one allocation for the usual two or three sessions
    finding.rule = ruleId(kHardAfterLong);
    finding.severity = Severity::Warning;
    addIds(finding, heavy);
    addHardIds(finding, day);
    if (week.withFixes) {
        finding.days =
            sameDay ? std::vector<QDate>{day.date} : std::vector<QDate>{heavyDate, day.date};
        const auto hard = hardSessions(day);
        finding.message =
            QStringLiteral("%1 is hard and comes %2 %3, a long session. A long run or ride leaves "
                           "the legs tired and the fuel stores low for a day or more, so the "
                           "hard work is done tired and injury risk rises. Put an easy or rest "
                           "day after the long session and move the hard one.")
                .arg(sessionsText(week, day.date, hard),
                     sameDay ? QStringLiteral("on the same day as")
                             : QStringLiteral("the day after"),
                     sessionsText(week, heavyDate, heavy));
        addMoveFix(week, finding, hard, heavy);
    }
    out.push_back(std::move(finding));
}

const WeekDay* dayBefore(const WeekAnalysis& week, const WeekDay& day)
{
    return week.day(shifted(day.date, -1));
}

void checkBackToBackOn(const WeekAnalysis& week, const WeekDay& day, WeekFindings& out)
{
    if (!hasHard(day))
        return;
    const WeekDay* before = dayBefore(week, day);
    const bool touches = week.inRange(day.date) || (before && week.inRange(before->date));
    if (before && hasHard(*before) && touches)
        checkBackToBack(week, *before, day, out);
}

void checkAfterLongOn(const WeekAnalysis& week, const WeekDay& day, WeekFindings& out)
{
    if (hasHard(day))
        checkAfterLong(week, dayBefore(week, day), day, out);
}

/// The planned load of the week's biggest hard session in the checked range.
double hardestLoad(const WeekAnalysis& week)
{
    double hardest = 0.0;
    for (const WeekDay& day : week.days) {
        if (!week.inRange(day.date))
            continue;
        for (const WeekSession& session : day.sessions) {
            if (session.hard())
                hardest = std::max(hardest, session.load.load);
        }
    }
    return hardest;
}

/// The load of the week's hardest session, worked out when first needed (only a
/// finding's severity reads it).
class HardestLoad {
public:
    explicit HardestLoad(const WeekAnalysis& week) : m_week(week) {}

    double operator()()
    {
        if (!m_load)
            m_load = hardestLoad(m_week);
        return *m_load;
    }

private:
    const WeekAnalysis& m_week;
    std::optional<double> m_load;
};

void checkEasyBeforeOn(const WeekAnalysis& week, const WeekDay& day, HardestLoad& hardest,
                       WeekFindings& out)
{
    const WeekDay* before = dayBefore(week, day);
    if (!week.inRange(day.date) || !hasHard(day) || !before)
        return;
    // Back to back and after a long session are their own, stronger findings.
    if (isRestOrLight(*before) || hasHard(*before) || !longNotHard(*before).empty())
        return;
    // Only the message and the severity tell the hardest session apart, and a trial
    // reads neither: it skips the look at the whole week.
    bool isHardest = false;
    for (const WeekSession& session : day.sessions)
        isHardest =
            isHardest || (week.withFixes && session.hard() && session.load.load >= hardest());
    WeekFinding finding;
    finding.sessions.reserve(4); // one allocation for the usual two or three sessions
    finding.rule = ruleId(kHardWithoutEasyBefore);
    finding.severity = isHardest ? Severity::Warning : Severity::Info;
    addHardIds(finding, day);
    if (week.withFixes) {
        finding.days = {before->date, day.date};
        const auto hard = hardSessions(day);
        finding.message =
            QStringLiteral("%1 is %2, but %3 before it is neither a rest day nor a light one "
                           "(easy sessions, an hour or less). Quality work pays off on fresh "
                           "legs: make %3 rest or an easy short run, or move the session to "
                           "a day after one.")
                .arg(sessionsText(week, day.date, hard),
                     isHardest ? QStringLiteral("the week's hardest session")
                               : QStringLiteral("hard"),
                     dayText(week, before->date));
        addMoveFix(week, finding, hard);
    }
    out.push_back(std::move(finding));
}

} // namespace

void checkHardSpacing(const WeekAnalysis& week, WeekFindings& out)
{
    for (const WeekDay& day : week.days)
        checkBackToBackOn(week, day, out);
    for (const WeekDay& day : week.days)
        checkAfterLongOn(week, day, out);
}

void checkEasyBefore(const WeekAnalysis& week, WeekFindings& out)
{
    HardestLoad hardest(week);
    for (const WeekDay& day : week.days)
        checkEasyBeforeOn(week, day, hardest, out);
}

void checkSpacingOn(const WeekAnalysis& week, const WeekDay& day, WeekFindings& out)
{
    checkBackToBackOn(week, day, out);
    checkAfterLongOn(week, day, out);
    HardestLoad hardest(week);
    checkEasyBeforeOn(week, day, hardest, out);
}

} // namespace paceline::advice
