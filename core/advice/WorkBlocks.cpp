#include "WorkBlocks.h"

#include <algorithm>

namespace paceline::advice {

namespace {

struct NodeWork {
    int rank = 0; // 0: no T, I or R reps in the node
    Duration longest;
};

std::vector<NodeWork> workPerNode(const SessionAnalysis& session)
{
    std::vector<NodeWork> nodes(session.steps.size());
    for (int i = 0; i < session.size(); ++i) {
        if (!session.isDanielsRep(i))
            continue;
        NodeWork& node = nodes[size_t(session.topIndex(i))];
        const int rank = session.repRanks[size_t(i)];
        const Duration length = session.segment(i).duration;
        if (rank > node.rank)
            node = {rank, length};
        else if (rank == node.rank)
            node.longest = std::max(node.longest, length);
    }
    return nodes;
}

} // namespace

std::vector<WorkBlock> workBlocks(const SessionAnalysis& session)
{
    const std::vector<NodeWork> nodes = workPerNode(session);
    const auto hasWork = [](const NodeWork& node) { return node.rank > 0; };
    const auto first = std::find_if(nodes.begin(), nodes.end(), hasWork);
    if (first == nodes.end())
        return {};
    const int begin = int(first - nodes.begin());
    const int end = int(nodes.rend() - std::find_if(nodes.rbegin(), nodes.rend(), hasWork));
    std::vector<WorkBlock> blocks;
    for (int node = begin; node < end; ++node) {
        WorkBlock block;
        block.firstNode = node;
        if (hasWork(nodes[size_t(node)])) {
            block.work = true;
            block.rank = nodes[size_t(node)].rank;
            block.longest = nodes[size_t(node)].longest;
            // A single rep's own recovery is the recovery step right after it ("400m @T /
            // 90s jog"), and travels with it. A group keeps its recoveries inside; the
            // step after it is a break between sets or a taper, which stays in place.
            const int next = node + 1;
            if (session.steps[size_t(node)].isStep() && next < int(nodes.size()) &&
                !hasWork(nodes[size_t(next)]) && isRecoveryNode(session.steps[size_t(next)])) {
                block.nodeCount = 2;
                ++node;
            }
        }
        blocks.push_back(block);
    }
    return blocks;
}

bool shouldPrime(const WorkBlock& easier, const WorkBlock& harder)
{
    return easier.rank < harder.rank && easier.longest < harder.longest;
}

StepTree progressiveOrder(const StepTree& steps, const std::vector<WorkBlock>& blocks)
{
    std::vector<WorkBlock> sorted;
    for (const WorkBlock& block : blocks) {
        if (block.work)
            sorted.push_back(block);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const WorkBlock& a, const WorkBlock& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.longest < b.longest;
    });
    if (blocks.empty())
        return steps;
    const int begin = blocks.front().firstNode;
    const int end = blocks.back().firstNode + blocks.back().nodeCount;
    StepTree result(steps.begin(), steps.begin() + begin);
    result.reserve(steps.size());
    auto next = sorted.begin();
    for (const WorkBlock& slot : blocks) {
        const WorkBlock& block = slot.work ? *next++ : slot;
        for (int node = 0; node < block.nodeCount; ++node)
            result.push_back(steps[size_t(block.firstNode + node)]);
    }
    result.insert(result.end(), steps.begin() + end, steps.end());
    return result;
}

} // namespace paceline::advice
