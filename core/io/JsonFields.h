#pragma once

#include "core/model/EnumText.h"
#include "core/model/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace paceline::jsonfields {

// Small readers for the fields of a JSON file that report errors by JSON path:
// "steps[2].target.distance_m: must be ...".

/// "steps[2]" + "target" -> "steps[2].target"; at the top level just "target".
QString keyPath(const QString& path, const QString& key);
/// "steps" + 2 -> "steps[2]".
QString indexPath(const QString& path, qsizetype index);
Error errorAt(const QString& path, const QString& problem);
/// Checks a Paceline file's "format" and "version": `what` names the kind of file in
/// the error ("session", "week"); a newer version asks for a newer Paceline.
std::optional<Error> checkFormatAndVersion(const QJsonObject& json, QLatin1String formatId,
                                           int version, const QString& what);

/// Missing or null: how an optional field says "none".
bool absent(const QJsonValue& value);

/// Refuses keys it does not know, so a misspelt "intensty" is reported instead of
/// silently read as no intensity. Store ids ("id") are allowed and ignored.
std::optional<Error> checkKeys(const QJsonObject& object, const QString& path,
                               std::initializer_list<const char*> known);

/// A string; a missing optional one reads as empty.
Result<QString> stringValue(const QJsonValue& value, const QString& path, bool required);

/// A number in (0, most], or [0, most] when zero is allowed; `what` completes
/// "must be ..." in the message.
Result<double> numberValue(const QJsonValue& value, const QString& path, double most,
                           const QString& what, bool zeroAllowed = false);

Result<int> wholeNumber(const QJsonValue& value, const QString& path, int least, int most);

/// An enum by its stable id (EnumText.h), in any letter case.
template <typename E> Result<E> enumValue(const QJsonValue& value, const QString& path)
{
    if (value.isUndefined())
        return errorAt(path, QStringLiteral("missing; expected one of %1").arg(enumIdList<E>()));
    const auto parsed = value.isString() ? enumFromId<E>(value.toString()) : std::nullopt;
    if (!parsed)
        return errorAt(path, QStringLiteral("must be one of %1").arg(enumIdList<E>()));
    return *parsed;
}

/// An enum id, or null / missing for none.
template <typename E>
Result<std::optional<E>> optionalEnum(const QJsonValue& value, const QString& path)
{
    if (absent(value))
        return std::optional<E>{};
    auto parsed = enumValue<E>(value, path);
    if (!parsed)
        return parsed.error();
    return std::optional<E>{*parsed};
}

} // namespace paceline::jsonfields
