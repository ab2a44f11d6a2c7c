// order.not-progressive and order.hardest-first: intensity should build through the
// main set, so that easier or shorter work primes the hardest.

#include "AdviceText.h"
#include "SessionRules.h"
#include "TreeEdit.h"
#include "WorkBlocks.h"

namespace paceline::advice {

namespace {

constexpr const char* kReorderLabel = "Put the work in progressive order: easier and shorter first";

// The first segment of a block, for describing it.
int firstRepOf(const SessionAnalysis& session, const WorkBlock& block)
{
    for (int i = 0; i < session.size(); ++i) {
        if (session.isDanielsRep(i) && session.topIndex(i) == block.firstNode &&
            session.repRanks[size_t(i)] == block.rank)
            return i;
    }
    return 0;
}

QString blockText(const SessionAnalysis& session, const WorkBlock& block)
{
    return QStringLiteral("%1 (%2)").arg(repText(session, firstRepOf(session, block)),
                                         stepsText({{block.firstNode}}));
}

SessionFix reorderFix(const SessionAnalysis& session, const std::vector<WorkBlock>& blocks)
{
    return makeFix(QString::fromLatin1(kReorderLabel), progressiveOrder(session.steps, blocks));
}

// Every pair where an earlier block dominates a later one; the first for the message.
bool findUnprimed(const std::vector<WorkBlock>& work, std::vector<StepPath>& steps,
                  const WorkBlock*& harder, const WorkBlock*& easier)
{
    for (size_t a = 0; a < work.size(); ++a) {
        for (size_t b = a + 1; b < work.size(); ++b) {
            if (!shouldPrime(work[b], work[a]))
                continue;
            addPath(steps, {work[a].firstNode});
            addPath(steps, {work[b].firstNode});
            if (!harder) {
                harder = &work[a];
                easier = &work[b];
            }
        }
    }
    return harder != nullptr;
}

// The first block is the hardest: at least as hard and as long as every other, and
// more of one or the other than some (a descending ladder at one pace).
bool opensWithHardest(const std::vector<WorkBlock>& work)
{
    const WorkBlock& first = work.front();
    bool aboveSome = false;
    for (size_t b = 1; b < work.size(); ++b) {
        if (work[b].rank > first.rank || work[b].longest > first.longest)
            return false;
        aboveSome = aboveSome || work[b].rank < first.rank || work[b].longest < first.longest;
    }
    return aboveSome;
}

} // namespace

void checkOrder(const SessionAnalysis& session, Findings& out)
{
    // A rotation sets its own order; the rotation rules judge it.
    if (session.rotation)
        return;
    const std::vector<WorkBlock> blocks = workBlocks(session);
    std::vector<WorkBlock> work;
    for (const WorkBlock& block : blocks) {
        if (block.work)
            work.push_back(block);
    }
    if (work.size() < 2)
        return;
    std::vector<StepPath> steps;
    const WorkBlock* harder = nullptr;
    const WorkBlock* easier = nullptr;
    if (findUnprimed(work, steps, harder, easier)) {
        out.push_back(makeFinding(
            kNotProgressive, Severity::Warning, std::move(steps),
            QStringLiteral(
                "%1 comes before %2, which is both easier and shorter. Run in that order, the "
                "hardest work meets legs that are not yet ready for it and the easier work "
                "afterwards adds fatigue without much benefit. Build the session up instead: "
                "shorter and easier efforts first, so they prime the harder ones (T, then I, "
                "then R).")
                .arg(capitalized(blockText(session, *harder)), blockText(session, *easier)),
            reorderFix(session, blocks)));
        return; // the same fix answers the hardest-first rule
    }
    if (!opensWithHardest(work))
        return;
    out.push_back(makeFinding(
        kHardestFirst, Severity::Warning, {{work.front().firstNode}},
        QStringLiteral("The main set opens with its hardest work, %1. Even after a warm-up "
                       "your body reaches its best form only after some work at a slightly "
                       "easier pace or over shorter reps; the longest, hardest effort is "
                       "better run once you are fully warm. Start with the shorter or easier "
                       "work.")
            .arg(blockText(session, work.front())),
        reorderFix(session, blocks)));
}

} // namespace paceline::advice
