#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/PlanDay.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace paceline {

/// One athlete's calendar day, the unit a plan edit is computed on.
struct PlanDayKey {
    AthleteId athlete;
    QDate date;

    friend bool operator==(const PlanDayKey&, const PlanDayKey&) = default;
    friend bool operator<(const PlanDayKey& a, const PlanDayKey& b)
    {
        return a.athlete != b.athlete ? a.athlete < b.athlete
                                      : a.date.toJulianDay() < b.date.toJulianDay();
    }
};

/// A day as the store holds it: the rest mark with its note, the sessions in order.
struct PlanDayState {
    std::optional<RestDay> rest;
    std::vector<PlannedSession> sessions; ///< by orderInDay

    friend bool operator==(const PlanDayState&, const PlanDayState&) = default;
};

/// A snapshot of some days of some athletes' calendars. An edit reads the days it
/// touches into one, changes a copy, and the command writes the difference: redo
/// goes from the first snapshot to the second, undo back, so ids survive both ways.
class PlanState {
public:
    /// Records a day as read (a day already held is replaced).
    void setDay(const PlanDayKey& key, PlanDayState day);
    bool holds(const PlanDayKey& key) const { return m_days.count(key) > 0; }
    /// The day, or null when it was not read.
    PlanDayState* day(const PlanDayKey& key);
    const PlanDayState* day(const PlanDayKey& key) const;
    const std::map<PlanDayKey, PlanDayState>& days() const { return m_days; }
    std::map<PlanDayKey, PlanDayState>& days() { return m_days; }

    const PlannedSession* find(PlannedSessionId id) const;
    /// Every session of the snapshot, day by day.
    std::vector<PlannedSession> sessions() const;

    /// Takes the session out of its day (the others close up); nullopt when not held.
    std::optional<PlannedSession> take(PlannedSessionId id);
    /// Puts the session into the held day of its athlete and date, at `orderInDay`
    /// (the end when negative or past it), and renumbers that day 0..n-1. Returns
    /// false when the day was not read.
    bool place(PlannedSession session, int orderInDay);
    /// Marks or unmarks a held day as rest, keeping an existing note.
    bool setRest(const PlanDayKey& key, bool rest);

    /// The days whose content differs between two snapshots of the same days.
    static std::vector<PlanDayKey> changedDays(const PlanState& a, const PlanState& b);

    /// Sessions logged against plans this state no longer holds, as they were before
    /// the plans were deleted (deleting a plan unlinks them): writing a state that holds
    /// such a plan again links them back, so undoing a delete loses no "done".
    std::map<PlannedSessionId, std::vector<LoggedSession>> detachedLogs;

    friend bool operator==(const PlanState&, const PlanState&) = default;

private:
    static void renumber(PlanDayState& day);

    std::map<PlanDayKey, PlanDayState> m_days;
};

} // namespace paceline
