#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QLockFile;
struct sqlite3;

namespace paceline {

class NativeStatement;

/// One open SQLite connection behind a LogStore: its cached prepared statements,
/// the nesting of its transactions and the wording of its errors. Internal to
/// core/store; the sub-stores do all their SQL through it.
class Database {
public:
    struct Settings {
        QString path; ///< The file, for messages.
        bool readOnly = false;
        QString readOnlyReason;
        int schemaVersion = 0;
    };

    /// Takes over the open connection registered as `connectionName` and removes it
    /// from Qt's registry on destruction.
    Database(const QString& connectionName, Settings settings);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_settings.path; }
    bool isReadOnly() const { return m_settings.readOnly; }
    const QString& readOnlyReason() const { return m_settings.readOnlyReason; }
    int schemaVersion() const { return m_settings.schemaVersion; }
    /// The copy made before this open upgraded the file (LogBackup.h), or empty.
    const QString& migrationBackupPath() const { return m_migrationBackupPath; }
    void setMigrationBackupPath(const QString& path) { m_migrationBackupPath = path; }
    /// The connection itself, for code shared with the migrations, which work on a bare
    /// QSqlDatabase (LoadFiguresRefresh.cpp). Use it inside transaction().
    QSqlDatabase connection() const { return m_connection; }

    /// A statement prepared once per connection and reused: preparing is a large
    /// part of the cost of a small insert. Callers bind every value before exec().
    Result<QSqlQuery*> prepared(const QString& sql);

    /// Whether native() can be used on this connection: not when Qt's driver runs
    /// another SQLite than this build links (nativeHandle). Readers then read through
    /// QtSql instead, as before NativeStatement: a system's Qt build must not make a
    /// screen fail.
    bool hasNative();
    /// A statement prepared once through SQLite's own API on this connection, for reads
    /// of many rows (NativeStatement.h says why). An error when !hasNative().
    Result<NativeStatement*> native(const QString& sql);

    /// Binds `values` to the named placeholders `names` of a statement from
    /// prepared(), skipping each value that equals (same type and value) the one
    /// bound there before. QtSql keeps bound values across exec(), and every
    /// bindValue() hashes the placeholder name, which costs hundreds of nanoseconds:
    /// on the hot paths most values repeat (the session of a rep, NULLs, '').
    void bindChanged(QSqlQuery& query, const QString* names, const QVariant* values,
                     std::size_t count);

    /// Executes a prepared statement; `what` ("save the session") goes into messages.
    Status exec(QSqlQuery& query, const QString& what);
    /// Prepares (cached), binds `values` by position and executes.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values, const QString& what);
    /// Runs a statement that changes exactly one row; zero rows means `missing`.
    Status changeOne(const QString& sql, const QVariantList& values, const QString& what,
                     const QString& missing);

    /// All-or-nothing unit: BEGIN IMMEDIATE at the outside, SAVEPOINTs inside. A
    /// failure anywhere inside dooms the outermost unit, even if the caller of the
    /// inner one carries on, so nothing of it is ever half-written.
    Status transaction(const std::function<Status()>& work);

    /// Refuses writes on a read-only log with a message that says why.
    Status checkWritable() const;

    /// Holds the app's "<log>.lock" (LogLock.h) until the connection closes.
    void keepAppLock(std::unique_ptr<QLockFile> lock);

    /// "Could not <what> in '<path>': <why>". The failures a user can act on (a full
    /// disk, a log busy in another program, damage, a disk that fails) are said in
    /// plain words with what to do, and that nothing of the change was saved.
    Error sqlError(const QString& what, const QSqlError& error) const;
    Error damaged(const QString& detail) const;
    Error notFound(const QString& what) const;

private:
    /// The statements of one nesting level, formatted once: writes inside a long
    /// import open and release a savepoint for every session.
    struct SavepointSql {
        QString begin;
        QString release;
        QString rollbackTo;
    };
    const SavepointSql& savepointSql(int level);
    Status control(const QString& sql);
    Status finishLevel(int level, const Status& result);

    QString m_connectionName;
    QSqlDatabase m_connection;
    Settings m_settings;
    QString m_migrationBackupPath;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::vector<SavepointSql> m_savepoints;
    std::unordered_map<const QSqlQuery*, std::vector<QVariant>> m_lastBound;
    std::unordered_map<QString, std::unique_ptr<NativeStatement>> m_nativeStatements;
    std::unique_ptr<QLockFile> m_appLock; ///< released after the connection has closed
    sqlite3* m_nativeHandle = nullptr;
    bool m_nativeHandleChecked = false;
    int m_depth = 0;
    std::optional<Error> m_doomedBy; ///< First failure inside the current outer unit.
};

/// `sqliteText` with what it means and what to do added, when it is a failure the user
/// can act on (full disk, busy log, damage); otherwise as it is.
QString withPlainReason(const QString& sqliteText);

/// Resets a SELECT on scope exit: a statement left mid-result keeps SQLite's read
/// snapshot open and would block checkpoints and savepoint releases.
class QueryReset {
public:
    explicit QueryReset(QSqlQuery& query) : m_query(query) {}
    ~QueryReset() { m_query.finish(); }
    QueryReset(const QueryReset&) = delete;
    QueryReset& operator=(const QueryReset&) = delete;

private:
    QSqlQuery& m_query;
};

} // namespace paceline
