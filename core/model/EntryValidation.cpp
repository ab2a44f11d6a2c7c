#include "EntryValidation.h"

namespace paceline {

// STUB: replaced by the real checks (issue 4).
std::vector<EntryProblem> validateLoggedSession(const LoggedSession&)
{
    return {};
}

} // namespace paceline
