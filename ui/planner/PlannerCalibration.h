#pragma once

#include "core/model/Id.h"
#include "core/model/PlanDay.h"

#include <QDate>
#include <QObject>

#include <optional>
#include <set>

namespace paceline {

class CalibrationBox;
class LogDocument;
struct CalibrationProposal;
class PlanWeekModel;

/// The planner's "calibrate the next session" (docs/planner.md): a CalibrationBox about
/// one planned copy of a template, the selected card or the one just planned. Accept
/// replaces that copy's steps as one undoable edit; the library template stays as it
/// is. Done and missed sessions get no proposal: there is no next time for them.
class PlannerCalibration : public QObject {
    Q_OBJECT

public:
    PlannerCalibration(LogDocument& document, PlanWeekModel& model, QObject* parent = nullptr);

    /// For the screen to lay out (it takes the widget over).
    CalibrationBox* box() const { return m_box; }
    PlannedSessionId subject() const { return m_subject; }
    /// The selected card; an invalid id when none (or several) are selected.
    void setSubject(PlannedSessionId id);
    /// After the shown days were read again: a session that just appeared among them
    /// (a drop, a copy, an undone removal) becomes the subject; the proposal is read
    /// again, since a logged repeat or an edit of the copy changes it.
    void refresh();

Q_SIGNALS:
    /// A session was just planned and is now the subject: the grid selects its card.
    void sessionPlanned(paceline::PlannedSessionId id);

private:
    void showProposal();
    void accept(const CalibrationProposal& proposal);
    std::optional<PlannedSession> shownSession(PlannedSessionId id) const;
    bool isStillPlanned(PlannedSessionId id) const;
    /// The single session now shown that was not before in the same days, if any.
    std::optional<PlannedSessionId> newcomer() const;

    LogDocument& m_document;
    PlanWeekModel& m_model;
    CalibrationBox* m_box;
    PlannedSessionId m_subject;
    // What was shown at the last refresh, to tell a new session from a new week.
    AthleteId m_shownAthlete;
    QDate m_shownFirst;
    int m_shownDayCount = 0;
    std::set<PlannedSessionId> m_shownIds;
};

} // namespace paceline
