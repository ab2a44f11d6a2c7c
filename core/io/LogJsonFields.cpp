#include "LogJsonFields.h"

#include "SessionJsonReader.h"
#include "core/model/StepPath.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace paceline::logjson {

namespace {

/// 11, 2.5, 2678400: as typed, never in exponent form for the sizes met here.
QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

using jsonfields::absent;
using jsonfields::errorAt;

ObjectReader::ObjectReader(const QJsonValue& value, const QString& path,
                           std::initializer_list<const char*> known)
    : m_object(value.toObject()), m_path(path)
{
    if (!value.isObject())
        m_error = errorAt(path, QStringLiteral("must be an object"));
    else if (auto unknown = jsonfields::checkKeys(m_object, path, known))
        m_error = *unknown;
}

void ObjectReader::fail(const Error& error)
{
    if (ok())
        m_error = error;
}

QString ObjectReader::pathOf(const char* key) const
{
    return jsonfields::keyPath(m_path, QLatin1String(key));
}

QJsonValue ObjectReader::value(const char* key) const
{
    return m_object.value(QLatin1String(key));
}

std::optional<double> ObjectReader::optionalNumber(const char* key, double least, double most)
{
    const QJsonValue field = value(key);
    if (!ok() || absent(field))
        return std::nullopt;
    if (!field.isDouble()) {
        fail(errorAt(pathOf(key), QStringLiteral("must be a number or null")));
        return std::nullopt;
    }
    const double number = field.toDouble();
    if (!(number >= least && number <= most)) {
        fail(errorAt(pathOf(key),
                     QStringLiteral("%1 is not between %2 and %3")
                         .arg(numberText(number), numberText(least), numberText(most))));
        return std::nullopt;
    }
    return number;
}

double ObjectReader::number(const char* key, double least, double most)
{
    if (ok() && absent(value(key)))
        fail(errorAt(pathOf(key), QStringLiteral("missing; expected a number")));
    return optionalNumber(key, least, most).value_or(0.0);
}

std::optional<int> ObjectReader::optionalWhole(const char* key, int least, int most)
{
    const std::optional<double> number = optionalNumber(key, least, most);
    if (number && *number != std::floor(*number)) {
        fail(errorAt(pathOf(key),
                     QStringLiteral("%1 is not a whole number").arg(numberText(*number))));
        return std::nullopt;
    }
    return number ? std::optional<int>(int(*number)) : std::nullopt;
}

int ObjectReader::whole(const char* key, int least, int most)
{
    if (ok() && absent(value(key)))
        fail(errorAt(pathOf(key), QStringLiteral("missing; expected a whole number")));
    return optionalWhole(key, least, most).value_or(least);
}

QString ObjectReader::string(const char* key)
{
    const QJsonValue field = value(key);
    if (!ok() || absent(field))
        return {};
    if (!field.isString())
        fail(errorAt(pathOf(key), QStringLiteral("must be a string")));
    return field.toString();
}

std::optional<qint64> ObjectReader::optionalId(const char* key)
{
    const QJsonValue field = value(key);
    if (!ok() || absent(field))
        return std::nullopt;
    const double number = field.isDouble() ? field.toDouble() : 0.0;
    // Below 2^53 a double holds every whole number exactly.
    if (!(number >= 1.0 && number <= 9007199254740992.0) || number != std::floor(number)) {
        fail(errorAt(pathOf(key), QStringLiteral("must be a positive whole number (an id)")));
        return std::nullopt;
    }
    return qint64(number);
}

qint64 ObjectReader::id(const char* key)
{
    if (ok() && absent(value(key)))
        fail(errorAt(pathOf(key), QStringLiteral("missing; expected an id")));
    return optionalId(key).value_or(0);
}

QDate ObjectReader::date(const char* key, bool required)
{
    const QJsonValue field = value(key);
    if (!ok() || (absent(field) && !required))
        return {};
    const QDate parsed = QDate::fromString(field.toString(), Qt::ISODate);
    if (!field.isString() || !parsed.isValid())
        fail(errorAt(pathOf(key), QStringLiteral("must be a date like 2026-03-02")));
    return parsed;
}

QDateTime ObjectReader::instant(const char* key)
{
    const QJsonValue field = value(key);
    if (!ok())
        return {};
    const QDateTime parsed = QDateTime::fromString(field.toString(), Qt::ISODate);
    if (!field.isString() || !parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        fail(errorAt(pathOf(key), QStringLiteral("must be a date and time with its UTC offset, "
                                                 "like 2026-03-02T07:30:00+01:00")));
        return {};
    }
    // Qt reads "Z" as UTC; the log keeps every start as an offset (0 here).
    return parsed.toOffsetFromUtc(parsed.offsetFromUtc());
}

Result<StepTree> readStepTree(const QJsonValue& value, const QString& path)
{
    if (!value.isArray())
        return errorAt(path, QStringLiteral("must be an array of steps"));
    // The session reader knows every rule of a step tree; it reads this one as the
    // steps of a minimal session, and its paths ("steps[2]...") are put under `path`.
    const QJsonObject session{
        {QStringLiteral("format"), QLatin1String(sessionjson::kFormatId)},
        {QStringLiteral("version"), sessionjson::kVersion},
        {QStringLiteral("name"), QStringLiteral("steps")},
        {QStringLiteral("sport"), QStringLiteral("run")},
        {QStringLiteral("steps"), value},
    };
    auto read = sessionjson::readSession(session);
    if (!read) {
        const QString message = read.errorMessage();
        const QLatin1String prefix("steps");
        return Error{message.startsWith(prefix) ? path + message.mid(prefix.size())
                                                : path + QStringLiteral(": ") + message};
    }
    return std::move(read).value().steps;
}

std::vector<StepId> stepIdsOf(const StepTree& tree)
{
    std::vector<StepId> ids;
    forEachStep(tree, [&](const StepPath&, const Step& step) { ids.push_back(step.id); });
    return ids;
}

namespace {

template <typename Visit> void forEachStepToChange(StepTree& tree, Visit& visit)
{
    for (StepNode& node : tree) {
        if (node.isStep()) {
            visit(node.step());
            continue;
        }
        forEachStepToChange(node.group().children, visit);
        if (node.group().recoveryBetweenSets)
            visit(*node.group().recoveryBetweenSets);
    }
}

void clearGroupIds(StepTree& tree)
{
    for (StepNode& node : tree) {
        if (node.isGroup()) {
            node.group().id = StepId{};
            clearGroupIds(node.group().children);
        }
    }
}

} // namespace

void assignStepIds(StepTree& tree, const std::vector<StepId>& ids)
{
    size_t next = 0;
    auto assign = [&](Step& step) { step.id = next < ids.size() ? ids[next++] : StepId{}; };
    forEachStepToChange(tree, assign);
}

void clearTreeIds(StepTree& tree)
{
    auto clear = [](Step& step) { step.id = StepId{}; };
    forEachStepToChange(tree, clear);
    clearGroupIds(tree);
}

} // namespace paceline::logjson
