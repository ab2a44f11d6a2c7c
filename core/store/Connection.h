#pragma once

#include <QSqlDatabase>
#include <QString>

namespace paceline {

/// Owns one named QSqlDatabase connection and removes it from Qt's registry when it
/// goes away. Qt requires every QSqlQuery and QSqlDatabase copy of the connection to
/// be gone before QSqlDatabase::removeDatabase(), so keep queries in inner scopes.
class ScopedConnection {
public:
    /// Registers a new QSQLITE connection under a name no other connection uses, so
    /// several logs (or a probe and the real connection) can be open at once.
    explicit ScopedConnection(const QString& purpose);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    /// Hands the connection to a new owner (Database), which removes it later.
    QString release();

    /// Closes and unregisters a connection by name.
    static void remove(const QString& name);

private:
    QString m_name;
};

} // namespace paceline
