#include "StepMimeReader.h"

#include "core/model/StepTreeEdit.h"

#include <QJsonArray>

#include <cmath>

namespace paceline {

namespace {

// Limits far above any real session, so hostile data cannot make us build huge trees.
constexpr int kMaxNodes = 2000;
constexpr int kMaxDepth = 8;
constexpr int kMaxRepeat = kMaxRepeatCount; // what the notation and the builder allow
constexpr int kMaxNotes = 10000;
constexpr double kMaxMetres = 1.0e6;
constexpr double kMaxSeconds = 1.0e6;
constexpr double kMaxSpeed = 100.0; // m/s
constexpr int kMaxHeartRate = 300;
constexpr int kMaxIndex = 100000;

Error wrong(const QString& where, const QString& what)
{
    return Error{QStringLiteral("%1: %2").arg(where, what)};
}

QString at(const QString& where, const QString& key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

QString item(const QString& where, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(where).arg(index);
}

Result<double> number(const QJsonValue& value, const QString& where, double low, double high)
{
    const double x = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(x) || x < low || x > high)
        return wrong(where, QStringLiteral("must be a number from %1 to %2")
                                .arg(low, 0, 'g', 12)
                                .arg(high, 0, 'g', 12));
    return x;
}

Result<int> wholeNumber(const QJsonValue& value, const QString& where, int low, int high)
{
    Result<double> x = number(value, where, low, high);
    if (!x || std::floor(*x) != *x)
        return wrong(where,
                     QStringLiteral("must be a whole number from %1 to %2").arg(low).arg(high));
    return int(*x);
}

template <typename E>
Status readEnum(const QJsonObject& json, const QString& key, const QString& where,
                std::optional<E>& out)
{
    if (!json.contains(key))
        return {};
    out = enumFromId<E>(json.value(key).toString());
    if (!json.value(key).isString() || !out)
        return wrong(at(where, key), QStringLiteral("must be one of %1").arg(enumIdList<E>()));
    return {};
}

Result<std::pair<double, double>> orderedPair(const QJsonValue& value, const QString& where,
                                              double low, double high)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != 2)
        return wrong(where, QStringLiteral("must be a pair of numbers"));
    Result<double> first = number(array[0], item(where, 0), low, high);
    if (!first)
        return first.error();
    Result<double> second = number(array[1], item(where, 1), low, high);
    if (!second)
        return second.error();
    if (*first > *second)
        return wrong(where, QStringLiteral("the first number must not be above the second"));
    return std::pair{*first, *second};
}

Status readTarget(const QJsonObject& json, const QString& where, Target& target)
{
    const bool metres = json.contains(QStringLiteral("m"));
    const bool seconds = json.contains(QStringLiteral("s"));
    if (metres && seconds)
        return wrong(where, QStringLiteral("give either m or s, not both"));
    if (metres || seconds) {
        const QString key = metres ? QStringLiteral("m") : QStringLiteral("s");
        Result<double> amount =
            number(json.value(key), at(where, key), 0.0, metres ? kMaxMetres : kMaxSeconds);
        if (!amount)
            return amount.error();
        target = metres ? Target{Distance{*amount}} : Target{Duration{*amount}};
    }
    return {};
}

Result<Intensity> readIntensity(const QJsonObject& json, const QString& where)
{
    const QStringList keys{QStringLiteral("zone"), QStringLiteral("pace"), QStringLiteral("hr"),
                           QStringLiteral("rpe")};
    QString found;
    for (const QString& key : keys) {
        if (json.contains(key) && !found.isEmpty())
            return wrong(where, QStringLiteral("give one of zone, pace, hr or rpe"));
        if (json.contains(key))
            found = key;
    }
    const QString place = at(where, found);
    if (found == keys[0]) {
        std::optional<PaceZone> zone;
        if (Status read = readEnum(json, found, where, zone); !read)
            return read.error();
        return Intensity{*zone};
    }
    if (found == keys[1] || found == keys[2]) {
        const bool pace = found == keys[1];
        auto range = orderedPair(json.value(found), place, pace ? 0.01 : 0.0,
                                 pace ? kMaxSpeed : kMaxHeartRate);
        if (!range)
            return range.error();
        if (pace)
            return Intensity{PaceRange{{range->first}, {range->second}}};
        if (std::floor(range->first) != range->first || std::floor(range->second) != range->second)
            return wrong(place, QStringLiteral("heart rates must be whole numbers"));
        return Intensity{HeartRateRange{int(range->first), int(range->second)}};
    }
    if (found == keys[3]) {
        Result<double> rpe = number(json.value(found), place, 0.0, 10.0);
        if (!rpe)
            return rpe.error();
        return Intensity{RpeTarget{*rpe}};
    }
    return Intensity{};
}

