#include "projectstore.h"

#include "data/mappedfeatures.h"

#include "schema.h"
#include "sqlhelpers.h"
#include "storeinternals.h"
#include "util/names.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QThread>
#include <QUuid>
#include <cmath>

namespace micro::core {

using namespace storeinternal;

// Opening, schema and recovery; datasets, runs and labels live in projectstore_*.cpp.

ProjectStore::ProjectStore(const QString &path, OpenMode mode)
    : m_path(path), m_connection(QStringLiteral("micro-") + QUuid::createUuid().toString(QUuid::Id128))
{
    const QFileInfo info(path);
    if (!info.exists() && mode == OpenMode::MustExist) throw MicroError(ErrorCode::FileNotFound, path);
    if (info.exists() && info.isDir()) throw MicroError(ErrorCode::NotAProject, path, QStringLiteral("is a folder"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    try {
        if (!m_db.open()) throw sql::errorFor(path, m_db.lastError());
        // Wait for another process's write lock instead of failing (writes nothing).
        sql::exec(m_db, QStringLiteral("PRAGMA busy_timeout = 10000"));
        // A non-SQLite file fails here ("file is not a database").
        QSqlQuery probe(m_db);
        // A read-only folder or a full disk fails here too, and says so (not "not a project").
        if (!probe.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            throw sql::errorFor(path, probe.lastError());
        QStringList tables;
        while (probe.next())
            tables << probe.value(0).toString();
        // An empty (0-byte) file is only made a project on purpose, never by reading it.
        if (tables.isEmpty() && mode == OpenMode::MustExist)
            throw MicroError(ErrorCode::NotAProject, path, QStringLiteral("an empty file"));
        if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version")))
            throw MicroError(ErrorCode::NotAProject, path,
                             QStringLiteral("an SQLite file without MiCRo Studio's tables"));
        // Refuse a newer file before anything (even the journal mode) is written to it.
        const int version = tables.isEmpty() ? 0 : schemaVersion();
        if (version > currentSchemaVersion())
            throw MicroError(ErrorCode::NewerSchema, path,
                             QStringLiteral("%1 > %2").arg(version).arg(currentSchemaVersion()));
        sql::exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        migrate();
        markOrphanedRuns();
        removeAbandonedDatasets();
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        throw;
    }
}

ProjectStore::~ProjectStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void ProjectStore::setBusyTimeout(int milliseconds)
{
    sql::exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, milliseconds)));
}

int ProjectStore::schemaVersion()
{
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")))
        sql::fail(m_db, probe.lastError());
    if (!probe.next()) return 0; // a new, empty file
    // Any failure here (a lock held too long, damage) is an error, not "version 0".
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT version FROM schema_version"));
    if (!q.next()) throw MicroError(ErrorCode::BadFormat, m_path, QStringLiteral("schema_version is empty"));
    return q.value(0).toInt();
}

void ProjectStore::migrate()
{
    if (schemaVersion() == currentSchemaVersion()) return;
    for (const Migration &m : migrations()) {
        sql::Transaction tx(m_db);
        // Read inside the write transaction: another process may have migrated meanwhile.
        const int version = schemaVersion();
        if (version > currentSchemaVersion())
            throw MicroError(ErrorCode::NewerSchema, m_path,
                             QStringLiteral("%1 > %2").arg(version).arg(currentSchemaVersion()));
        if (m.toVersion <= version) continue;
        for (const QString &statement : m.statements)
            sql::exec(m_db, statement);
        sql::exec(m_db, QStringLiteral("UPDATE schema_version SET version = ?"), {m.toVersion});
        tx.commit();
    }
}

void ProjectStore::markOrphanedRuns()
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id, owner_pid FROM runs WHERE status = 'running'"));
    QList<qint64> orphans;
    while (q.next())
        if (!processAlive(q.value(1).toLongLong())) orphans << q.value(0).toLongLong();
    for (qint64 id : orphans)
        sql::exec(m_db, QStringLiteral("UPDATE runs SET status = 'interrupted' WHERE id = ?"), {id});
}

} // namespace micro::core
