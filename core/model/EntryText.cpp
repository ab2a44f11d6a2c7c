#include "EntryText.h"

#include "TimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace paceline {

namespace {

Error distanceError(QStringView text)
{
    return Error{QCoreApplication::translate(
                     "paceline", "'%1' is not a distance: expected metres (400) or a number "
                                 "with m, km or mi (400m, 1.2km, 1mi)")
                     .arg(text.toString())};
}

double metresPerUnit(const QString& unit)
{
    if (unit == QLatin1String("km"))
        return kMetresPerKilometre;
    if (unit == QLatin1String("mi"))
        return kMetresPerMile;
    return 1.0; // "m" or no unit: a rep table's distances are metres.
}

/// The splits of one piece of text, split at `separators` (blank parts dropped, so
/// "92.1, 91.4," and a double space read as two splits).
QStringList splitAt(const QString& text, const QRegularExpression& separators)
{
    return text.split(separators, Qt::SkipEmptyParts);
}

/// The texts of the splits, before they are read as times. See parseSplits for why a
/// comma means different things on one line and on several.
QStringList splitTexts(QString text)
{
    text.remove(QLatin1Char('\r')); // Windows line endings from a pasted column.
    static const QRegularExpression lineBreaks(QStringLiteral("\n"));
    QStringList lines = text.split(lineBreaks, Qt::SkipEmptyParts);
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });

    // Commas are decimal commas where something else separates the splits: on
    // several lines (a watch app's column, "1:32,4") or on one line with semicolons
    // (how a spreadsheet with decimal commas copies a row: "92,1;91,4").
    static const QRegularExpression blanksAndSemicolons(QStringLiteral("[\\s;]+"));
    static const QRegularExpression anySeparator(QStringLiteral("[\\s;,]+"));
    if (lines.size() == 1 && !lines.front().contains(QLatin1Char(';')))
        return splitAt(lines.front(), anySeparator);
    QStringList texts;
    for (const QString& line : lines)
        texts += splitAt(line, blanksAndSemicolons);
    return texts;
}

} // namespace

Result<Distance> parseDistance(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d+(?:[.,]\d*)?|[.,]\d+)\s*(m|km|mi)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return distanceError(text);
    QString number = match.captured(1);
    const double perUnit = metresPerUnit(match.captured(2).toLower());
    // "1,5km" has a decimal comma, but "1,200" in metres could be 1200 m written the
    // English way: rather than guess, ask for it again.
    if (perUnit == 1.0 && number.contains(QLatin1Char(',')))
        return distanceError(text);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    const double metres = number.toDouble() * perUnit;
    // Hundreds of digits overflow to infinity; no rep is that long.
    if (!std::isfinite(metres))
        return distanceError(text);
    return Distance{metres};
}

Result<std::vector<Duration>> parseSplits(QStringView text)
{
    const QStringList texts = splitTexts(text.toString());
    if (texts.isEmpty()) {
        return Error{QCoreApplication::translate(
            "paceline", "no splits: paste times one per line or separated by commas")};
    }
    std::vector<Duration> splits;
    splits.reserve(size_t(texts.size()));
    for (qsizetype index = 0; index < texts.size(); ++index) {
        const Result<Duration> split = parseDuration(texts[index]);
        if (!split.ok()) {
            return Error{QCoreApplication::translate(
                             "paceline", "split %1 '%2' is not a time: expected seconds (92.4), "
                                         "m:ss (1:32, 1:32.4) or h:mm:ss (0:01:32)")
                             .arg(index + 1)
                             .arg(texts[index])};
        }
        splits.push_back(split.value());
    }
    return splits;
}

} // namespace paceline
