// Assembles a FIT activity's sport legs: one RecordedSession per session message, its
// laps by first_lap_index/num_laps (else by time), its samples by time span; a file
// without sessions gets one session from its laps or, lacking those, its records.

#include "FitActivityMessages.h"
#include "FitSports.h"

#include <QTimeZone>

#include <algorithm>

namespace paceline::fit {

std::optional<std::int64_t> SummaryMessage::start() const
{
    if (startTime)
        return startTime;
    if (endTime && elapsedSeconds)
        return *endTime - static_cast<std::int64_t>(std::llround(*elapsedSeconds));
    return endTime;
}

bool SummaryMessage::endTimeTrusted() const
{
    // Watches that write summaries first (at the start) give them the start's timestamp.
    if (!endTime)
        return false;
    if (!startTime || !elapsedSeconds || *elapsedSeconds <= 0.0)
        return true;
    return *endTime > *startTime;
}

std::optional<std::int64_t> SummaryMessage::end() const
{
    // The timestamp is when the watch closed the lap or session; start + elapsed is
    // only a fallback, as some watches' start_time is later than the true start.
    if (endTimeTrusted())
        return endTime;
    const std::optional<std::int64_t> begin = start();
    if (begin && elapsedSeconds)
        return *begin + static_cast<std::int64_t>(std::ceil(*elapsedSeconds));
    return begin;
}

std::optional<std::int64_t> SummaryMessage::spanStart() const
{
    const std::optional<std::int64_t> begin = start();
    if (endTimeTrusted() && elapsedSeconds) {
        const auto byElapsed = *endTime - static_cast<std::int64_t>(std::floor(*elapsedSeconds));
        return begin ? std::min(*begin, byElapsed) : byElapsed;
    }
    return begin;
}

namespace {

QDateTime utc(std::optional<std::int64_t> unixSeconds)
{
    return unixSeconds ? QDateTime::fromSecsSinceEpoch(*unixSeconds, Qt::UTC) : QDateTime();
}

std::optional<double> perMinute(std::optional<double> cadence, bool perFoot)
{
    return cadence && perFoot ? std::optional<double>(*cadence * 2.0) : cadence;
}

RecordedLap toLap(const SummaryMessage& lap, std::optional<std::int64_t> legSport)
{
    RecordedLap out;
    out.start = utc(lap.start());
    out.elapsedSeconds = lap.elapsedSeconds;
    out.timerSeconds = lap.timerSeconds;
    out.distanceMetres = lap.distanceMetres;
    out.avgHeartRate = lap.avgHeartRate;
    out.maxHeartRate = lap.maxHeartRate;
    out.avgCadence = perMinute(lap.avgCadence, cadenceIsPerFoot(lap.sport ? lap.sport : legSport));
    out.avgSpeed = lap.avgSpeed;
    out.intensity = lap.intensity;
    return out;
}

RecordedSession toSession(const SummaryMessage& summary, std::optional<std::int64_t> sport,
                          std::optional<std::int64_t> subSport)
{
    RecordedSession session;
    session.sportName = sportName(sport.value_or(0));
    session.sport = pacelineSport(sport, subSport);
    session.start = utc(summary.start());
    session.elapsedSeconds = summary.elapsedSeconds;
    session.timerSeconds = summary.timerSeconds;
    session.distanceMetres = summary.distanceMetres;
    session.avgHeartRate = summary.avgHeartRate;
    session.maxHeartRate = summary.maxHeartRate;
    return session;
}

/// Whether every session says which laps are its own, with indexes that exist.
bool lapIndexesUsable(const std::vector<SummaryMessage>& sessions, std::size_t lapCount)
{
    const auto laps = static_cast<std::int64_t>(lapCount);
    for (const SummaryMessage& session : sessions) {
        // Each bound on its own first: a damaged file's huge values must not overflow
        // the sum (which could wrap below lapCount and index past the laps).
        if (!session.firstLapIndex || !session.numLaps || *session.firstLapIndex < 0 ||
            *session.numLaps < 0 || *session.firstLapIndex > laps || *session.numLaps > laps ||
            *session.firstLapIndex + *session.numLaps > laps)
            return false;
    }
    return true;
}

/// Seconds the two spans share (negative: the gap between them).
std::int64_t overlap(const SummaryMessage& a, const SummaryMessage& b)
{
    const std::int64_t aStart = a.spanStart().value_or(0), aEnd = a.end().value_or(aStart);
    const std::int64_t bStart = b.spanStart().value_or(0), bEnd = b.end().value_or(bStart);
    return std::min(aEnd, bEnd) - std::max(aStart, bStart);
}

/// Which session each lap belongs to.
std::vector<std::size_t> lapOwners(const std::vector<SummaryMessage>& sessions,
                                   const std::vector<SummaryMessage>& laps)
{
    std::vector<std::size_t> owners(laps.size(), 0);
    if (sessions.size() == 1)
        return owners;
    if (lapIndexesUsable(sessions, laps.size())) {
        for (std::size_t s = 0; s < sessions.size(); ++s) {
            const auto first = static_cast<std::size_t>(*sessions[s].firstLapIndex);
            for (std::size_t i = 0; i < static_cast<std::size_t>(*sessions[s].numLaps); ++i)
                owners[first + i] = s;
        }
        return owners;
    }
    for (std::size_t l = 0; l < laps.size(); ++l) {
        std::int64_t best = overlap(laps[l], sessions[0]);
        for (std::size_t s = 1; s < sessions.size(); ++s) {
            if (const std::int64_t shared = overlap(laps[l], sessions[s]); shared > best) {
                best = shared;
                owners[l] = s;
            }
        }
    }
    return owners;
}

constexpr std::size_t kNoOwner = static_cast<std::size_t>(-1);

/// Moves each timed record into the session whose span holds it (a single session
/// takes them all); records between or outside multisport legs are left out.
void assignSamples(const std::vector<SummaryMessage>& summaries,
                   const std::vector<std::optional<std::int64_t>>& sports,
                   std::vector<RecordedSample>&& records, std::vector<RecordedSession>& sessions)
{
    if (summaries.size() == 1) {
        sessions[0].samples = std::move(records);
        if (cadenceIsPerFoot(sports[0])) {
            for (RecordedSample& sample : sessions[0].samples)
                sample.cadence = perMinute(sample.cadence, true);
        }
        return;
    }
    // Each leg's span, worked out once rather than once per record.
    struct Span {
        std::size_t session = 0;
        std::int64_t start = 0;
        std::int64_t end = 0;
    };
    std::vector<Span> spans(summaries.size());
    for (std::size_t i = 0; i < spans.size(); ++i)
        spans[i] = {i, summaries[i].spanStart().value_or(0), summaries[i].end().value_or(0) + 1};
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Span& a, const Span& b) { return a.start < b.start; });
    // The last leg started by then whose span holds the record owns it.
    std::vector<std::size_t> owners(records.size(), kNoOwner);
    std::vector<std::size_t> counts(sessions.size(), 0);
    for (std::size_t r = 0; r < records.size(); ++r) {
        for (const Span& span : spans) {
            if (span.start > records[r].utcSeconds)
                break;
            if (records[r].utcSeconds <= span.end)
                owners[r] = span.session;
        }
        if (owners[r] != kNoOwner)
            ++counts[owners[r]];
    }
    for (std::size_t s = 0; s < sessions.size(); ++s)
        sessions[s].samples.reserve(counts[s]);
    for (std::size_t r = 0; r < records.size(); ++r) {
        if (owners[r] == kNoOwner)
            continue;
        RecordedSample& record = records[r];
        record.cadence = perMinute(record.cadence, cadenceIsPerFoot(sports[owners[r]]));
        sessions[owners[r]].samples.push_back(record);
    }
}

