#include "SessionEstimate.h"

#include "EffortModel.h"
#include "SessionRpe.h"

#include <algorithm>

namespace paceline {

namespace {

int setsOf(const RepeatGroup& group)
{
    return std::max(0, group.count);
}

// Counted first so that the segments are allocated once. Nested counts multiply (to
// 100 to the 8th power in a tree the notation reads), so every partial count stops just
// past kMaxEstimateSegments: a capped count times a repeat count fits in 64 bits.
size_t unrolledSize(const StepTree& tree)
{
    constexpr size_t kCap = kMaxEstimateSegments + 1;
    size_t size = 0;
    for (const StepNode& node : tree) {
        if (node.isStep()) {
            size = std::min(kCap, size + 1);
            continue;
        }
        const RepeatGroup& group = node.group();
        const size_t sets = size_t(setsOf(group));
        size = std::min(kCap, size + std::min(kCap, sets * unrolledSize(group.children)));
        if (group.recoveryBetweenSets && sets > 1)
            size = std::min(kCap, size + (sets - 1));
    }
    return size;
}

Sport stepSport(const Step& step, Sport sessionSport)
{
    if (step.sport)
        return *step.sport;
    // A brick's legs name their sport; an unnamed one is running, the usual last leg.
    return sessionSport == Sport::Brick ? Sport::Run : sessionSport;
}

/// Walks the tree in the order it will be run, appending one segment per step run.
/// When the session runs too many steps to list, it visits each step once instead and
/// adds its totals times the number of its runs (`weight`).
class Unroller {
public:
    /// Keeps the segments in `out`, or hands them to `visitor` without their paths.
    Unroller(const EffortModel& model, SessionEstimate& out, SegmentVisitor* visitor = nullptr)
        : m_model(model), m_out(out), m_visitor(visitor)
    {
        m_path.reserve(8);
    }

    // A step's occurrence counts its runs so far: inside a group run for the n-th
    // time, the k-th set is occurrence n * sets + k. Occurrences stay below the number
    // of segments, so they fit in an int.
    void addList(const StepTree& list, int occurrence, double weight)
    {
        for (int index = 0; index < int(list.size()); ++index) {
            m_path.push_back(index);
            const StepNode& node = list[size_t(index)];
            if (node.isStep())
                addStep(node.step(), occurrence, weight);
            else
                addGroup(node.group(), occurrence, weight);
            m_path.pop_back();
        }
    }

    /// Foster's session-RPE load, planned: the rating the athlete is likely to give
    /// the whole session x its minutes.
    void finish()
    {
        const double minutes = m_out.duration.seconds / 60.0;
        if (!(minutes > 0.0))
            return;
        m_out.plannedLoad = predictedSessionRpe(m_rpeMinutes / minutes, m_peakRpe) * minutes;
    }

private:
    void addGroup(const RepeatGroup& group, int occurrence, double weight)
    {
        const int sets = setsOf(group);
        if (!m_out.unrolled) {
            addList(group.children, 0, weight * sets);
            if (group.recoveryBetweenSets && sets > 1)
                addBetweenSets(*group.recoveryBetweenSets, 0, weight * (sets - 1));
            return;
        }
        for (int set = 0; set < sets; ++set) {
            addList(group.children, occurrence * sets + set, weight);
            // Recovery between sets: after every set but the last.
            if (group.recoveryBetweenSets && set + 1 < sets)
                addBetweenSets(*group.recoveryBetweenSets, occurrence * (sets - 1) + set, weight);
        }
    }

    void addBetweenSets(const Step& step, int occurrence, double weight)
    {
        m_path.push_back(kBetweenSets);
        addStep(step, occurrence, weight);
        m_path.pop_back();
    }

    void addStep(const Step& step, int occurrence, double weight)
    {
        // Built where it is kept: a Segment is big, and moving one per step showed.
        if (m_out.unrolled && !m_visitor) {
            Segment& segment = m_out.segments.emplace_back();
            segment.path = m_path;
            fill(segment, step, occurrence);
            addToTotals(segment, weight);
            return;
        }
        Segment segment;
        fill(segment, step, occurrence);
        addToTotals(segment, weight);
        if (m_out.unrolled)
            m_visitor->visit(segment);
    }

    void fill(Segment& segment, const Step& step, int occurrence) const
    {
        const Sport sport = stepSport(step, m_model.context().sport);
        const StepEffort effort = m_model.effortOf(step, sport);
        segment.occurrence = occurrence;
        segment.sport = sport;
        segment.zone = effort.zone;
        segment.recovery = effort.recovery;
        segment.kind = step.kind;
        segment.recoveryMode = step.recoveryMode;
        segment.speed = effort.speed;
        segment.rpe = effort.rpe;
        segment.intensity = effort.speed.metresPerSecond / m_model.vdotSpeed().metresPerSecond;
        setAmount(segment, step.target, effort);
    }

    static void setAmount(Segment& segment, const Target& target, const StepEffort& effort)
    {
        if (const auto* distance = std::get_if<Distance>(&target)) {
            segment.distance = *distance;
            segment.duration = *distance / effort.travel;
            segment.estimated = true;
        } else if (const auto* duration = std::get_if<Duration>(&target)) {
            segment.duration = *duration;
            if (effort.knowsDistance) {
                segment.distance = effort.travel * *duration;
                segment.estimated = true;
            }
        }
        // An open target ("until done") has no amount to estimate: it counts zero.
    }

    void addToTotals(const Segment& segment, double weight)
    {
        const double seconds = weight * segment.duration.seconds;
        m_out.duration.seconds += seconds;
        if (segment.distance)
            m_out.distance.metres += weight * segment.distance->metres;
        if (segment.zone)
            m_out.timeInZone[size_t(*segment.zone)].seconds += seconds;
        if (seconds > 0.0) {
            m_rpeMinutes += segment.rpe * (seconds / 60.0);
            m_peakRpe = std::max(m_peakRpe, segment.rpe);
        }
    }

    const EffortModel& m_model;
    SessionEstimate& m_out;
    SegmentVisitor* m_visitor;
    StepPath m_path;
    double m_rpeMinutes = 0.0;
    double m_peakRpe = 0.0;
};

} // namespace

SessionEstimate estimateSession(const StepTree& steps, const EffortModel& model)
{
    SessionEstimate estimate;
    const size_t size = unrolledSize(steps);
    estimate.unrolled = size <= kMaxEstimateSegments;
    if (estimate.unrolled)
        estimate.segments.reserve(size);
    Unroller unroller(model, estimate);
    unroller.addList(steps, 0, 1.0);
    unroller.finish();
    return estimate;
}

SessionEstimate estimateSession(const StepTree& steps, const EffortModel& model,
                                SegmentVisitor& visitor)
{
    SessionEstimate estimate;
    estimate.unrolled = unrolledSize(steps) <= kMaxEstimateSegments;
    Unroller unroller(model, estimate, &visitor);
    unroller.addList(steps, 0, 1.0);
    unroller.finish();
    return estimate;
}

SessionEstimate estimateSession(const StepTree& steps, const EstimateContext& context)
{
    return estimateSession(steps, EffortModel(context));
}

} // namespace paceline
