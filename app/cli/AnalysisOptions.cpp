#include "AnalysisOptions.h"

#include "CliContext.h"

#include <algorithm>

namespace paceline::cli {

void addDayRangeOptions(CliContext& context, const QString& fromDefault, const QString& toDefault)
{
    context.parser().addOption(
        {QStringLiteral("from"),
         QStringLiteral("The first day, YYYY-MM-DD (default: %1).").arg(fromDefault),
         QStringLiteral("date")});
    context.parser().addOption(
        {QStringLiteral("to"),
         QStringLiteral("The last day, YYYY-MM-DD (default: %1).").arg(toDefault),
         QStringLiteral("date")});
}

Result<DayRangeOptions> dayRangeFromOptions(const CliContext& context)
{
    auto from = context.dateOption(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = context.dateOption(QStringLiteral("to"));
    if (!to)
        return to.error();
    if (*from && *to && **from > **to)
        return Error{
            QStringLiteral("--from %1 is after --to %2")
                .arg(context.option(QStringLiteral("from")), context.option(QStringLiteral("to")))};
    return DayRangeOptions{*from, *to};
}

std::optional<std::pair<QDate, QDate>>
analysedDays(const DayRangeOptions& options, const std::optional<std::pair<QDate, QDate>>& logged)
{
    if (!logged)
        return std::nullopt;
    // An open end never crosses the given one: --from alone after the log's end still
    // names one day, not an inverted range.
    const QDate to = options.to.value_or(options.from ? std::max(logged->second, *options.from)
                                                      : logged->second);
    const QDate from = options.from.value_or(std::min(logged->first, to));
    return std::pair{from, to};
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDay(std::optional<QDate> day)
{
    return day && day->isValid() ? QJsonValue(day->toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null);
}

QString numberText(std::optional<double> value, int decimals)
{
    if (!value)
        return QStringLiteral("-");
    const QString text = QString::number(*value, 'f', decimals);
    // -0.04 rounds to "-0.0": a sign on nothing reads as a figure below zero.
    return text.toDouble() == 0.0 ? QString::number(0.0, 'f', decimals) : text;
}

} // namespace paceline::cli
