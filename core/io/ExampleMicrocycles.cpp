#include "ExampleMicrocycles.h"

namespace paceline {

// STUB: replaced by the shipped templates (issue 5).
std::vector<MicrocycleTemplate> exampleMicrocycles()
{
    return {};
}

} // namespace paceline
