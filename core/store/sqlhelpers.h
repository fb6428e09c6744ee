#pragma once

#include "util/error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace micro::core::sql {

[[noreturn]] inline void fail(const QSqlDatabase &db, const QSqlError &error)
{
    throw MicroError(ErrorCode::Database, db.databaseName(), error.text());
}

// Prepares, binds positionally, executes; throws MicroError(Database) on failure.
inline QSqlQuery exec(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(statement)) fail(db, q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) fail(db, q.lastError());
    return q;
}

// Rolls back unless commit() was reached: a throw anywhere leaves the file as it was.
// BEGIN IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a
// transaction that reads before it writes cannot fail half-way because another process
// committed in between (SQLITE_BUSY_SNAPSHOT in WAL mode).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) fail(m_db, q.lastError());
    }
    ~Transaction()
    {
        if (!m_done) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    void commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) fail(m_db, q.lastError());
        m_done = true;
    }

private:
    QSqlDatabase &m_db;
    bool m_done = false;
};

} // namespace micro::core::sql
