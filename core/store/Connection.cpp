#include "Connection.h"

#include <atomic>

namespace paceline {

ScopedConnection::ScopedConnection(const QString& purpose)
{
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("paceline-%1-%2").arg(purpose).arg(++counter);
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
}

ScopedConnection::~ScopedConnection()
{
    if (!m_name.isEmpty())
        remove(m_name);
}

QString ScopedConnection::release()
{
    QString name = m_name;
    m_name.clear();
    return name;
}

void ScopedConnection::remove(const QString& name)
{
    {
        // This handle must be destroyed before removeDatabase(), hence the scope.
        QSqlDatabase database = QSqlDatabase::database(name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace paceline
