// STUB: filled in by the store work.
#include "SessionStore.h"

namespace paceline {

Result<std::vector<WorkRepSample>> SessionStore::workRepSamples(AthleteId, QDate, QDate) const
{
    return std::vector<WorkRepSample>{};
}
Result<std::vector<StabilitySample>> SessionStore::stabilitySamples(AthleteId, QDate, QDate) const
{
    return std::vector<StabilitySample>{};
}
Result<std::vector<TemplateRepeat>> SessionStore::templateRepeats(AthleteId, TemplateId, int,
                                                                  QDate) const
{
    return std::vector<TemplateRepeat>{};
}
Status SessionStore::refreshLoadFigures(AthleteId) { return {}; }

} // namespace paceline
