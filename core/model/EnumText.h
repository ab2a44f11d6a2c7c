#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

namespace paceline {

/// One enum value with its stable id (used in the database, JSON, CSV and on the
/// command line; never change one once shipped) and its English label for people.
template <typename E> struct EnumEntry {
    E value;
    const char* id;
    const char* label;
};

/// Specialised next to each enum: `static constexpr std::array entries{...}`.
template <typename E> struct EnumTraits;

template <typename E> constexpr const auto& enumEntries()
{
    return EnumTraits<E>::entries;
}

template <typename E> QString enumId(E value)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.id);
    }
    return {};
}

template <typename E> QString enumLabel(E value)
{
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return QCoreApplication::translate("paceline", entry.label);
    }
    return {};
}

/// Accepts the id in any letter case, so "Run" and "run" both work on the command line.
template <typename E> std::optional<E> enumFromId(QStringView id)
{
    for (const auto& entry : enumEntries<E>()) {
        if (id.compare(QLatin1String(entry.id), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

/// "run, bike, swim": for messages that say what would have been accepted.
template <typename E> QString enumIdList()
{
    QStringList ids;
    for (const auto& entry : enumEntries<E>())
        ids << QString::fromLatin1(entry.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace paceline
