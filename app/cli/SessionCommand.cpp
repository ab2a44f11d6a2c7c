// paceline-cli session: a session in notation or JSON, shown in the other form.

#include "CliContext.h"
#include "Commands.h"
#include "SessionInput.h"
#include "core/io/SessionJson.h"
#include "core/io/SessionNotation.h"

namespace paceline::cli {

int runSession(CliContext& context)
{
    addSessionInputOptions(context);
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;
    auto session = sessionFromInput(context);
    if (!session)
        return context.fail(ExitBadInput, session.errorMessage());
    if (context.json())
        context.printJson(sessionToJson(*session));
    else
        context.out() << formatSessionNotation(session->steps) << '\n';
    return ExitSuccess;
}

} // namespace paceline::cli
