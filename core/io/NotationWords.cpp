#include "NotationWords.h"

#include "NotationTokenizer.h"

#include <QStringList>

namespace paceline::notation {

namespace {

struct KindWord {
    const char* text;
    StepKind kind;
};

// The first word of each kind is the one the formatter writes; the others are
// accepted because people type them.
constexpr KindWord kKindWords[] = {
    {"wu", StepKind::WarmUp},         {"warmup", StepKind::WarmUp},
    {"cd", StepKind::CoolDown},       {"cooldown", StepKind::CoolDown},
    {"strides", StepKind::Strides},   {"drills", StepKind::Drills},
    {"mobility", StepKind::Mobility}, {"rest", StepKind::Rest},
    {"work", StepKind::Work},         {"rec", StepKind::Recovery},
    {"recovery", StepKind::Recovery},
};

std::optional<StepKind> kindFromWord(QStringView text)
{
    for (const KindWord& word : kKindWords) {
        if (sameWord(text, word.text))
            return word.kind;
    }
    return std::nullopt;
}

template <typename T> bool fill(std::optional<T>& slot, T value)
{
    const bool filled = slot.has_value();
    slot = value;
    return filled;
}

} // namespace

std::optional<WordSlot> addStepWord(QStringView text, StepWords& words, bool& filled)
{
    if (auto kind = kindFromWord(text)) {
        filled = fill(words.kind, *kind);
        return WordSlot::Kind;
    }
    if (auto mode = enumFromId<RecoveryMode>(text)) {
        filled = fill(words.mode, *mode);
        return WordSlot::Mode;
    }
    if (auto sport = enumFromId<Sport>(text)) {
        filled = fill(words.sport, *sport);
        return WordSlot::Sport;
    }
    return std::nullopt;
}

StepKind resolvedKind(const StepWords& words, StepRole role)
{
    if (words.kind)
        return *words.kind;
    return words.mode || role == StepRole::Recovery ? StepKind::Recovery : StepKind::Work;
}

QString kindWord(StepKind kind)
{
    for (const KindWord& word : kKindWords) {
        if (word.kind == kind)
            return QString::fromLatin1(word.text);
    }
    return {};
}

QString stepWordList()
{
    QStringList words;
    for (const auto& entry : enumEntries<StepKind>())
        words << kindWord(entry.value);
    return QStringList{words.join(QStringLiteral(", ")), enumIdList<RecoveryMode>(),
                       enumIdList<Sport>()}
        .join(QStringLiteral(", "));
}

} // namespace paceline::notation
