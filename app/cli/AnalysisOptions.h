#pragma once

#include "core/model/Result.h"

#include <QDate>
#include <QJsonValue>

#include <optional>
#include <utility>

namespace paceline::cli {

class CliContext;

/// `--from` and `--to` as given; either may be absent.
struct DayRangeOptions {
    std::optional<QDate> from;
    std::optional<QDate> to;
};

/// Adds --from and --to with the command's own words for their defaults.
void addDayRangeOptions(CliContext& context, const QString& fromDefault, const QString& toDefault);

/// Reads --from and --to; the error names a value that is not a date, or both when
/// --from is after --to.
Result<DayRangeOptions> dayRangeFromOptions(const CliContext& context);

/// The days to analyse: the options' ends, each defaulting to the logged range's end
/// (but not past the other end given). nullopt for an empty log (`logged` absent).
std::optional<std::pair<QDate, QDate>>
analysedDays(const DayRangeOptions& options, const std::optional<std::pair<QDate, QDate>>& logged);

/// A figure that may be absent: the number, or JSON null.
QJsonValue jsonNumber(std::optional<double> value);
/// A day as YYYY-MM-DD, or JSON null for no day.
QJsonValue jsonDay(std::optional<QDate> day);

/// A figure for a text table: `decimals` decimals, "-" when absent.
QString numberText(std::optional<double> value, int decimals);

} // namespace paceline::cli
