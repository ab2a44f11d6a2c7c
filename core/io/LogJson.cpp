#include "LogJson.h"

#include "AthleteJsonReader.h"
#include "JsonFields.h"
#include "LogJsonFields.h"
#include "LogJsonPlans.h"
#include "LoggedSessionJson.h"
#include "LoggedSessionJsonReader.h"
#include "ModelJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <functional>
#include <set>

namespace paceline {

namespace {

using jsonfields::errorAt;
using jsonfields::indexPath;

constexpr char kFormatId[] = "paceline-log";
constexpr int kVersion = 1;

template <typename T, typename ToJson>
QJsonArray arrayOf(const std::vector<T>& items, ToJson toJson)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}

QJsonObject athleteWithId(const Athlete& athlete)
{
    QJsonObject json = athleteToJson(athlete);
    json.insert(QStringLiteral("id"),
                athlete.id.isValid() ? QJsonValue(athlete.id.value) : QJsonValue(QJsonValue::Null));
    return json;
}

QJsonObject sessionForBackup(const LoggedSession& session)
{
    QJsonObject json = loggedSessionToJson(session, true);
    json.insert(QStringLiteral("stability"), stabilityToExactJson(session.stability));
    return json;
}

/// Reads every element of the top-level array `key` with `read`; a missing array is
/// empty, so a hand-written backup may leave out what it does not have.
template <typename T>
Status readArray(const QJsonObject& json, const char* key, std::vector<T>& into,
                 const std::function<Result<T>(const QJsonValue&, const QString&)>& read)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (jsonfields::absent(value))
        return {};
    if (!value.isArray())
        return errorAt(QLatin1String(key), QStringLiteral("must be an array"));
    const QJsonArray array = value.toArray();
    into.reserve(size_t(array.size()));
    for (qsizetype index = 0; index < array.size(); ++index) {
        auto item = read(array.at(index), indexPath(QLatin1String(key), index));
        if (!item)
            return item.error();
        into.push_back(std::move(item).value());
    }
    return {};
}

Status readParts(const QJsonObject& json, LogSnapshot& snapshot)
{
    using namespace logjson;
    for (Status status : {
             readArray<Athlete>(json, "athletes", snapshot.athletes, athleteFromJson),
             readArray<SessionTemplate>(json, "templates", snapshot.templates, templateFromJson),
             readArray<MicrocycleTemplate>(json, "microcycles", snapshot.microcycles,
                                           microcycleFromJson),
             readArray<PlannedSession>(json, "planned", snapshot.planned, plannedFromJson),
             readArray<RestDay>(json, "rest_days", snapshot.restDays, restDayFromJson),
             readArray<LoggedSession>(json, "sessions", snapshot.sessions, loggedSessionFromJson),
         }) {
        if (!status)
            return status;
    }
    return {};
}

/// The links between parts must point inside the file: a restore could not tell what
/// a dangling id meant.
class LinkCheck {
public:
    explicit LinkCheck(const LogSnapshot& snapshot) : m_snapshot(snapshot)
    {
        for (size_t index = 0; index < snapshot.athletes.size(); ++index)
            note(m_athletes, snapshot.athletes[index].id.value, "athletes", index);
        for (size_t index = 0; index < snapshot.templates.size(); ++index)
            note(m_templates, snapshot.templates[index].id.value, "templates", index);
        for (size_t index = 0; index < snapshot.planned.size(); ++index) {
            const PlannedSession& plan = snapshot.planned[index];
            note(m_plans, plan.id.value, "planned", index);
            for (StepId step : logjson::stepIdsOf(plan.steps))
                noteStep(plan.id.value, step.value, index);
        }
    }

    Status run() const
    {
        if (m_duplicate)
            return *m_duplicate;
        for (size_t index = 0; index < m_snapshot.planned.size(); ++index) {
            if (Status status = checkPlan(m_snapshot.planned[index],
                                          indexPath(QStringLiteral("planned"), qsizetype(index)));
                !status)
                return status;
        }
        for (size_t index = 0; index < m_snapshot.restDays.size(); ++index) {
            if (Status status = athlete(m_snapshot.restDays[index].athleteId,
                                        indexPath(QStringLiteral("rest_days"), qsizetype(index)));
                !status)
                return status;
        }
        for (size_t index = 0; index < m_snapshot.sessions.size(); ++index) {
            if (Status status =
                    checkSession(m_snapshot.sessions[index],
                                 indexPath(QStringLiteral("sessions"), qsizetype(index)));
                !status)
                return status;
        }
        return {};
    }

private:
    /// Two rows with one id could not be told apart by the links that name it.
    void note(std::set<qint64>& ids, qint64 id, const char* array, size_t index)
    {
        if (id > 0 && !ids.insert(id).second && !m_duplicate)
            m_duplicate =
                errorAt(indexPath(QLatin1String(array), qsizetype(index)) + QStringLiteral(".id"),
                        QStringLiteral("%1 is the id of an earlier element too").arg(id));
    }

