#include "LogStore.h"

#include "AthleteStore.h"
#include "Database.h"
#include "DraftStore.h"
#include "LogStoreOpener.h"
#include "MicrocycleStore.h"
#include "Migrations.h"
#include "PlanStore.h"
#include "SessionStore.h"
#include "TemplateStore.h"

#include <QSqlError>
#include <QStandardPaths>

namespace paceline {

Result<std::unique_ptr<LogStore>, OpenError> LogStore::open(const QString& path,
                                                            const OpenOptions& options)
{
    Result<std::unique_ptr<Database>, OpenError> database = openDatabase(path, options);
    if (!database)
        return database.error();
    return std::unique_ptr<LogStore>(new LogStore(std::move(database).value()));
}

QString LogStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/paceline.sqlite");
}

LogStore::LogStore(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_athletes(std::make_unique<AthleteStore>(*m_database)),
      m_templates(std::make_unique<TemplateStore>(*m_database)),
      m_plans(std::make_unique<PlanStore>(*m_database)),
      m_sessions(std::make_unique<SessionStore>(*m_database)),
      m_drafts(std::make_unique<DraftStore>(*m_database)),
      m_microcycles(std::make_unique<MicrocycleStore>(*m_database))
{}

// Sub-stores go first (members are destroyed in reverse order); Database then
// drops its statements before removing its connection.
LogStore::~LogStore() = default;

QString LogStore::path() const
{
    return m_database->path();
}
bool LogStore::isReadOnly() const
{
    return m_database->isReadOnly();
}
QString LogStore::readOnlyReason() const
{
    return m_database->readOnlyReason();
}
int LogStore::schemaVersion() const
{
    return m_database->schemaVersion();
}
QString LogStore::migrationBackupPath() const
{
    return m_database->migrationBackupPath();
}
int LogStore::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Status LogStore::checkIntegrity()
{
    QStringList problems;
    for (const QString& pragma :
         {QStringLiteral("quick_check"), QStringLiteral("foreign_key_check")}) {
        Result<QSqlQuery*> query = m_database->run(QStringLiteral("PRAGMA ") + pragma, {},
                                                   QStringLiteral("check the log"));
        if (!query) // sqlError() already says "damaged" when SQLite found it so
            return query.error();
        QueryReset reset(**query);
        while (problems.size() < 5 && (*query)->next()) {
            const QString line = (*query)->value(0).toString();
            if (line != QLatin1String("ok"))
                problems << (pragma == QLatin1String("quick_check")
                                 ? line
                                 : QStringLiteral("a row of %1 refers to a missing row of %2")
                                       .arg(line, (*query)->value(2).toString()));
        }
        // A check that stopped on an error (I/O, damage it could not step over) found
        // nothing to list, but it did not find the log whole either.
        if (problems.isEmpty() && (*query)->lastError().isValid())
            return m_database->sqlError(QStringLiteral("check the log"), (*query)->lastError());
    }
    if (problems.isEmpty())
        return {};
    return m_database->damaged(problems.join(QStringLiteral("; ")));
}

Status LogStore::transaction(const std::function<Status()>& work)
{
    return m_database->transaction(work);
}

AthleteStore& LogStore::athletes()
{
    return *m_athletes;
}
const AthleteStore& LogStore::athletes() const
{
    return *m_athletes;
}
TemplateStore& LogStore::templates()
{
    return *m_templates;
}
const TemplateStore& LogStore::templates() const
{
    return *m_templates;
}
PlanStore& LogStore::plans()
{
    return *m_plans;
}
const PlanStore& LogStore::plans() const
{
    return *m_plans;
}
SessionStore& LogStore::sessions()
{
    return *m_sessions;
}
const SessionStore& LogStore::sessions() const
{
    return *m_sessions;
}

DraftStore& LogStore::drafts()
{
    return *m_drafts;
}

const DraftStore& LogStore::drafts() const
{
    return *m_drafts;
}

MicrocycleStore& LogStore::microcycles()
{
    return *m_microcycles;
}

const MicrocycleStore& LogStore::microcycles() const
{
    return *m_microcycles;
}

} // namespace paceline
