#include "NotationParser.h"

#include "NotationValues.h"
#include "StepLimits.h"

namespace paceline::notation {

namespace {

const QString& expectedStep()
{
    static const QString text =
        QStringLiteral("a step: an amount such as 400m, 2km, 1mi, 90s, 15min or 1:30, or a kind "
                       "such as wu or strides");
    return text;
}

const QString& expectedRecovery()
{
    static const QString text =
        QStringLiteral("a recovery such as 90s jog, 60s walk, 2min rest or 2min @easy");
    return text;
}

StepNode groupNode(RepeatGroup group)
{
    return StepNode{std::move(group)};
}

} // namespace

NotationParser::NotationParser(QStringView text) : m_cursor(text) {}

Result<StepTree, NotationError> NotationParser::parse()
{
    if (m_cursor.at(TokenType::End)) {
        Token start;
        start.column = 1; // not after any blanks: the whole line is what is missing
        m_cursor.fail(start, QStringLiteral("the line is empty: expected steps such as "
                                            "wu 15min @E; 8x400m @I / 90s jog"));
        return m_cursor.error();
    }
    StepTree tree;
    if (!parseList(tree, 0))
        return m_cursor.error();
    const Token& end = m_cursor.peek();
    if (end.is(TokenType::End))
        return tree;
    if (end.is(TokenType::CloseParen))
        m_cursor.fail(end, QStringLiteral("')' without a matching '('"));
    else
        m_cursor.failExpected(end, QStringLiteral("';' between steps or the end of the line"));
    return m_cursor.error();
}

bool NotationParser::parseList(StepTree& list, int depth)
{
    if (!parseItem(list, depth))
        return false;
    while (m_cursor.at(TokenType::Semicolon)) {
        m_cursor.next();
        if (!parseItem(list, depth))
            return false;
    }
    return true;
}

bool NotationParser::parseItem(StepTree& list, int depth)
{
    if (m_cursor.at(TokenType::Number) && isTimes(m_cursor.peek(1)))
        return parseRepeat(list, depth);
    const Token& start = m_cursor.peek();
    Step step;
    if (!parseStep(step, StepRole::Plain))
        return false;
    if (!m_cursor.at(TokenType::Slash)) {
        list.push_back(StepNode{std::move(step)});
        return refuseBetweenSets();
    }
    // A step with its recovery is a unit, kept as a group done once: it is how the
    // line says "this recovery belongs to this rep", and it writes back as typed.
    // Being a group, it counts towards the nesting limit like any other.
    if (depth >= steplimits::kMaxRepeatNesting)
        return m_cursor.fail(start, QStringLiteral("repeats nest at most %1 deep, and a step "
                                                   "with its recovery (400m / 90s jog) is one")
                                        .arg(steplimits::kMaxRepeatNesting));
    Step recovery;
    if (!parseRecoveryAfter(recovery))
        return false;
    RepeatGroup pair;
    pair.count = 1;
    pair.children = {StepNode{std::move(step)}, StepNode{std::move(recovery)}};
    list.push_back(groupNode(std::move(pair)));
    return refuseBetweenSets();
}

bool NotationParser::parseRepeat(StepTree& list, int depth)
{
    const Token& countToken = m_cursor.next();
    m_cursor.next(); // the x
    RepeatGroup group;
    if (!parseCount(countToken, group.count))
        return false;
    if (depth >= steplimits::kMaxRepeatNesting)
        return m_cursor.fail(
            countToken,
            QStringLiteral("repeats nest at most %1 deep").arg(steplimits::kMaxRepeatNesting));
    if (m_cursor.at(TokenType::OpenParen)) {
        if (!parseGroupBody(group, depth))
            return false;
        if (m_cursor.at(TokenType::Slash))
            return m_cursor.fail(m_cursor.peek(),
                                 QStringLiteral("a recovery after ')' goes inside the parentheses "
                                                "(after every time through) or after '//' "
                                                "(between sets)"));
    } else if (!parseRepeatedStep(group)) {
        return false;
    }
    if (m_cursor.at(TokenType::DoubleSlash)) {
        m_cursor.next();
        Step between;
        if (!parseStep(between, StepRole::Recovery))
            return false;
        group.recoveryBetweenSets = std::move(between);
    }
    list.push_back(groupNode(std::move(group)));
    return true;
}

bool NotationParser::parseGroupBody(RepeatGroup& group, int depth)
{
    const Token& open = m_cursor.next();
    if (!parseList(group.children, depth + 1))
        return false;
    const Token& close = m_cursor.peek();
    if (close.is(TokenType::CloseParen)) {
        m_cursor.next();
        return true;
    }
    const QString what =
        QStringLiteral("';' or ')' to close the '(' at column %1").arg(open.column);
    return m_cursor.failExpected(close, what);
}

bool NotationParser::parseRepeatedStep(RepeatGroup& group)
{
    if (m_cursor.at(TokenType::Number) && isTimes(m_cursor.peek(1)))
        return m_cursor.fail(m_cursor.peek(), QStringLiteral("a repeat inside a repeat goes in "
                                                             "parentheses, as in 2x(3x400m)"));
    Step step;
    if (!parseStep(step, StepRole::Plain))
        return false;
    group.children.push_back(StepNode{std::move(step)});
    if (!m_cursor.at(TokenType::Slash))
        return true;
    Step recovery;
    if (!parseRecoveryAfter(recovery))
        return false;
    group.children.push_back(StepNode{std::move(recovery)});
    return true;
}

bool NotationParser::parseRecoveryAfter(Step& recovery)
{
    m_cursor.next(); // the /
    return parseStep(recovery, StepRole::Recovery);
}

bool NotationParser::parseStep(Step& step, StepRole role)
{
    const Token& start = m_cursor.peek();
    const QString& expected = role == StepRole::Recovery ? expectedRecovery() : expectedStep();
    if (isTimes(start)) // "x400m": the count is missing, so this is no step at all
        return m_cursor.failExpected(start, expected);
    StepWords words;
    if (!parseWords(words, true))
        return false;
    if (m_cursor.at(TokenType::Number) && isTimes(m_cursor.peek(1))) {
        const QString hint = role == StepRole::Recovery
                                 ? QStringLiteral("a recovery has no count of its own; repeat a "
                                                  "rep with its recovery, as in 4x(400m / 60s jog)")
                                 : QStringLiteral("a count goes before the step's words, as in "
                                                  "4x bike 5min");
        return m_cursor.fail(m_cursor.peek(), hint);
    }
    const bool hasAmount = m_cursor.at(TokenType::Number);
    if (hasAmount && (!parseAmount(m_cursor, step.target) || !parseWords(words, false)))
        return false;
    if (!hasAmount && !words.kind && !words.mode && !words.sport)
        return m_cursor.failExpected(start, expected);
    if (m_cursor.at(TokenType::At) && !parseIntensity(m_cursor, step.intensity))
        return false;
    step.kind = resolvedKind(words, role);
    step.recoveryMode = words.mode;
    step.sport = words.sport;
    return true;
}

bool NotationParser::parseWords(StepWords& words, bool beforeAmount)
{
    while (m_cursor.at(TokenType::Word)) {
        const Token& word = m_cursor.next();
        bool filled = false;
        const auto slot = addStepWord(word.text, words, filled);
        if (!slot) {
            const QString amount =
                beforeAmount ? QStringLiteral(", or an amount such as 400m") : QString();
            return m_cursor.fail(word, QStringLiteral("unknown kind %1: expected one of %2%3")
                                           .arg(word.quoted(), stepWordList(), amount));
        }
        if (filled) {
            const QString what = *slot == WordSlot::Kind   ? QStringLiteral("kind")
                                 : *slot == WordSlot::Mode ? QStringLiteral("recovery mode")
                                                           : QStringLiteral("sport");
            return m_cursor.fail(word, QStringLiteral("a step has one %1, found a second one, %2")
                                           .arg(what, word.quoted()));
        }
    }
    return true;
}

bool NotationParser::parseCount(const Token& token, int& count)
{
    bool ok = false;
    const double value = token.text.toDouble(&ok);
    if (!ok || token.text.contains(u'.') || value < 1.0 || value > steplimits::kMaxRepeatCount)
        return m_cursor.fail(
            token, QStringLiteral("a count must be a whole number from 1 to %1, "
                                  "found %2")
                       .arg(QString::number(steplimits::kMaxRepeatCount), token.quoted()));
    count = int(value);
    return true;
}

bool NotationParser::refuseBetweenSets()
{
    if (!m_cursor.at(TokenType::DoubleSlash))
        return true;
    return m_cursor.fail(m_cursor.peek(),
                         QStringLiteral("'//' puts a recovery between the sets of a repeat, so "
                                        "it follows one such as 4x400m or 3x(...)"));
}

} // namespace paceline::notation