    /// A rep names its planned step by id, so two steps of one plan with one id would
    /// leave the restore guessing which of them the rep was run for.
    void noteStep(qint64 plan, qint64 step, size_t index)
    {
        if (step > 0 && !m_steps.insert({plan, step}).second && !m_duplicate)
            m_duplicate = errorAt(indexPath(QStringLiteral("planned"), qsizetype(index)) +
                                      QStringLiteral(".step_ids"),
                                  QStringLiteral("%1 is listed twice").arg(step));
    }

    Status athlete(AthleteId id, const QString& path) const
    {
        if (m_athletes.count(id.value))
            return {};
        return errorAt(
            path + QStringLiteral(".athlete_id"),
            QStringLiteral("%1 is not the id of an athlete in \"athletes\"").arg(id.value));
    }

    Status checkPlan(const PlannedSession& plan, const QString& path) const
    {
        if (Status status = athlete(plan.athleteId, path); !status)
            return status;
        if (plan.templateId && !m_templates.count(plan.templateId->value))
            return errorAt(path + QStringLiteral(".template_id"),
                           QStringLiteral("%1 is not the id of a template in \"templates\"")
                               .arg(plan.templateId->value));
        return {};
    }

    Status checkSession(const LoggedSession& session, const QString& path) const
    {
        if (Status status = athlete(session.athleteId, path); !status)
            return status;
        const qint64 plan = session.plannedSessionId ? session.plannedSessionId->value : 0;
        if (plan && !m_plans.count(plan))
            return errorAt(
                path + QStringLiteral(".planned_session_id"),
                QStringLiteral("%1 is not the id of a session in \"planned\"").arg(plan));
        for (size_t index = 0; index < session.reps.size(); ++index) {
            const auto& step = session.reps[index].plannedStepId;
            if (step && !m_steps.count({plan, step->value}))
                return errorAt(indexPath(path + QStringLiteral(".reps"), qsizetype(index)) +
                                   QStringLiteral(".planned_step_id"),
                               QStringLiteral("%1 is not a step of the session's planned session")
                                   .arg(step->value));
        }
        return {};
    }

    const LogSnapshot& m_snapshot;
    std::set<qint64> m_athletes;
    std::set<qint64> m_templates;
    std::set<qint64> m_plans;
    std::set<std::pair<qint64, qint64>> m_steps; ///< (plan, step)
    std::optional<Error> m_duplicate;
};

Result<QJsonObject> parseDocument(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("malformed JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{QStringLiteral("not a Paceline log backup: the file must be one JSON object")};
    return document.object();
}

Result<LogSnapshot> readSnapshot(QByteArrayView json)
{
    auto object = parseDocument(json);
    if (!object)
        return object.error();
    if (auto error = jsonfields::checkFormatAndVersion(*object, QLatin1String(kFormatId), kVersion,
                                                       QStringLiteral("log backup")))
        return *error;
    if (auto error = jsonfields::checkKeys(*object, QString(),
                                           {"format", "version", "athletes", "templates",
                                            "microcycles", "planned", "rest_days", "sessions"}))
        return *error;
    LogSnapshot snapshot;
    if (Status parts = readParts(*object, snapshot); !parts)
        return parts.error();
    if (Status links = LinkCheck(snapshot).run(); !links)
        return links.error();
    return snapshot;
}

} // namespace

QByteArray logToJson(const LogSnapshot& snapshot)
{
    const QJsonObject json{
        {QStringLiteral("format"), QLatin1String(kFormatId)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("athletes"), arrayOf(snapshot.athletes, athleteWithId)},
        {QStringLiteral("templates"), arrayOf(snapshot.templates, logjson::templateToJson)},
        {QStringLiteral("microcycles"), arrayOf(snapshot.microcycles, logjson::microcycleToJson)},
        {QStringLiteral("planned"), arrayOf(snapshot.planned, logjson::plannedToJson)},
        {QStringLiteral("rest_days"), arrayOf(snapshot.restDays, logjson::restDayToJson)},
        {QStringLiteral("sessions"), arrayOf(snapshot.sessions, sessionForBackup)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<LogSnapshot> logFromJson(QByteArrayView json, const QString& fileName)
{
    auto snapshot = readSnapshot(json);
    if (!snapshot)
        return Error{fileName + QStringLiteral(": ") + snapshot.errorMessage()};
    return snapshot;
}

} // namespace paceline
