// The two edits "calibrate the next session" proposes: work steps a tenth shorter at
// the same intensity, or work paces 1 % faster. Step ids are kept, so a proposal can be
// applied as an edit of the template.

#include "AdviceText.h"
#include "CalibrationParts.h"
#include "CalibrationThresholds.h"
#include "TreeEdit.h"

#include <cmath>

namespace paceline::advice {

namespace {

/// The work steps in tree order, inside repeat groups and between sets included.
std::vector<StepPath> workStepPaths(const StepTree& steps)
{
    std::vector<StepPath> paths;
    forEachStep(steps, [&](const StepPath& path, const Step& step) {
        if (step.kind == StepKind::Work)
            paths.push_back(path);
    });
    return paths;
}

/// The amount cut by kShortenFactor and rounded to `unit`; nullopt when the rounding
/// gives it back as long, or cuts far more than a tenth (below kShortenMinKept): a rep
/// too short to cut in round amounts.
std::optional<double> shortenedAmount(double amount, double unit)
{
    const double cut = std::round(amount * kShortenFactor / unit) * unit;
    if (!(cut > 0.0) || cut >= amount || cut < amount * kShortenMinKept)
        return std::nullopt;
    return cut;
}

std::optional<Target> shortenedTarget(const Target& target)
{
    if (const auto* distance = std::get_if<Distance>(&target)) {
        const Distance unit =
            *distance < kLongDistanceFrom ? kShortDistanceRounding : kLongDistanceRounding;
        if (const auto cut = shortenedAmount(distance->metres, unit.metres))
            return Distance{*cut};
    } else if (const auto* duration = std::get_if<Duration>(&target)) {
        const Duration unit =
            *duration < kLongDurationFrom ? kShortDurationRounding : kLongDurationRounding;
        if (const auto cut = shortenedAmount(duration->seconds, unit.seconds))
            return Duration{*cut};
    }
    return std::nullopt;
}

/// `speed` x kFasterSpeedFactor, as the nearest whole second per kilometre: watches and
/// coaches set paces in whole seconds. 1 % of any running pace slower than 1:40/km is
/// over a second, so the rounding (at most half a second) never cancels the step.
Speed fasterRounded(Speed speed)
{
    const double secondsPerKm =
        std::round(Speed{speed.metresPerSecond * kFasterSpeedFactor}.secondsPerKilometre());
    return Speed::fromSecondsPerKilometre(secondsPerKm);
}

PaceRange faster(const PaceRange& range)
{
    return {fasterRounded(range.slowest), fasterRounded(range.fastest)};
}

/// The faster pace range for a pace target; nullopt for other targets and for a zone
/// with no pace here (no paces known, or a rotation zone).
std::optional<PaceRange> fasterPace(const Intensity& intensity,
                                    const std::optional<TrainingPaces>& paces)
{
    if (const auto* range = std::get_if<PaceRange>(&intensity))
        return faster(*range);
    if (const auto* zone = std::get_if<PaceZone>(&intensity)) {
        if (const std::optional<PaceRange> band = zoneBand(*zone, paces))
            return faster(*band);
    }
    return std::nullopt;
}

bool isEffortTarget(const Intensity& intensity)
{
    return std::holds_alternative<HeartRateRange>(intensity) ||
           std::holds_alternative<RpeTarget>(intensity);
}

/// Adds "Step 3 <singular>" or "Steps 2.1, 3 <plural>"; nothing without steps.
void addNote(std::vector<QString>& notes, const std::vector<StepPath>& paths, const char* singular,
             const char* plural)
{
    if (paths.empty())
        return;
    notes.push_back(QStringLiteral("%1 %2").arg(
        capitalized(stepsText(paths)), QString::fromLatin1(paths.size() == 1 ? singular : plural)));
}

/// Applies `edit` to the step at `path` and records the change when it made one: the
/// whole step before, and `describe` of the edited step (only what changed) after.
template <typename Edit, typename Describe>
bool changeStep(CalibratedSteps& result, const StepPath& path,
                const std::optional<TrainingPaces>& paces, Edit&& edit, Describe&& describe)
{
    Step* step = editableStep(result.steps, path);
    const QString before = stepText(*step, paces);
    if (!edit(*step))
        return false;
    result.changes.push_back({step->id, before, describe(*step)});
    return true;
}

} // namespace

CalibratedSteps shortenedWork(const StepTree& steps, const std::optional<TrainingPaces>& paces)
{
    CalibratedSteps result{steps, {}, {}};
    std::vector<StepPath> tooShort;
    std::vector<StepPath> open;
    for (const StepPath& path : workStepPaths(steps)) {
        const bool changed = changeStep(
            result, path, paces,
            [](Step& step) {
                const std::optional<Target> cut = shortenedTarget(step.target);
                if (cut)
                    step.target = *cut;
                return cut.has_value();
            },
            shorterStepText);
        if (!changed) {
            const bool hasAmount =
                !std::holds_alternative<std::monostate>(stepAt(steps, path)->target);
            (hasAmount ? tooShort : open).push_back(path);
        }
    }
    addNote(result.notes, tooShort,
            "is too short to cut by a tenth in round amounts: left as it is.",
            "are too short to cut by a tenth in round amounts: left as they are.");
    addNote(result.notes, open, "has no distance or duration to cut: left as it is.",
            "have no distance or duration to cut: left as they are.");
    return result;
}

CalibratedSteps fasterWork(const StepTree& steps, const std::optional<TrainingPaces>& paces)
{
    CalibratedSteps result{steps, {}, {}};
    std::vector<StepPath> effort;
    std::vector<StepPath> zoneWithoutPace;
    for (const StepPath& path : workStepPaths(steps)) {
        const bool changed = changeStep(
            result, path, paces,
            [&](Step& step) {
                const std::optional<PaceRange> pace = fasterPace(step.intensity, paces);
                if (pace)
                    step.intensity = *pace;
                return pace.has_value();
            },
            [&](const Step& step) { return fasterStepText(step, paces); });
        const Intensity& intensity = stepAt(steps, path)->intensity;
        if (!changed && isEffortTarget(intensity))
            effort.push_back(path);
        else if (!changed && std::holds_alternative<PaceZone>(intensity))
            zoneWithoutPace.push_back(path);
    }
    // Why the effort targets stay: a heart rate or an RPE already asks for more speed as
    // fitness grows, so making them harder as well would count the gain twice.
    addNote(result.notes, effort,
            "is set by heart rate or RPE: left as it is, as the same effort gives more "
            "speed by itself as fitness grows.",
            "are set by heart rate or RPE: left as they are, as the same effort gives more "
            "speed by itself as fitness grows.");
    addNote(result.notes, zoneWithoutPace,
            "has a zone with no pace to go by (no recent race, or a rotation zone, which "
            "follows the race targeted): left as it is.",
            "have zones with no pace to go by (no recent race, or rotation zones, which "
            "follow the race targeted): left as they are.");
    return result;
}

} // namespace paceline::advice
