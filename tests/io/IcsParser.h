#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace paceline::test {

/// What an independent parser (Debian's python3-icalendar) read from an .ics file:
/// one object per VEVENT with uid, summary, description, categories, start and end
/// (ISO dates), or an error. Used to check our writer against a real reader.
struct IcsParse {
    std::optional<QJsonArray> events; ///< absent when the parser is not installed
    QString error;                    ///< why it is absent, or the parser's complaint
};

/// Runs /usr/bin/python3 with the icalendar module on `ics`.
IcsParse parseIcsWithPython(const QByteArray& ics);

} // namespace paceline::test
