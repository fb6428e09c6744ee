#pragma once

#include "util/error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace micro::core::sql {

// SQLite's own message ("database or disk is full"), not Qt's wrapper around it ("Unable
// to fetch row"), which says nothing to a user.
inline QString sqliteMessage(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

// The failure as the user should read it, from SQLite's result code (Qt passes it as the
// native error code): a full disk, a read-only file or folder, a lock held too long and a
// file that is not a database each say so, instead of a generic "could not be updated".
inline MicroError errorFor(const QString &path, const QSqlError &error)
{
    bool numeric = false;
    const int primary =
        error.nativeErrorCode().toInt(&numeric) & 0xff; // extended codes keep the primary in the low byte
    const QString message = sqliteMessage(error);
    if (numeric) {
        switch (primary) {
        case 13: // SQLITE_FULL
            return MicroError(ErrorCode::DiskFull, path, message);
        case 8:  // SQLITE_READONLY
        case 23: // SQLITE_AUTH
            return MicroError(ErrorCode::ReadOnly, path, message);
        case 14: // SQLITE_CANTOPEN: a folder that cannot be written, or a file that cannot be made
            return MicroError(ErrorCode::ReadOnly, path, message);
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return MicroError(ErrorCode::Busy, path, message);
        case 26: // SQLITE_NOTADB
            return MicroError(ErrorCode::NotAProject, path, message);
        case 11: // SQLITE_CORRUPT
            return MicroError(ErrorCode::BadFormat, path, message);
        default:
            break;
        }
    }
    return MicroError(ErrorCode::Database, path, message);
}

[[noreturn]] inline void fail(const QSqlDatabase &db, const QSqlError &error)
{
    throw errorFor(db.databaseName(), error);
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
