#include "EntryDraftJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline {

namespace {

const QLatin1String kFormat("paceline-log-entry-draft");
constexpr int kVersion = 1;

/// The typed text fields of a row, by their JSON names.
const std::pair<const char*, QString RepEntry::*> kRowTexts[] = {
    {"target", &RepEntry::target},
    {"distance", &RepEntry::distance},
    {"time", &RepEntry::time},
    {"rpe", &RepEntry::rpe},
    {"avgHeartRate", &RepEntry::avgHeartRate},
    {"maxHeartRate", &RepEntry::maxHeartRate},
    {"cadence", &RepEntry::cadence},
    {"notes", &RepEntry::notes},
};

const std::pair<const char*, QString EntryFormState::*> kStateTexts[] = {
    {"title", &EntryFormState::title},
    {"duration", &EntryFormState::duration},
    {"distance", &EntryFormState::distance},
    {"sessionRpe", &EntryFormState::sessionRpe},
    {"avgHeartRate", &EntryFormState::avgHeartRate},
    {"maxHeartRate", &EntryFormState::maxHeartRate},
    {"formNotes", &EntryFormState::formNotes},
    {"notes", &EntryFormState::notes},
};

QJsonObject rowJson(const RepEntry& row)
{
    QJsonObject json;
    json[QLatin1String("kind")] = enumId(row.kind);
    if (row.plannedStepId)
        json[QLatin1String("plannedStepId")] = double(row.plannedStepId->value);
    for (const auto& [name, member] : kRowTexts) {
        if (!(row.*member).isEmpty())
            json[QLatin1String(name)] = row.*member;
    }
    return json;
}

RepEntry rowFromJson(const QJsonObject& json)
{
    RepEntry row;
    row.kind = enumFromId<RepKind>(json[QLatin1String("kind")].toString()).value_or(RepKind::Work);
    if (const qint64 step = json[QLatin1String("plannedStepId")].toInteger(); step > 0)
        row.plannedStepId = StepId{step};
    for (const auto& [name, member] : kRowTexts)
        row.*member = json[QLatin1String(name)].toString();
    return row;
}

} // namespace

QByteArray entryDraftJson(const EntryFormState& state)
{
    QJsonObject json;
    json[QLatin1String("format")] = kFormat;
    json[QLatin1String("version")] = kVersion;
    json[QLatin1String("date")] = state.date.toString(Qt::ISODate);
    json[QLatin1String("time")] = state.time.toString(QStringLiteral("HH:mm"));
    json[QLatin1String("utcOffsetSeconds")] = state.utcOffsetSeconds;
    json[QLatin1String("sport")] = enumId(state.sport);
    if (state.plannedSessionId)
        json[QLatin1String("plannedSessionId")] = double(state.plannedSessionId->value);
    for (const auto& [name, member] : kStateTexts)
        json[QLatin1String(name)] = state.*member;
    QJsonArray wellness;
    for (int score : state.wellness)
        wellness.append(score);
    json[QLatin1String("wellness")] = wellness;
    QJsonArray reps;
    for (const RepEntry& row : state.reps)
        reps.append(rowJson(row));
    json[QLatin1String("reps")] = reps;
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<EntryFormState> entryStateFromDraft(const QByteArray& content)
{
    const QJsonDocument document = QJsonDocument::fromJson(content);
    const QJsonObject json = document.object();
    if (!document.isObject() || json[QLatin1String("format")].toString() != kFormat)
        return std::nullopt;
    EntryFormState state;
    state.date = QDate::fromString(json[QLatin1String("date")].toString(), Qt::ISODate);
    state.time = QTime::fromString(json[QLatin1String("time")].toString(), QStringLiteral("HH:mm"));
    state.utcOffsetSeconds = json[QLatin1String("utcOffsetSeconds")].toInt();
    state.sport = enumFromId<Sport>(json[QLatin1String("sport")].toString()).value_or(Sport::Run);
    if (const qint64 plan = json[QLatin1String("plannedSessionId")].toInteger(); plan > 0)
        state.plannedSessionId = PlannedSessionId{plan};
    for (const auto& [name, member] : kStateTexts)
        state.*member = json[QLatin1String(name)].toString();
    const QJsonArray wellness = json[QLatin1String("wellness")].toArray();
    for (int i = 0; i < int(state.wellness.size()) && i < wellness.size(); ++i) {
        const int score = wellness[i].toInt();
        state.wellness[size_t(i)] = score >= 1 && score <= 5 ? score : 0;
    }
    const QJsonArray reps = json[QLatin1String("reps")].toArray();
    for (const QJsonValue& row : reps)
        state.reps.push_back(rowFromJson(row.toObject()));
    return state;
}

} // namespace paceline