/// A session summary made from the laps of a file that has no session message.
SummaryMessage summaryFromLaps(const std::vector<SummaryMessage>& laps)
{
    SummaryMessage summary;
    std::optional<std::int64_t> first, last;
    double timer = 0.0, distance = 0.0, heartBeats = 0.0, heartSeconds = 0.0;
    bool anyTimer = false, anyDistance = false;
    for (const SummaryMessage& lap : laps) {
        if (const auto start = lap.start(); start && (!first || *start < *first))
            first = start;
        if (const auto end = lap.end(); end && (!last || *end > *last))
            last = end;
        if (lap.timerSeconds) {
            timer += *lap.timerSeconds;
            anyTimer = true;
        }
        if (lap.distanceMetres) {
            distance += *lap.distanceMetres;
            anyDistance = true;
        }
        if (lap.avgHeartRate && lap.timerSeconds) {
            heartBeats += *lap.avgHeartRate * *lap.timerSeconds;
            heartSeconds += *lap.timerSeconds;
        }
        if (lap.maxHeartRate &&
            (!summary.maxHeartRate || *lap.maxHeartRate > *summary.maxHeartRate))
            summary.maxHeartRate = lap.maxHeartRate;
    }
    summary.startTime = first;
    summary.endTime = last;
    if (first && last)
        summary.elapsedSeconds = static_cast<double>(*last - *first);
    summary.timerSeconds = anyTimer ? std::optional<double>(timer) : std::nullopt;
    summary.distanceMetres = anyDistance ? std::optional<double>(distance) : std::nullopt;
    if (heartSeconds > 0)
        summary.avgHeartRate = static_cast<int>(std::lround(heartBeats / heartSeconds));
    summary.sport = laps.front().sport;
    summary.subSport = laps.front().subSport;
    return summary;
}

