#pragma once

#include "WeekAdvisor.h"

#include <QDate>
#include <QString>

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

/// The input's days, each session estimated once, for every week rule to read. Moving a
/// session between days (to try a fix) is cheap: nothing is estimated again.
struct WeekAnalysis {
    explicit WeekAnalysis(const WeekAdviceInput& input);

    const WeekAdviceInput& input;
    std::vector<WeekDay> days; ///< by date; a date the input lacks is simply absent
    /// False while a fix is being tried, so that checking a candidate builds no fixes.
    bool withFixes = true;

    /// The day with that date, or nullptr when the input does not cover it.
    const WeekDay* day(const QDate& date) const;
    WeekDay* day(const QDate& date);
    bool inRange(const QDate& date) const;
    /// How many days `first` to `last` span (both included).
    int rangeDays() const;
    /// Whether exactly one session has this id: a fix names its session by id, so a
    /// duplicate (bad input) gets no fix rather than moving the wrong session.
    bool hasUniqueId(PlannedSessionId id) const;
    /// The session and the day holding it, or nullptrs.
    const WeekSession* session(PlannedSessionId id, const WeekDay** holder = nullptr) const;
    /// Moves a session to the end of another day; false when either is unknown.
    bool move(PlannedSessionId id, const QDate& to);
};

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
