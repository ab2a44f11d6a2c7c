#pragma once

#include <QByteArray>
#include <QString>

namespace paceline::ics {

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a
/// backslash, and every line break (CRLF, LF or CR) becomes the two characters "\n".
QString escapeText(const QString& text);

/// One content line, UTF-8 encoded and folded (RFC 5545 3.1): no physical line is
/// longer than 75 octets, continuation lines start with a space, and a multi-byte
/// character is never split. Each physical line ends with CRLF.
QByteArray foldLine(const QString& line);

} // namespace paceline::ics
