#pragma once

#include "SessionNotation.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace paceline::notation {

enum class TokenType {
    Number,      ///< 400, 3.5 (digits with an optional fraction; never a sign or exponent)
    Word,        ///< a run of ASCII letters: wu, km, race, hr
    Times,       ///< the x right after a count (4x), or the sign ×
    Colon,       ///< 1:30
    Dash,        ///< hr150-160 (also the en dash people paste)
    At,          ///< @E
    Slash,       ///< a recovery after each, or the /km of a pace
    DoubleSlash, ///< a recovery between sets
    Semicolon,
    OpenParen,
    CloseParen,
    Other, ///< any other character, reported by the parser
    End,
};

struct Token {
    TokenType type = TokenType::End;
    QStringView text;
    int column = 0; ///< 1-based, in UTF-16 code units of the line

    bool is(TokenType wanted) const { return type == wanted; }
    /// "'400m'" or "the end of the line", for messages.
    QString quoted() const;
};

/// Splits a notation line into tokens, always ending with an End token. Linear in the
/// length of the text and total: any character becomes some token.
std::vector<Token> tokenize(QStringView text);

/// The parser's position in the tokens and its first error.
class TokenCursor {
public:
    explicit TokenCursor(QStringView text);

    /// The token `ahead` places on; past the end this is the End token.
    const Token& peek(int ahead = 0) const;
    const Token& next();
    bool at(TokenType type) const { return peek().is(type); }

    /// Records an error at `where` ("column 7: <message>") and returns false, so
    /// parse functions can `return cursor.fail(...)`. The first error is kept.
    bool fail(const Token& where, const QString& message);
    /// "column 7: expected <what>, found '<token>'".
    bool failExpected(const Token& where, const QString& what);

    const NotationError& error() const { return m_error; }

private:
    std::vector<Token> m_tokens;
    size_t m_index = 0;
    NotationError m_error;
};

/// The x of a repeat: `4x`, `4×` or `4 x`.
bool isTimes(const Token& token);

/// Case-insensitive comparison of a token's text with an ASCII word.
bool sameWord(QStringView text, const char* word);

} // namespace paceline::notation
