#include "JsonFields.h"

#include <QStringList>

#include <cmath>

namespace paceline::jsonfields {

QString keyPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

Error errorAt(const QString& path, const QString& problem)
{
    return Error{path + QStringLiteral(": ") + problem};
}

std::optional<Error> checkFormatAndVersion(const QJsonObject& json, QLatin1String formatId,
                                           int version, const QString& what)
{
    if (json.value(QLatin1String("format")).toString() != formatId)
        return errorAt(
            QStringLiteral("format"),
            QStringLiteral("this is not a Paceline %1 (expected \"%2\")").arg(what, formatId));
    const QJsonValue value = json.value(QLatin1String("version"));
    const double number = value.isDouble() ? value.toDouble() : qQNaN();
    if (number == version)
        return std::nullopt;
    if (number > version && number == std::floor(number))
        return errorAt(QStringLiteral("version"),
                       QStringLiteral("%1 is newer than this Paceline reads (%2); update "
                                      "Paceline to open it")
                           .arg(number)
                           .arg(version));
    return errorAt(QStringLiteral("version"), QStringLiteral("must be %1").arg(version));
}

bool absent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

std::optional<Error> checkKeys(const QJsonObject& object, const QString& path,
                               std::initializer_list<const char*> known)
{
    QStringList names;
    for (const char* key : known)
        names << QString::fromLatin1(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("id") && !names.contains(it.key()))
            return errorAt(
                keyPath(path, it.key()),
                QStringLiteral("unknown key; expected %1").arg(names.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

Result<QString> stringValue(const QJsonValue& value, const QString& path, bool required)
{
    if (value.isUndefined() && !required)
        return QString();
    if (value.isUndefined())
        return errorAt(path, QStringLiteral("missing; expected a string"));
    if (!value.isString())
        return errorAt(path, QStringLiteral("must be a string"));
    return value.toString();
}

Result<double> numberValue(const QJsonValue& value, const QString& path, double most,
                           const QString& what, bool zeroAllowed)
{
    const double number = value.isDouble() ? value.toDouble() : qQNaN();
    const bool above = zeroAllowed ? number >= 0.0 : number > 0.0;
    if (!above || !(number <= most))
        return errorAt(path, QStringLiteral("must be %1").arg(what));
    return number;
}

Result<int> wholeNumber(const QJsonValue& value, const QString& path, int least, int most)
{
    const double number = value.isDouble() ? value.toDouble() : qQNaN();
    if (!(number >= least && number <= most) || number != std::floor(number))
        return errorAt(path,
                       QStringLiteral("must be a whole number from %1 to %2").arg(least).arg(most));
    return int(number);
}

} // namespace paceline::jsonfields
