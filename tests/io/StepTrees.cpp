#include "StepTrees.h"

#include "core/io/SessionJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <ostream>

namespace paceline {

void PrintTo(const StepNode& node, std::ostream* out)
{
    SessionTemplate session;
    session.steps = {node};
    const QJsonObject json =
        sessionToJson(session)[QStringLiteral("steps")].toArray().first().toObject();
    *out << QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

void PrintTo(const Step& step, std::ostream* out)
{
    PrintTo(StepNode{step}, out);
}

void PrintTo(const SessionTemplate& session, std::ostream* out)
{
    *out << QJsonDocument(sessionToJson(session)).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace paceline

std::string str(const QString& text)
{
    return text.toStdString();
}
