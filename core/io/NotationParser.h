#pragma once

#include "NotationTokenizer.h"
#include "NotationWords.h"
#include "core/model/Result.h"
#include "core/model/Step.h"

namespace paceline::notation {

/// Recursive descent over the tokens of one line; the grammar is in
/// docs/session-notation.md. Each parse function returns false after recording the
/// first error in the cursor. Nesting is bounded, so the recursion is too.
class NotationParser {
public:
    explicit NotationParser(QStringView text);

    Result<StepTree, NotationError> parse();

private:
    bool parseList(StepTree& list, int depth);
    bool parseItem(StepTree& list, int depth);
    bool parseRepeat(StepTree& list, int depth);
    bool parseGroupBody(RepeatGroup& group, int depth);
    bool parseRepeatedStep(RepeatGroup& group);
    bool parseStep(Step& step, StepRole role);
    bool parseWords(StepWords& words, bool beforeAmount);
    bool parseRecoveryAfter(Step& recovery);
    bool parseCount(const Token& token, int& count);
    bool refuseBetweenSets();

    TokenCursor m_cursor;
};

} // namespace paceline::notation
