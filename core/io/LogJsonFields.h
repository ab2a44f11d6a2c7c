#pragma once

#include "JsonFields.h"
#include "core/model/EnumText.h"
#include "core/model/Result.h"
#include "core/model/Step.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>
#include <vector>

namespace paceline::logjson {

/// Reads the fields of one JSON object of a backup and keeps the first problem, named
/// by its JSON path ("sessions[12].reps[3].rpe: 11 is not between 0 and 10"), so a
/// reader asks for every field in turn and checks ok() once at the end. After a
/// problem every read returns a default value.
class ObjectReader {
public:
    /// Refuses a value that is not an object, or that has keys other than `known`
    /// (a misspelt key is reported rather than silently read as nothing).
    ObjectReader(const QJsonValue& value, const QString& path,
                 std::initializer_list<const char*> known);

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    void fail(const Error& error);
    QString pathOf(const char* key) const;
    QJsonValue value(const char* key) const;

    /// Null or missing is nullopt; otherwise a number from `least` to `most`.
    std::optional<double> optionalNumber(const char* key, double least, double most);
    double number(const char* key, double least, double most);
    std::optional<int> optionalWhole(const char* key, int least, int most);
    int whole(const char* key, int least, int most);
    /// A missing or null string reads as empty.
    QString string(const char* key);
    /// A store id: a positive whole number.
    qint64 id(const char* key);
    std::optional<qint64> optionalId(const char* key);
    /// An ISO date ("2026-03-02"); a null or missing one is an invalid QDate unless required.
    QDate date(const char* key, bool required);
    /// An ISO 8601 date and time with its UTC offset, kept with that offset.
    QDateTime instant(const char* key);

    template <typename E> E enumValue(const char* key, E fallback)
    {
        if (!ok())
            return fallback;
        auto parsed = jsonfields::enumValue<E>(value(key), pathOf(key));
        if (!parsed) {
            fail(parsed.error());
            return fallback;
        }
        return *parsed;
    }
    template <typename E> std::optional<E> optionalEnum(const char* key)
    {
        if (!ok())
            return std::nullopt;
        auto parsed = jsonfields::optionalEnum<E>(value(key), pathOf(key));
        if (!parsed) {
            fail(parsed.error());
            return std::nullopt;
        }
        return *parsed;
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

/// A step tree as the session JSON writes it (docs/session-json.md), at `path`.
Result<StepTree> readStepTree(const QJsonValue& value, const QString& path);

/// The ids of the steps of a tree in tree order (forEachStep: recoveries between sets
/// after their group's children), the order the backup's "step_ids" lists them in.
std::vector<StepId> stepIdsOf(const StepTree& tree);
/// Sets the step ids in that order; `ids` must have one per step.
void assignStepIds(StepTree& tree, const std::vector<StepId>& ids);
/// Every step and group id set to 0, so a store gives the tree new ones.
void clearTreeIds(StepTree& tree);

} // namespace paceline::logjson
