#pragma once

#include "WeekAdvisor.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace paceline::advice {

/// A planned session as the week rules see it: its load and hardness, estimated once.
struct WeekSession {
    PlannedSessionId id;
    QString name;
    Sport sport = Sport::Run;
    SessionLoad load;

    bool hard() const { return load.hardness == Hardness::Hard; }
};

struct WeekDay {
    QDate date;
    bool markedRest = false;
    std::vector<WeekSession> sessions;
};

/// A session moved by WeekAnalysis::move, and where it was, to put it back.
struct MovedSession {
    WeekDay* from = nullptr;
    size_t index = 0; ///< its place in `from`
    WeekDay* to = nullptr;
};

struct FixTrials;

/// The input's days, each session estimated once, for every week rule to read. Moving a
/// session between days (to try a fix) is cheap: nothing is estimated again.
struct WeekAnalysis {
    explicit WeekAnalysis(const WeekAdviceInput& input);

    const WeekAdviceInput& input;
    std::vector<WeekDay> days; ///< by date; a date the input lacks is simply absent
    /// False while a fix is being tried: checking a candidate then builds no fixes and
    /// no messages, and the rules that judge single days list no days, since only
    /// which rules fire, about which sessions, is read.
    bool withFixes = true;
    /// What the fixes share (WeekRules.h), made for the first fix that needs it. One
    /// analysis serves one adviseWeek() call on one thread; a copy made for trials
    /// clears it.
    mutable std::shared_ptr<FixTrials> fixTrials;

    /// The day with that date, or nullptr when the input does not cover it. The rules
    /// ask for days all the time, so the usual case is inline: the days are sorted and,
    /// as the planner reads them, consecutive, so the offset from the first is the index.
    const WeekDay* day(const QDate& date) const
    {
        if (!days.empty() && date.isValid()) {
            const qint64 offset = date.toJulianDay() - days.front().date.toJulianDay();
            if (offset >= 0 && offset < qint64(days.size()) && days[size_t(offset)].date == date)
                return &days[size_t(offset)];
        }
        return searchDay(date);
    }
    WeekDay* day(const QDate& date);
    bool inRange(const QDate& date) const { return date >= input.first && date <= input.last; }
    /// How many days `first` to `last` span (both included).
    int rangeDays() const;
    /// Whether exactly one session has this id: a fix names its session by id, so a
    /// duplicate (bad input) gets no fix rather than moving the wrong session.
    bool hasUniqueId(PlannedSessionId id) const;
    /// The session and the day holding it, or nullptrs.
    const WeekSession* session(PlannedSessionId id, const WeekDay** holder = nullptr) const;
    /// Moves a session to the end of another day; nothing when either is unknown.
    /// `from`, when given, is where to look for it first.
    std::optional<MovedSession> move(PlannedSessionId id, const QDate& to, const QDate& from = {});
    /// Puts a moved session back in its place, as if it had never moved.
    void undo(const MovedSession& moved);

private:
    /// day() for input with gaps.
    const WeekDay* searchDay(const QDate& date) const;
};

/// QDate::addDays, inline: the rules step from day to day all the time.
inline QDate shifted(const QDate& date, qint64 days)
{
    return date.isValid() ? QDate::fromJulianDay(date.toJulianDay() + days) : QDate();
}

// What a day is, for the rules (docs/planner.md, "Week rules").
bool isRestDay(const WeekDay& day);  ///< marked rest, or nothing planned
bool isLightDay(const WeekDay& day); ///< easy sessions only, an hour or less in all
bool isRestOrLight(const WeekDay& day);
bool hasHard(const WeekDay& day);
std::vector<const WeekSession*> hardSessions(const WeekDay& day);

// Plain-language pieces of the week messages.
/// "Tuesday"; with the date ("Sunday 30 Nov") for a day outside a seven-day range.
QString dayText(const WeekAnalysis& week, const QDate& date);
/// "Tuesday's “5K sharpening: 8 × 400 m”".
QString sessionText(const WeekAnalysis& week, const QDate& date, const WeekSession& session);
/// "“5K sharpening: 8 × 400 m”" (or "the bike session" without a name).
QString sessionName(const WeekSession& session);

} // namespace paceline::advice
