#include "WeekAnalysis.h"

#include "WeekThresholds.h"
#include "core/science/EffortModel.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace paceline::advice {

namespace {

/// One effort model per sport, built on first use: the models differ only in their
/// sport, and building one per session showed in the week rules' time.
class Models {
public:
    explicit Models(const EstimateContext& base) : m_base(base) {}

    const EffortModel& of(Sport sport)
    {
        std::optional<EffortModel>& model = m_models[size_t(sport)];
        if (!model) {
            EstimateContext context = m_base;
            context.sport = sport;
            model.emplace(context);
        }
        return *model;
    }

private:
    const EstimateContext& m_base;
    std::array<std::optional<EffortModel>, EnumTraits<Sport>::entries.size()> m_models;
};

bool earlier(const WeekDay& a, const WeekDay& b)
{
    return a.date < b.date;
}

// Whether two trees are run alike: equal in everything the estimate reads, whatever
// their ids and notes (a plan repeats its sessions week after week, each copy with
// ids of its own).
bool runAlike(const Step& a, const Step& b)
{
    return a.kind == b.kind && a.target == b.target && a.intensity == b.intensity &&
           a.recoveryMode == b.recoveryMode && a.sport == b.sport;
}

bool runAlike(const StepTree& a, const StepTree& b);

bool runAlike(const StepNode& a, const StepNode& b)
{
    if (a.isStep() || b.isStep())
        return a.isStep() && b.isStep() && runAlike(a.step(), b.step());
    const RepeatGroup& x = a.group();
    const RepeatGroup& y = b.group();
    return x.count == y.count &&
           x.recoveryBetweenSets.has_value() == y.recoveryBetweenSets.has_value() &&
           (!x.recoveryBetweenSets || runAlike(*x.recoveryBetweenSets, *y.recoveryBetweenSets)) &&
           runAlike(x.children, y.children);
}

bool runAlike(const StepTree& a, const StepTree& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const StepNode& x, const StepNode& y) { return runAlike(x, y); });
}

/// Each planned session's load, estimated once per distinct session: the load depends
/// only on how the steps are run and the session's sport.
class Loads {
public:
    explicit Loads(const EstimateContext& base) : m_models(base) {}

    SessionLoad of(const PlannedSession& planned)
    {
        for (const auto& [known, load] : m_known) {
            if (known->sport == planned.sport && runAlike(known->steps, planned.steps))
                return load;
        }
        const SessionLoad load = sessionLoadFor(planned.steps, m_models.of(planned.sport));
        m_known.emplace_back(&planned, load);
        return load;
    }

private:
    Models m_models;
    std::vector<std::pair<const PlannedSession*, SessionLoad>> m_known;
};

} // namespace

WeekAnalysis::WeekAnalysis(const WeekAdviceInput& adviceInput) : input(adviceInput)
{
    days.reserve(input.days.size());
    Loads loads(input.estimate);
    QDate latest;
    for (const PlanDay& planDay : input.days) {
        // Bad input (a date given twice) is merged rather than trusted.
        if (!planDay.date.isValid())
            continue;
        // Dates usually come in order: only one not after all before it can be a repeat.
        WeekDay* known = nullptr;
        if (latest.isValid() && planDay.date <= latest) {
            auto found = std::find_if(days.begin(), days.end(), [&](const WeekDay& candidate) {
                return candidate.date == planDay.date;
            });
            known = found == days.end() ? nullptr : &*found;
        }
        if (!known) {
            days.push_back({planDay.date, false, {}});
            known = &days.back();
            latest = std::max(latest, planDay.date);
        }
        known->markedRest = known->markedRest || planDay.rest;
        for (const PlannedSession& planned : planDay.sessions)
            known->sessions.push_back({planned.id, planned.name, planned.sport, loads.of(planned)});
    }
    if (!std::is_sorted(days.begin(), days.end(), earlier))
        std::stable_sort(days.begin(), days.end(), earlier);
}

const WeekDay* WeekAnalysis::searchDay(const QDate& date) const
{
    auto found =
        std::lower_bound(days.begin(), days.end(), date,
                         [](const WeekDay& day, const QDate& key) { return day.date < key; });
    return found != days.end() && found->date == date ? &*found : nullptr;
}