Result<Step> readStep(const QJsonValue& value, const QString& where)
{
    if (!value.isObject())
        return wrong(where, QStringLiteral("must be an object"));
    const QJsonObject json = value.toObject();
    Step step;
    std::optional<StepKind> kind;
    if (Status read = readEnum(json, QStringLiteral("kind"), where, kind); !read)
        return read.error();
    if (!kind)
        return wrong(at(where, QStringLiteral("kind")), QStringLiteral("is missing"));
    step.kind = *kind;
    if (Status read = readTarget(json, where, step.target); !read)
        return read.error();
    Result<Intensity> intensity = readIntensity(json, where);
    if (!intensity)
        return intensity.error();
    step.intensity = *intensity;
    if (Status read = readEnum(json, QStringLiteral("mode"), where, step.recoveryMode); !read)
        return read.error();
    if (Status read = readEnum(json, QStringLiteral("sport"), where, step.sport); !read)
        return read.error();
    const QJsonValue notes = json.value(QStringLiteral("notes"));
    if (!notes.isUndefined() && (!notes.isString() || notes.toString().size() > kMaxNotes))
        return wrong(at(where, QStringLiteral("notes")),
                     QStringLiteral("must be text of at most %1 characters").arg(kMaxNotes));
    step.notes = notes.toString();
    return step;
}

/// Reads node arrays, counting nodes across the whole tree.
class NodeReader {
public:
    Result<std::vector<StepNode>> nodes(const QJsonValue& value, const QString& where, int depth)
    {
        if (!value.isArray())
            return wrong(where, QStringLiteral("must be an array"));
        if (depth > kMaxDepth)
            return wrong(where, QStringLiteral("groups nest deeper than %1").arg(kMaxDepth));
        const QJsonArray array = value.toArray();
        std::vector<StepNode> result;
        for (qsizetype index = 0; index < array.size(); ++index) {
            if (++m_count > kMaxNodes)
                return wrong(where, QStringLiteral("more than %1 blocks").arg(kMaxNodes));
            Result<StepNode> node = this->node(array[index], item(where, index), depth);
            if (!node)
                return node.error();
            result.push_back(std::move(node).value());
        }
        return result;
    }

private:
    Result<StepNode> node(const QJsonValue& value, const QString& where, int depth)
    {
        const QJsonObject json = value.toObject();
        if (!json.contains(QStringLiteral("repeat"))) {
            Result<Step> step = readStep(value, where);
            if (!step)
                return step.error();
            return StepNode{*step};
        }
        RepeatGroup group;
        Result<int> count = wholeNumber(json.value(QStringLiteral("repeat")),
                                        at(where, QStringLiteral("repeat")), 1, kMaxRepeat);
        if (!count)
            return count.error();
        group.count = *count;
        auto children = nodes(json.value(QStringLiteral("children")),
                              at(where, QStringLiteral("children")), depth + 1);
        if (!children)
            return children.error();
        group.children = std::move(children).value();
        const QJsonValue between = json.value(QStringLiteral("between"));
        if (!between.isUndefined()) {
            Result<Step> step = readStep(between, at(where, QStringLiteral("between")));
            if (!step)
                return step.error();
            group.recoveryBetweenSets = *step;
        }
        return StepNode{std::move(group)};
    }

    int m_count = 0;
};

Result<StepPath> readPath(const QJsonValue& value, const QString& where)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > kMaxDepth + 2)
        return wrong(where, QStringLiteral("must be a path of 1 to %1 rows").arg(kMaxDepth + 2));
    StepPath path;
    for (qsizetype index = 0; index < array.size(); ++index) {
        const bool last = index + 1 == array.size();
        Result<int> row =
            wholeNumber(array[index], item(where, index), last ? kBetweenSets : 0, kMaxIndex);
        if (!row)
            return row.error();
        path.push_back(*row);
    }
    return path;
}

Result<StepMimeSource> readSource(const QJsonValue& value, size_t nodeCount)
{
    const QString where = QStringLiteral("source");
    const QJsonObject json = value.toObject();
    StepMimeSource source;
    source.process = json.value(QStringLiteral("process")).toString();
    source.log = json.value(QStringLiteral("log")).toString();
    bool ok = false;
    source.templateId =
        TemplateId{json.value(QStringLiteral("template")).toString().toLongLong(&ok)};
    if (!value.isObject() || !ok || !source.templateId.isValid())
        return wrong(where, QStringLiteral("needs a process, a log and a template id"));
    const QJsonArray paths = json.value(QStringLiteral("paths")).toArray();
    if (size_t(paths.size()) != nodeCount)
        return wrong(at(where, QStringLiteral("paths")),
                     QStringLiteral("needs one path per block"));
    for (qsizetype index = 0; index < paths.size(); ++index) {
        Result<StepPath> path =
            readPath(paths[index], item(at(where, QStringLiteral("paths")), index));
        if (!path)
            return path.error();
        source.paths.push_back(*path);
    }
    return source;
}

} // namespace

Result<StepMimeContent> readStepMime(const QJsonObject& json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return wrong(QStringLiteral("version"), QStringLiteral("must be 1"));
    StepMimeContent content;
    auto nodes =
        NodeReader().nodes(json.value(QStringLiteral("nodes")), QStringLiteral("nodes"), 0);
    if (!nodes)
        return nodes.error();
    if (nodes->empty())
        return wrong(QStringLiteral("nodes"), QStringLiteral("is empty"));
    content.nodes = std::move(nodes).value();
    if (json.contains(QStringLiteral("source"))) {
        Result<StepMimeSource> source =
            readSource(json.value(QStringLiteral("source")), content.nodes.size());
        if (!source)
            return source.error();
        content.source = std::move(source).value();
    }
    return content;
}

} // namespace paceline
