#include "IcsText.h"

#include <algorithm>

namespace paceline::ics {

namespace {

constexpr qsizetype kMaxLineOctets = 75;
const QByteArray kLineEnd = QByteArrayLiteral("\r\n");

/// A UTF-8 continuation byte (10xxxxxx) may not start a physical line: the fold
/// would split the character it belongs to.
bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

QString escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i; // CRLF is one line break
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / 30 + 2);
    qsizetype start = 0;
    bool first = true;
    while (true) {
        // A continuation line's leading space counts towards its 75 octets.
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        qsizetype end = std::min(start + room, utf8.size());
        while (end < utf8.size() && end > start && isContinuationByte(utf8.at(end)))
            --end;
        if (end == start) // cannot happen with valid UTF-8; never loop forever
            end = std::min(start + room, utf8.size());
        if (!first)
            folded += ' ';
        folded += utf8.mid(start, end - start);
        folded += kLineEnd;
        if (end >= utf8.size())
            break;
        start = end;
        first = false;
    }
    return folded;
}

} // namespace paceline::ics