WeekDay* WeekAnalysis::day(const QDate& date)
{
    return const_cast<WeekDay*>(std::as_const(*this).day(date));
}

int WeekAnalysis::rangeDays() const
{
    return std::max<int>(0, int(input.first.daysTo(input.last)) + 1);
}

bool WeekAnalysis::hasUniqueId(PlannedSessionId id) const
{
    int count = 0;
    for (const WeekDay& candidate : days) {
        count += int(std::count_if(candidate.sessions.begin(), candidate.sessions.end(),
                                   [&](const WeekSession& session) { return session.id == id; }));
    }
    return count == 1;
}

const WeekSession* WeekAnalysis::session(PlannedSessionId id, const WeekDay** holder) const
{
    for (const WeekDay& candidate : days) {
        for (const WeekSession& session : candidate.sessions) {
            if (session.id == id) {
                if (holder)
                    *holder = &candidate;
                return &session;
            }
        }
    }
    return nullptr;
}

std::optional<MovedSession> WeekAnalysis::move(PlannedSessionId id, const QDate& to,
                                               const QDate& from)
{
    WeekDay* target = day(to);
    if (!target)
        return std::nullopt;
    const auto moveFrom = [&](WeekDay& holder) -> std::optional<MovedSession> {
        auto found = std::find_if(holder.sessions.begin(), holder.sessions.end(),
                                  [&](const WeekSession& session) { return session.id == id; });
        if (found == holder.sessions.end())
            return std::nullopt;
        const MovedSession moved{&holder, size_t(found - holder.sessions.begin()), target};
        WeekSession session = std::move(*found);
        holder.sessions.erase(found);
        target->sessions.push_back(std::move(session));
        return moved;
    };
    if (WeekDay* hinted = day(from)) {
        if (auto moved = moveFrom(*hinted))
            return moved;
    }
    for (WeekDay& holder : days) {
        if (auto moved = moveFrom(holder))
            return moved;
    }
    return std::nullopt;
}

void WeekAnalysis::undo(const MovedSession& moved)
{
    WeekSession session = std::move(moved.to->sessions.back());
    moved.to->sessions.pop_back();
    moved.from->sessions.insert(moved.from->sessions.begin() + std::ptrdiff_t(moved.index),
                                std::move(session));
}

bool isRestDay(const WeekDay& day)
{
    return day.markedRest || day.sessions.empty();
}

bool isLightDay(const WeekDay& day)
{
    if (day.markedRest || day.sessions.empty())
        return false;
    double seconds = 0.0;
    for (const WeekSession& session : day.sessions) {
        if (session.load.hardness != Hardness::Easy || session.load.longSession)
            return false;
        seconds += session.load.duration.seconds;
    }
    return seconds <= kLightDayMax.seconds;
}

bool isRestOrLight(const WeekDay& day)
{
    return isRestDay(day) || isLightDay(day);
}

bool hasHard(const WeekDay& day)
{
    return std::any_of(day.sessions.begin(), day.sessions.end(),
                       [](const WeekSession& session) { return session.hard(); });
}

std::vector<const WeekSession*> hardSessions(const WeekDay& day)
{
    std::vector<const WeekSession*> hard;
    for (const WeekSession& session : day.sessions) {
        if (session.hard())
            hard.push_back(&session);
    }
    return hard;
}

QString dayText(const WeekAnalysis& week, const QDate& date)
{
    // Made once per thread: a locale is costly to look up, and is not for sharing
    // between threads.
    thread_local const QLocale english(QLocale::English);
    const QString name = english.dayName(date.dayOfWeek(), QLocale::LongFormat);
    // Within one checked week the weekday is unambiguous; elsewhere add the date.
    if (week.inRange(date) && week.rangeDays() <= 7)
        return name;
    return name + QLatin1Char(' ') + english.toString(date, QStringLiteral("d MMM"));
}

QString sessionName(const WeekSession& session)
{
    if (!session.name.trimmed().isEmpty())
        return QStringLiteral("“%1”").arg(session.name.trimmed());
    const QString sport = enumId(session.sport);
    return QStringLiteral("the %1 session").arg(sport);
}

QString sessionText(const WeekAnalysis& week, const QDate& date, const WeekSession& session)
{
    return QStringLiteral("%1's %2").arg(dayText(week, date), sessionName(session));
}

} // namespace paceline::advice
