#include "TemplateLookup.h"

#include "CliContext.h"
#include "core/store/LogStore.h"
#include "core/store/TemplateStore.h"

#include <QStringList>

#include <algorithm>
#include <map>

namespace paceline::cli {

namespace {

// At most this many names are suggested, so the error stays one readable line.
constexpr int kMaxSuggestions = 4;

/// What a name is compared by: lower case, no spaces, "x" for the multiplication sign.
QString comparable(const QString& name)
{
    QString key = name.toLower();
    key.replace(QChar(0x00D7), QLatin1Char('x'));
    key.remove(QLatin1Char(' '));
    return key;
}

/// Levenshtein distance: a typo or two still finds the template.
int editDistance(const QString& a, const QString& b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        std::vector<int> current(previous.size());
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[std::size_t(j)] = std::min(
                {previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
        }
        previous = std::move(current);
    }
    return previous.back();
}

/// The names that look like `wanted`, closest first.
QStringList nearNames(const std::vector<SessionTemplate>& templates, const QString& wanted)
{
    const QString key = comparable(wanted);
    const int tolerance = std::max(2, int(key.size()) / 4);
    std::multimap<int, QString> byDistance;
    for (const SessionTemplate& entry : templates) {
        const QString candidate = comparable(entry.name);
        const bool contains = !key.isEmpty() && candidate.contains(key);
        const int distance = contains ? 0 : editDistance(key, candidate);
        if (distance <= tolerance)
            byDistance.emplace(distance, QStringLiteral("'%1'").arg(entry.name));
    }
    QStringList names;
    for (auto it = byDistance.begin(); it != byDistance.end() && names.size() < kMaxSuggestions;
         ++it)
        names << it->second;
    return names;
}

} // namespace

Result<SessionTemplate, TemplateLookupError> findTemplateByName(const LogStore& store,
                                                                const QString& name)
{
    auto all = store.templates().all();
    if (!all)
        return TemplateLookupError{all.errorMessage(), /*readFailed=*/true};
    const std::vector<SessionTemplate>& templates = *all;
    for (const SessionTemplate& entry : templates) {
        if (entry.name == name)
            return entry;
    }
    std::vector<const SessionTemplate*> loose;
    for (const SessionTemplate& entry : templates) {
        if (comparable(entry.name) == comparable(name))
            loose.push_back(&entry);
    }
    if (loose.size() == 1)
        return *loose.front();
    QString message = QStringLiteral("no template named '%1' in %2").arg(name, store.path());
    if (templates.empty())
        return TemplateLookupError{message + QStringLiteral(", which holds no templates")};
    const QStringList near = nearNames(templates, name);
    if (!near.isEmpty())
        message += QStringLiteral("; did you mean %1?").arg(near.join(QStringLiteral(", ")));
    return TemplateLookupError{message};
}

std::optional<SessionTemplate> templateByName(CliContext& context, const LogStore& store,
                                              const QString& name, int& exitStatus)
{
    auto found = findTemplateByName(store, name);
    if (!found) {
        exitStatus = context.fail(found.error().readFailed ? ExitFailure : ExitBadInput,
                                  found.errorMessage());
        return std::nullopt;
    }
    exitStatus = ExitSuccess;
    return std::move(found).value();
}

} // namespace paceline::cli
