#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace paceline {

/// A statement run through SQLite's own API on the connection QtSql opened, for the
/// reads that return thousands of rows of numbers (the daily loads of a ten-year
/// history). QtSql turns every value of every row into a QVariant, text into UTF-16,
/// and reading one back costs a copy and a conversion more: on the daily-load read
/// that was five times SQLite's own work. Here values are read straight from SQLite's
/// row. Database::native() prepares and caches these; they live until the Database
/// closes (they must be finalized before the connection is). Positions are 0-based,
/// like QtSql's.
class NativeStatement {
public:
    /// Prepares `sql` on `connection` to be run many times; the error is SQLite's
    /// message.
    static Result<std::unique_ptr<NativeStatement>> prepare(sqlite3* connection,
                                                            const QString& sql);
    NativeStatement(sqlite3* connection, sqlite3_stmt* statement)
        : m_connection(connection), m_statement(statement)
    {}
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    void bind(int position, qint64 value);
    /// Binds UTF-8 text (SQLite copies it).
    void bind(int position, const QByteArray& utf8);

    /// Steps to the next row: false at the end and on an error (failed() tells which).
    bool next();
    bool failed() const { return m_failed; }
    /// SQLite's message about the last error on the connection.
    QString errorText() const;

    qint64 int64(int column) const;
    int integer(int column) const;
    /// NULL reads as 0, as QtSql's null value does with toDouble().
    double real(int column) const;
    bool isNull(int column) const;
    /// The column's UTF-8 text, valid until the next call on this statement.
    std::string_view text(int column) const;
    QString columnName(int column) const;

    /// Ends a run: the statement lets go of its read snapshot, ready to bind and run
    /// again. NativeReset does it on scope exit.
    void reset();

private:
    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
    bool m_failed = false;
};

/// Resets a NativeStatement on scope exit, like QueryReset for QtSql's.
class NativeReset {
public:
    explicit NativeReset(NativeStatement& statement) : m_statement(statement) {}
    ~NativeReset() { m_statement.reset(); }
    NativeReset(const NativeReset&) = delete;
    NativeReset& operator=(const NativeReset&) = delete;

private:
    NativeStatement& m_statement;
};

/// The sqlite3 connection behind a QtSql one, or null when it cannot be used with this
/// build's SQLite: the driver is not QSQLITE, the connection is closed, or Qt's driver
/// runs another SQLite than the one paceline_store links (Debian's driver links the
/// system libsqlite3, as this build does; a driver with SQLite built in would hand out a
/// handle of another copy, whose structures this one must not touch). Another copy of
/// the same release counts as another SQLite too: its globals (allocator, mutexes, VFS
/// list) are not this one's.
sqlite3* nativeHandle(const QSqlDatabase& connection);

/// Test hook: while set, nativeHandle() gives null, as on a system whose Qt driver runs
/// another SQLite, so that tests can run the QtSql fallbacks here. A Database asks once,
/// when it first needs the handle: set it before opening the log.
void refuseNativeHandlesForTesting(bool refuse);

} // namespace paceline
