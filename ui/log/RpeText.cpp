#include "RpeText.h"

#include <QCoreApplication>

#include <cmath>

namespace paceline {

QString rpeLabel(double rpe)
{
    if (!(rpe >= 0.0 && rpe <= 10.0))
        return {};
    // Halves (6.5) read as the step below, as athletes mean "between".
    static const char* const kLabels[] = {
        QT_TRANSLATE_NOOP("paceline", "rest"),          QT_TRANSLATE_NOOP("paceline", "very easy"),
        QT_TRANSLATE_NOOP("paceline", "easy"),          QT_TRANSLATE_NOOP("paceline", "moderate"),
        QT_TRANSLATE_NOOP("paceline", "somewhat hard"), QT_TRANSLATE_NOOP("paceline", "hard"),
        QT_TRANSLATE_NOOP("paceline", "hard"),          QT_TRANSLATE_NOOP("paceline", "very hard"),
        QT_TRANSLATE_NOOP("paceline", "very hard"),     QT_TRANSLATE_NOOP("paceline", "near max"),
        QT_TRANSLATE_NOOP("paceline", "max"),
    };
    return QCoreApplication::translate("paceline", kLabels[int(std::floor(rpe))]);
}

QString rpeWithLabel(double rpe)
{
    const QString label = rpeLabel(rpe);
    const QString number = QString::number(rpe, 'g', 3);
    return label.isEmpty() ? number : QStringLiteral("%1 · %2").arg(number, label);
}

} // namespace paceline
