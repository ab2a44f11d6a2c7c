#pragma once

#include "core/model/LoggedSession.h"

#include <QDate>

#include <optional>

namespace paceline {

/// Which logged sessions the Log screen lists: one sport or all, and a day range open
/// at either end. SessionListModel applies it while reading, so a date range reaching
/// back past what is loaded reads exactly those days rather than every half-year in
/// between.
struct SessionFilter {
    std::optional<Sport> sport;
    QDate from; ///< invalid: from the first session
    QDate to;   ///< invalid: up to the last session

    bool isActive() const { return sport || from.isValid() || to.isValid(); }
    bool acceptsSport(Sport candidate) const { return !sport || *sport == candidate; }
    bool acceptsDay(QDate day) const
    {
        return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
    }
    bool accepts(const LoggedSession& session) const
    {
        return acceptsSport(session.sport) && acceptsDay(session.localDate());
    }

    friend bool operator==(const SessionFilter&, const SessionFilter&) = default;
};

} // namespace paceline
