#pragma once

#include "AthleteHistory.h"
#include "core/demo/DemoData.h"
#include "core/model/Result.h"

#include <vector>

namespace paceline {
class LogStore;
}

namespace paceline::demo {

/// Saves generated histories through LogStore, turning their provisional ids into
/// the store's as it goes. Callers wrap each call in a transaction.
class HistoryWriter {
public:
    explicit HistoryWriter(LogStore& store) : m_store(store) {}

    /// Makes sure the template library is in the log: templates already there with
    /// the same content are reused, the others inserted. Returns how many the library
    /// has. Call again after a rolled-back transaction.
    Result<int> storeTemplates();
    bool hasTemplates() const { return !m_templateIds.empty(); }
    void forgetTemplates() { m_templateIds.clear(); }

    /// Writes the athlete, their plans and their sessions; adds what it wrote to
    /// `written`. The history's ids become the store's.
    Status write(AthleteHistory& history, DemoSummary& written);

private:
    Status writePlans(AthleteHistory& history, AthleteId athlete);
    Status writeSessions(AthleteHistory& history, AthleteId athlete);

    LogStore& m_store;
    std::vector<TemplateId> m_templateIds; ///< By library position.
    std::vector<qint64> m_planIds;         ///< Store id by provisional plan id.
    std::vector<qint64> m_stepIds;         ///< Store id by provisional step id.
    std::vector<qint64> m_before;          ///< Scratch: a tree's ids before insert.
    std::vector<qint64> m_after;
};

} // namespace paceline::demo
