#include "DemoData.h"

#include "AthleteHistory.h"
#include "HistoryWriter.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

namespace paceline {

namespace {

Status checkOptions(const DemoOptions& options)
{
    if (options.athletes < 1 || options.athletes > kMaxDemoAthletes)
        return Error{QStringLiteral("demo athletes %1 is outside 1-%2")
                         .arg(options.athletes)
                         .arg(kMaxDemoAthletes)};
    if (options.weeks < 1 || options.weeks > kMaxDemoWeeks)
        return Error{
            QStringLiteral("demo weeks %1 is outside 1-%2").arg(options.weeks).arg(kMaxDemoWeeks)};
    if (!options.lastDay.isValid())
        return Error{QStringLiteral("the demo's last day is not a valid date")};
    return {};
}

} // namespace

Result<DemoSummary> writeDemoData(LogStore& store, const DemoOptions& options,
                                  const DemoProgress& progress)
{
    if (Status valid = checkOptions(options); !valid)
        return valid.error();
    demo::HistoryWriter writer(store);
    DemoSummary summary;
    for (int index = 0; index < options.athletes; ++index) {
        // Generated outside the transaction: the write lock is held only for writing.
        demo::AthleteHistory history = demo::generateHistory(index, options);
        DemoSummary written;
        Status status = store.transaction([&]() -> Status {
            // The library goes in with the first athlete, so a failure leaves nothing.
            if (!writer.hasTemplates()) {
                Result<int> templates = writer.storeTemplates();
                if (!templates)
                    return templates.error();
                written.templates = *templates;
                for (SessionTemplate extra : options.extraTemplates) {
                    extra.id = {};
                    if (Status inserted = store.templates().insert(extra); !inserted)
                        return inserted;
                    ++written.templates;
                }
            }
            if (Status wrote = writer.write(history, written); !wrote)
                return wrote;
            // A demo log opens on its Analysis screen as fast as one opened before.
            return store.sessions().keepAllLoadCheckpoints(history.profile.athlete.id);
        });
        if (!status) {
            writer.forgetTemplates();
            return Error{QStringLiteral("Could not write demo athlete %1 of %2 (%3): %4")
                             .arg(index + 1)
                             .arg(options.athletes)
                             .arg(history.profile.athlete.name, status.errorMessage())};
        }
        summary.athletes += written.athletes;
        summary.templates += written.templates;
        summary.plannedSessions += written.plannedSessions;
        summary.loggedSessions += written.loggedSessions;
        summary.reps += written.reps;
        if (progress)
            progress(index + 1, options.athletes);
    }
    return summary;
}

} // namespace paceline
