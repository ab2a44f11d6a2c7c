#include "StepMime.h"

#include "StepMimeReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUuid>

namespace paceline {

namespace {

constexpr int kVersion = 1;
constexpr qsizetype kMaxBytes = 1 << 20;

const QString kNodes = QStringLiteral("nodes");
const QString kRepeat = QStringLiteral("repeat");
const QString kChildren = QStringLiteral("children");
const QString kBetween = QStringLiteral("between");

QJsonArray pair(double first, double second)
{
    return QJsonArray{first, second};
}

void writeIntensity(const Intensity& intensity, QJsonObject& json)
{
    if (const auto* zone = std::get_if<PaceZone>(&intensity))
        json[QStringLiteral("zone")] = enumId(*zone);
    else if (const auto* pace = std::get_if<PaceRange>(&intensity))
        json[QStringLiteral("pace")] =
            pair(pace->slowest.metresPerSecond, pace->fastest.metresPerSecond);
    else if (const auto* heart = std::get_if<HeartRateRange>(&intensity))
        json[QStringLiteral("hr")] = pair(heart->lowBpm, heart->highBpm);
    else if (const auto* rpe = std::get_if<RpeTarget>(&intensity))
        json[QStringLiteral("rpe")] = rpe->rpe;
}

QJsonObject writeStep(const Step& step)
{
    QJsonObject json{{QStringLiteral("kind"), enumId(step.kind)}};
    if (const auto* distance = std::get_if<Distance>(&step.target))
        json[QStringLiteral("m")] = distance->metres;
    else if (const auto* duration = std::get_if<Duration>(&step.target))
        json[QStringLiteral("s")] = duration->seconds;
    writeIntensity(step.intensity, json);
    if (step.recoveryMode)
        json[QStringLiteral("mode")] = enumId(*step.recoveryMode);
    if (step.sport)
        json[QStringLiteral("sport")] = enumId(*step.sport);
    if (!step.notes.isEmpty())
        json[QStringLiteral("notes")] = step.notes;
    return json;
}

QJsonArray writeNodes(const std::vector<StepNode>& nodes)
{
    QJsonArray array;
    for (const StepNode& node : nodes) {
        if (node.isStep()) {
            array.append(writeStep(node.step()));
            continue;
        }
        const RepeatGroup& group = node.group();
        QJsonObject json{{kRepeat, group.count}, {kChildren, writeNodes(group.children)}};
        if (group.recoveryBetweenSets)
            json[kBetween] = writeStep(*group.recoveryBetweenSets);
        array.append(json);
    }
    return array;
}

QJsonObject writeSource(const StepMimeSource& source)
{
    QJsonArray paths;
    for (const StepPath& path : source.paths) {
        QJsonArray levels;
        for (int index : path)
            levels.append(index);
        paths.append(levels);
    }
    return {{QStringLiteral("process"), source.process},
            {QStringLiteral("log"), source.log},
            {QStringLiteral("template"), QString::number(source.templateId.value)},
            {QStringLiteral("paths"), paths}};
}

} // namespace

QString stepMimeProcess()
{
    static const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return token;
}

QByteArray encodeSteps(const StepMimeContent& content)
{
    QJsonObject json{{QStringLiteral("version"), kVersion}, {kNodes, writeNodes(content.nodes)}};
    if (content.source)
        json[QStringLiteral("source")] = writeSource(*content.source);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<StepMimeContent> decodeSteps(const QByteArray& bytes)
{
    if (bytes.size() > kMaxBytes)
        return Error{QStringLiteral("Steps data of %1 bytes is too large.").arg(bytes.size())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("Steps data is not JSON (at byte %1: %2).")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{QStringLiteral("Steps data must be a JSON object.")};
    return readStepMime(document.object());
}

QMimeData* makeStepMimeData(const StepMimeContent& content)
{
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kStepMimeType), encodeSteps(content));
    return mime;
}

Result<StepMimeContent> stepsFromMimeData(const QMimeData* mime)
{
    const QString type = QString::fromLatin1(kStepMimeType);
    if (!mime || !mime->hasFormat(type))
        return Error{QStringLiteral("There are no steps to paste.")};
    return decodeSteps(mime->data(type));
}

} // namespace paceline
