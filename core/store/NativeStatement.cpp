#include "NativeStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

namespace paceline {
namespace {

std::atomic<bool> g_refuseHandles{false};

/// Whether Qt's driver runs the very SQLite this build links, asked through the driver
/// only, so nothing of ours touches a handle of another copy: the same release first.
bool driverRunsOurRelease(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    return query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next() &&
           query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
}

/// Then the same copy of it: a connection's VFS is a static object of the library that
/// opened it, so another copy's (a driver with the same release built in) lies at
/// another address than this library's of that name. Safe to ask only once the release
/// is known to be ours (the same structures), and after initializing this copy, whose
/// mutex functions the call goes through.
bool openedByThisLibrary(sqlite3* handle)
{
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    sqlite3_vfs* used = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFS_POINTER, &used) != SQLITE_OK ||
        used == nullptr)
        return false;
    return sqlite3_vfs_find(used->zName) == used;
}

} // namespace

Result<std::unique_ptr<NativeStatement>> NativeStatement::prepare(sqlite3* connection,
                                                                  const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    // Persistent: the statement is kept for the life of the connection.
    if (sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        Error error{QString::fromUtf8(sqlite3_errmsg(connection))};
        sqlite3_finalize(statement);
        return error;
    }
    return std::make_unique<NativeStatement>(connection, statement);
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position + 1, value);
}

void NativeStatement::bind(int position, const QByteArray& utf8)
{
    sqlite3_bind_text(m_statement, position + 1, utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

bool NativeStatement::next()
{
    const int result = sqlite3_step(m_statement);
    m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
    return result == SQLITE_ROW;
}

QString NativeStatement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_connection));
}

qint64 NativeStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int NativeStatement::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

double NativeStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool NativeStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::string_view NativeStatement::text(int column) const
{
    // The text first, then its length: that is the order SQLite documents as safe.
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (bytes == nullptr)
        return {};
    return {bytes, std::size_t(sqlite3_column_bytes(m_statement, column))};
}

QString NativeStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_statement, column));
}

void NativeStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_failed = false;
}

sqlite3* nativeHandle(const QSqlDatabase& connection)
{
    if (!connection.isOpen() || connection.driver() == nullptr)
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (g_refuseHandles.load() || !driverRunsOurRelease(connection))
        return nullptr;
    sqlite3* const native = *static_cast<sqlite3* const*>(handle.constData());
    return native != nullptr && openedByThisLibrary(native) ? native : nullptr;
}

void refuseNativeHandlesForTesting(bool refuse)
{
    g_refuseHandles.store(refuse);
}

} // namespace paceline
