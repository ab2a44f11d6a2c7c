#include "SessionInput.h"

#include "core/io/SessionJson.h"
#include "core/io/SessionNotation.h"
#include "core/model/StepPath.h"

#include <QFile>

namespace paceline::cli {

namespace {

Result<SessionTemplate> sessionFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read '%1': %2").arg(path, file.errorString())};
    auto session = sessionFromJsonBytes(file.readAll());
    if (!session)
        return Error{QStringLiteral("%1: %2").arg(path, session.errorMessage())};
    return session;
}

Result<SessionTemplate> sessionFromText(const QString& text)
{
    auto steps = parseSessionNotation(text);
    if (!steps)
        return Error{QStringLiteral("--text %1").arg(steps.errorMessage())};
    SessionTemplate session;
    session.name = QStringLiteral("Session");
    session.steps = std::move(steps).value();
    session.sport = sportOfSteps(session.steps);
    return session;
}

template <typename E>
Status applyEnumOption(const CliContext& context, const QString& name, E& target)
{
    if (!context.isSet(name))
        return {};
    const QString text = context.option(name);
    auto value = enumFromId<E>(text);
    if (!value)
        return Error{QStringLiteral("--%1 '%2' is not one of %3").arg(name, text, enumIdList<E>())};
    target = *value;
    return {};
}

} // namespace

Sport sportOfSteps(const StepTree& steps)
{
    bool bike = false;
    bool run = false;
    forEachStep(steps, [&](const StepPath&, const Step& step) {
        bike = bike || step.sport == Sport::Bike;
        run = run || step.sport == Sport::Run;
    });
    return bike && run ? Sport::Brick : bike ? Sport::Bike : Sport::Run;
}

void addSessionInputOptions(CliContext& context)
{
    context.acceptPositionalArguments(QStringLiteral("FILE.json"),
                                      QStringLiteral("A session in Paceline's JSON format."));
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("text"),
                      QStringLiteral("The session in notation, e.g. \"wu 15min @E; 8x400m @I / "
                                     "90s jog; cd 10min @E\"."),
                      QStringLiteral("notation")});
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("The session's name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("sport"),
                      QStringLiteral("The session's sport: %1.").arg(enumIdList<Sport>()),
                      QStringLiteral("sport")});
    parser.addOption({QStringLiteral("purpose"),
                      QStringLiteral("The session's purpose: %1.").arg(enumIdList<Purpose>()),
                      QStringLiteral("purpose")});
}

Result<SessionTemplate> sessionFromInput(const CliContext& context)
{
    const QStringList files = context.positionalArguments();
    const bool hasText = context.isSet(QStringLiteral("text"));
    if (files.size() > 1)
        return Error{QStringLiteral("give one session file, not %1").arg(files.size())};
    if (hasText == !files.isEmpty())
        return Error{QStringLiteral("give the session as FILE.json or with --text NOTATION")};

    auto session = hasText ? sessionFromText(context.option(QStringLiteral("text")))
                           : sessionFromFile(files.first());
    if (!session)
        return session;
    if (context.isSet(QStringLiteral("name")))
        session->name = context.option(QStringLiteral("name"));
    if (Status status = applyEnumOption(context, QStringLiteral("sport"), session->sport); !status)
        return status.error();
    if (context.isSet(QStringLiteral("purpose"))) {
        Purpose purpose{};
        if (Status status = applyEnumOption(context, QStringLiteral("purpose"), purpose); !status)
            return status.error();
        session->purpose = purpose;
    }
    return session;
}

} // namespace paceline::cli
