#include "StoreTestHooks.h"

#include "Database.h"
#include "LogStore.h"
#include "Migrations.h"

namespace paceline {
namespace {

/// SQLite's own ceiling of max_page_count; asking for more gives the ceiling.
constexpr qint64 kNoPageLimit = 4294967294;

} // namespace

Status StoreTestHooks::limitGrowth(LogStore& store, int extraPages)
{
    QSqlDatabase connection = store.m_database->connection();
    Result<int> pages = Migrations::pragmaValue(connection, QStringLiteral("page_count"));
    if (!pages)
        return pages.error();
    return Migrations::execAll(
        connection, {QStringLiteral("PRAGMA max_page_count = %1").arg(*pages + extraPages)});
}

Status StoreTestHooks::removeGrowthLimit(LogStore& store)
{
    QSqlDatabase connection = store.m_database->connection();
    return Migrations::execAll(connection,
                               {QStringLiteral("PRAGMA max_page_count = %1").arg(kNoPageLimit)});
}

Status StoreTestHooks::setBusyTimeout(LogStore& store, int milliseconds)
{
    QSqlDatabase connection = store.m_database->connection();
    return Migrations::execAll(connection,
                               {QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds)});
}

} // namespace paceline
