#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

namespace paceline::test {

/// A plain QtSql connection to a test file, for setting up states that the store
/// itself refuses to write (foreign schemas, unknown enum ids, old versions).
class RawSql {
public:
    explicit RawSql(const QString& path) : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        EXPECT_TRUE(database.open()) << database.lastError().text().toStdString();
    }
    ~RawSql()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSql(const RawSql&) = delete;
    RawSql& operator=(const RawSql&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    void exec(const QString& sql) const
    {
        QSqlQuery query(database());
        EXPECT_TRUE(query.exec(sql))
            << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }

    QVariant value(const QString& sql) const
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next()) {
            ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
            return {};
        }
        return query.value(0);
    }

private:
    QString m_name;
};

} // namespace paceline::test
