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

// ProjectStore: labels given under a context, and the guidelines for labelling.

void ProjectStore::checkLabel(const Label &l)
{
    if (l.annotator.trimmed().isEmpty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("annotator"), QStringLiteral("must not be empty"));
    QSqlQuery n = sql::exec(m_db, QStringLiteral("SELECT n FROM datasets WHERE id = ?"), {l.datasetId});
    if (!n.next()) throw MicroError(ErrorCode::UnknownDataset, QString::number(l.datasetId));
    if (l.row < 0 || l.row >= n.value(0).toInt())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("row"),
                         QStringLiteral("%1 is outside the dataset's %2 rows").arg(l.row).arg(n.value(0).toInt()));
}

qint64 ProjectStore::insertLabel(const Label &l)
{
    QSqlQuery q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO labels (dataset_id, row_index, annotator, context, choice, "
                                 "left_is_chosen, seconds, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {l.datasetId, l.row, l.annotator, l.context, labelChoiceName(l.choice), l.leftIsChosen ? 1 : 0,
                   l.seconds, l.note, l.createdAt.isEmpty() ? now() : l.createdAt});
    return q.lastInsertId().toLongLong();
}

qint64 ProjectStore::addLabel(const Label &l)
{
    checkLabel(l);
    sql::Transaction tx(m_db);
    const qint64 id = insertLabel(l);
    tx.commit();
    return id;
}

int ProjectStore::addLabels(const std::vector<Label> &labels)
{
    for (const Label &l : labels)
        checkLabel(l);
    sql::Transaction tx(m_db);
    int added = 0;
    for (const Label &l : labels) {
        // The same decision imported twice is one decision (a re-import must not double it).
        // Without a time (hand-written files) the same row, annotator, context and choice is
        // the repeat.
        QSqlQuery same = sql::exec(
            m_db,
            QStringLiteral("SELECT 1 FROM labels WHERE dataset_id = ? AND row_index = ? AND "
                           "annotator = ? AND context = ? AND choice = ? AND (COALESCE(?, '') = '' OR created_at = ?)"),
            {l.datasetId, l.row, l.annotator, l.context, labelChoiceName(l.choice), l.createdAt, l.createdAt});
        if (same.next()) continue;
        insertLabel(l);
        ++added;
    }
    tx.commit();
    return added;
}

void ProjectStore::deleteLabel(qint64 labelId)
{
    sql::Transaction tx(m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM labels WHERE id = ?"), {labelId});
    tx.commit();
}

void ProjectStore::setLabelNote(qint64 labelId, const QString &note)
{
    sql::Transaction tx(m_db);
    sql::exec(m_db, QStringLiteral("UPDATE labels SET note = ? WHERE id = ?"), {note, labelId});
    tx.commit();
}

QString ProjectStore::guidelines(qint64 datasetId, const QString &context)
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT text FROM guidelines WHERE dataset_id = ? AND context = ?"),
                            {datasetId, context});
    return q.next() ? q.value(0).toString() : QString();
}

void ProjectStore::setGuidelines(qint64 datasetId, const QString &context, const QString &text)
{
    sql::Transaction tx(m_db);
    if (text.trimmed().isEmpty())
        sql::exec(m_db, QStringLiteral("DELETE FROM guidelines WHERE dataset_id = ? AND context = ?"),
                  {datasetId, context});
    else
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO guidelines (dataset_id, context, text, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (dataset_id, context) DO UPDATE SET text = excluded.text, "
                                 "updated_at = excluded.updated_at"),
                  {datasetId, context, text, now()});
    tx.commit();
}

std::vector<Label> ProjectStore::labels(qint64 datasetId)
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT id, row_index, annotator, context, choice, left_is_chosen, seconds, "
                                           "note, created_at FROM labels WHERE dataset_id = ? ORDER BY id"),
                            {datasetId});
    std::vector<Label> out;
    while (q.next()) {
        Label l;
        l.id = q.value(0).toLongLong();
        l.datasetId = datasetId;
        l.row = q.value(1).toInt();
        l.annotator = q.value(2).toString();
        l.context = q.value(3).toString();
        const auto choice = parseLabelChoice(q.value(4).toString());
        if (!choice)
            throw MicroError(ErrorCode::BadFormat, m_path,
                             QStringLiteral("label %1 has choice '%2'").arg(l.id).arg(q.value(4).toString()));
        l.choice = *choice;
        l.leftIsChosen = q.value(5).toInt() != 0;
        l.seconds = q.value(6).toDouble();
        l.note = q.value(7).toString();
        l.createdAt = q.value(8).toString();
        out.push_back(l);
    }
    return out;
}

} // namespace micro::core