/// A session summary made from the records of a file with neither sessions nor laps:
/// its times from the first and last record, its distance the last one recorded.
SummaryMessage summaryFromRecords(const std::vector<RecordedSample>& records)
{
    SummaryMessage summary;
    summary.startTime = records.front().utcSeconds;
    summary.endTime = records.back().utcSeconds;
    summary.elapsedSeconds =
        static_cast<double>(records.back().utcSeconds - records.front().utcSeconds);
    double beats = 0.0;
    int beatsCount = 0;
    for (const RecordedSample& record : records) {
        if (record.distanceMetres)
            summary.distanceMetres = record.distanceMetres;
        if (record.heartRate) {
            beats += *record.heartRate;
            ++beatsCount;
            if (!summary.maxHeartRate || *record.heartRate > *summary.maxHeartRate)
                summary.maxHeartRate = record.heartRate;
        }
    }
    if (beatsCount > 0)
        summary.avgHeartRate = static_cast<int>(std::lround(beats / beatsCount));
    return summary;
}

} // namespace

std::vector<RecordedSession> buildSessions(ActivityMessages&& messages)
{
    std::vector<SummaryMessage> summaries = messages.sessions;
    if (summaries.empty())
        summaries.push_back(messages.laps.empty() ? summaryFromRecords(messages.records)
                                                  : summaryFromLaps(messages.laps));
    std::vector<RecordedSession> sessions;
    std::vector<std::optional<std::int64_t>> sports;
    for (const SummaryMessage& summary : summaries) {
        // A session without a sport takes the file's sport message, as watches that
        // write a sport message leave the session's out.
        const bool own = summary.sport.has_value();
        sports.push_back(own ? summary.sport : messages.sport);
        sessions.push_back(
            toSession(summary, sports.back(), own ? summary.subSport : messages.subSport));
    }
    const std::vector<std::size_t> owners = lapOwners(summaries, messages.laps);
    for (std::size_t l = 0; l < messages.laps.size(); ++l)
        sessions[owners[l]].laps.push_back(toLap(messages.laps[l], sports[owners[l]]));
    assignSamples(summaries, sports, std::move(messages.records), sessions);
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        // A session without a start (a damaged summary) starts at its first lap or sample.
        if (!sessions[s].start.isValid() && !sessions[s].laps.empty())
            sessions[s].start = sessions[s].laps.front().start;
        if (!sessions[s].start.isValid() && !sessions[s].samples.empty())
            sessions[s].start = utc(sessions[s].samples.front().utcSeconds);
    }
    return sessions;
}

} // namespace paceline::fit
