#include "NotationTokenizer.h"

namespace paceline::notation {

namespace {

constexpr int kLongestQuotedToken = 24;
constexpr char16_t kMultiplicationSign = u'\u00d7';
constexpr char16_t kEnDash = u'\u2013';

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Where the run of characters satisfying `accept` that starts at `from` ends.
template <typename Accept> qsizetype runEnd(QStringView text, qsizetype from, Accept accept)
{
    while (from < text.size() && accept(text[from]))
        ++from;
    return from;
}

qsizetype numberEnd(QStringView text, qsizetype from)
{
    qsizetype end = runEnd(text, from, isAsciiDigit);
    // A fraction needs a digit after the point; "1." leaves the point to be reported.
    if (end + 1 < text.size() && text[end] == u'.' && isAsciiDigit(text[end + 1]))
        end = runEnd(text, end + 1, isAsciiDigit);
    return end;
}

TokenType symbolType(QStringView text, qsizetype at)
{
    switch (text[at].unicode()) {
    case u':':
        return TokenType::Colon;
    case u'-':
    case kEnDash:
        return TokenType::Dash;
    case u'@':
        return TokenType::At;
    case u'/':
        return TokenType::Slash;
    case u';':
        return TokenType::Semicolon;
    case u'(':
        return TokenType::OpenParen;
    case u')':
        return TokenType::CloseParen;
    case kMultiplicationSign:
        return TokenType::Times;
    default:
        return TokenType::Other;
    }
}

} // namespace

QString Token::quoted() const
{
    if (type == TokenType::End)
        return QStringLiteral("the end of the line");
    if (text.size() > kLongestQuotedToken)
        return QStringLiteral("'%1...'").arg(text.left(kLongestQuotedToken));
    return QStringLiteral("'%1'").arg(text);
}

std::vector<Token> tokenize(QStringView text)
{
    std::vector<Token> tokens;
    qsizetype at = 0;
    while (at < text.size()) {
        if (text[at].isSpace()) {
            ++at;
            continue;
        }
        Token token;
        token.column = int(at) + 1;
        qsizetype end = at + 1;
        const bool afterNumber = !tokens.empty() && tokens.back().is(TokenType::Number) &&
                                 tokens.back().column - 1 + tokens.back().text.size() == at;
        if (isAsciiDigit(text[at])) {
            token.type = TokenType::Number;
            end = numberEnd(text, at);
        } else if (afterNumber && (text[at] == u'x' || text[at] == u'X')) {
            // "4xstrides": the x right after a count is never the start of a word.
            token.type = TokenType::Times;
        } else if (isAsciiLetter(text[at])) {
            // A lone "x" stays a word ("@x" is an unknown zone); see isTimes.
            token.type = TokenType::Word;
            end = runEnd(text, at, isAsciiLetter);
        } else if (text[at] == u'/' && at + 1 < text.size() && text[at + 1] == u'/') {
            token.type = TokenType::DoubleSlash;
            end = at + 2;
        } else {
            token.type = symbolType(text, at);
            // A character beyond the BMP stays whole, so the message can quote it.
            if (text[at].isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate())
                end = at + 2;
        }
        token.text = text.mid(at, end - at);
        tokens.push_back(token);
        at = end;
    }
    Token endToken;
    endToken.column = int(text.size()) + 1;
    tokens.push_back(endToken);
    return tokens;
}

TokenCursor::TokenCursor(QStringView text) : m_tokens(tokenize(text)) {}

const Token& TokenCursor::peek(int ahead) const
{
    const size_t index = m_index + size_t(ahead);
    return index < m_tokens.size() ? m_tokens[index] : m_tokens.back();
}

const Token& TokenCursor::next()
{
    const Token& token = peek();
    if (m_index + 1 < m_tokens.size())
        ++m_index;
    return token;
}

bool TokenCursor::fail(const Token& where, const QString& message)
{
    if (m_error.message.isEmpty()) {
        m_error.column = where.column;
        m_error.message = QStringLiteral("column %1: %2").arg(where.column).arg(message);
    }
    return false;
}

bool TokenCursor::failExpected(const Token& where, const QString& what)
{
    return fail(where, QStringLiteral("expected %1, found %2").arg(what, where.quoted()));
}

bool isTimes(const Token& token)
{
    return token.is(TokenType::Times) || (token.is(TokenType::Word) && sameWord(token.text, "x"));
}

bool sameWord(QStringView text, const char* word)
{
    return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

} // namespace paceline::notation
