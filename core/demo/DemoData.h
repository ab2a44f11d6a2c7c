#pragma once

#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QDate>

#include <functional>
#include <vector>

namespace paceline {

class LogStore;

/// Limits of the demo: the name list gives 420 distinct athletes, and twenty years is
/// more history than any benchmark needs while keeping memory bounded.
inline constexpr int kMaxDemoAthletes = 420;
inline constexpr int kMaxDemoWeeks = 1040;

struct DemoOptions {
    int athletes = 1;
    int weeks = 26;
    quint64 seed = 1;
    /// The logged history ends on this day and the plan runs two weeks past it. The
    /// same options always produce the same log.
    QDate lastDay;
    /// More sessions for the library beside the demo's own (the app passes its
    /// shipped examples), written with the first athlete.
    std::vector<SessionTemplate> extraTemplates;
};

struct DemoSummary {
    int athletes = 0;
    int templates = 0;
    int plannedSessions = 0;
    int loggedSessions = 0;
    int reps = 0;
};

/// Called after each athlete is written: (athletes done, athletes in all).
using DemoProgress = std::function<void(int, int)>;

/// Writes a realistic, deterministic training history into `store`: one transaction
/// per athlete, so a failure leaves whole athletes or nothing.
Result<DemoSummary> writeDemoData(LogStore& store, const DemoOptions& options,
                                  const DemoProgress& progress = {});

} // namespace paceline
