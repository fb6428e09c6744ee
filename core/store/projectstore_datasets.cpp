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

// ProjectStore: datasets (features in blocks, feature files on disk), splits and comparisons.

namespace {

// Rows [firstRow, endRow) of `m` (firstRow a multiple of kBlockRows; endRow < 0: to the end).
void writeMatrix(QSqlDatabase &db, qint64 datasetId, const QString &kind, const FeatureMatrix &m, int firstRow = 0,
                 int endRow = -1)
{
    if (m.cols == 0) return; // e.g. no prompt features: nothing to store, the shape is in the dataset row
    const int end = endRow < 0 ? m.rows : std::min(endRow, m.rows);
    for (int begin = firstRow, block = firstRow / kBlockRows; begin < end; begin += kBlockRows, ++block) {
        const int rows = std::min(kBlockRows, m.rows - begin);
        sql::exec(db,
                  QStringLiteral("INSERT INTO feature_blocks (dataset_id, kind, block_index, "
                                 "row_begin, rows, cols, data) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {datasetId, kind, block, begin, rows, m.cols,
                   toBlob(m.row(begin), std::size_t(rows) * std::size_t(m.cols))});
    }
}

FeatureMatrix readMatrix(QSqlDatabase &db, qint64 datasetId, const QString &kind, int rows, int cols)
{
    FeatureMatrix m(rows, cols);
    if (cols == 0) return m;
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT row_begin, rows, cols, data FROM feature_blocks "
                                           "WHERE dataset_id = ? AND kind = ? ORDER BY block_index"),
                            {datasetId, kind});
    int covered = 0;
    while (q.next()) {
        const int begin = q.value(0).toInt(), n = q.value(1).toInt(), c = q.value(2).toInt();
        const QByteArray blob = q.value(3).toByteArray();
        // Blocks must tile the rows in order: anything else is a damaged file, and trusting
        // its offsets would write outside the matrix.
        if (c != cols || n <= 0 || begin != covered || begin + n > rows ||
            blob.size() != qsizetype(n) * c * qsizetype(sizeof(float)))
            throw MicroError(ErrorCode::BadFormat, db.databaseName(),
                             QStringLiteral("feature block of %1 at row %2 is damaged").arg(kind).arg(begin));
        std::memcpy(m.row(begin), blob.constData(), std::size_t(blob.size()));
        covered += n;
    }
    if (covered != rows)
        throw MicroError(ErrorCode::BadFormat, db.databaseName(),
                         QStringLiteral("%1 has %2 of %3 rows").arg(kind).arg(covered).arg(rows));
    return m;
}

void writeSparse(QSqlDatabase &db, qint64 datasetId, const QString &kind, const SparseMatrix &m, int firstRow = 0,
                 int endRow = -1)
{
    const int end = endRow < 0 ? m.rows : std::min(endRow, m.rows);
    for (int begin = firstRow, block = firstRow / kBlockRows; begin < end; begin += kBlockRows, ++block) {
        const int rows = std::min(kBlockRows, m.rows - begin);
        const qint64 first = m.rowStart[std::size_t(begin)], last = m.rowStart[std::size_t(begin + rows)];
        std::vector<qint64> starts(std::size_t(rows) + 1);
        for (int i = 0; i <= rows; ++i)
            starts[std::size_t(i)] = m.rowStart[std::size_t(begin + i)] - first; // block-relative
        sql::exec(db,
                  QStringLiteral("INSERT INTO sparse_blocks (dataset_id, kind, block_index, row_begin, "
                                 "rows, cols, row_start, columns, vals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {datasetId, kind, block, begin, rows, m.cols, toBlob(starts.data(), starts.size()),
                   toBlob(m.index.data() + first, std::size_t(last - first)),
                   toBlob(m.values.data() + first, std::size_t(last - first))});
    }
}

SparseMatrix readSparse(QSqlDatabase &db, qint64 datasetId, const QString &kind, int rows, int cols)
{
    SparseMatrix m;
    m.cols = cols;
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT row_begin, rows, cols, row_start, columns, vals FROM "
                                           "sparse_blocks WHERE dataset_id = ? AND kind = ? ORDER BY block_index"),
                            {datasetId, kind});
    while (q.next()) {
        const int begin = q.value(0).toInt(), n = q.value(1).toInt(), c = q.value(2).toInt();
        const std::vector<qint64> starts = fromBlob<qint64>(q.value(3).toByteArray());
        const QByteArray columns = q.value(4).toByteArray(), vals = q.value(5).toByteArray();
        const qint64 nnz = starts.empty() ? -1 : starts.back();
        if (c != cols || n <= 0 || begin != m.rows || begin + n > rows || int(starts.size()) != n + 1 ||
            starts.front() != 0 || columns.size() != nnz * qint64(sizeof(int)) ||
            vals.size() != nnz * qint64(sizeof(float)))
            throw MicroError(ErrorCode::BadFormat, db.databaseName(),
                             QStringLiteral("sparse block of %1 at row %2 is damaged").arg(kind).arg(begin));
        const qint64 offset = qint64(m.index.size());
        const std::vector<int> idx = fromBlob<int>(columns);
        const std::vector<float> val = fromBlob<float>(vals);
        m.index.insert(m.index.end(), idx.begin(), idx.end());
        m.values.insert(m.values.end(), val.begin(), val.end());
        for (int i = 1; i <= n; ++i)
            m.rowStart.push_back(offset + starts[std::size_t(i)]);
        m.rows += n;
    }
    if (m.rows != rows)
        throw MicroError(ErrorCode::BadFormat, db.databaseName(),
                         QStringLiteral("%1 has %2 of %3 rows").arg(kind).arg(m.rows).arg(rows));
    return m;
}

FeatureMatrix readSmallMatrix(QSqlDatabase &db, qint64 datasetId, const QString &kind)
{
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT SUM(rows), MAX(cols) FROM feature_blocks WHERE "
                                           "dataset_id = ? AND kind = ?"),
                            {datasetId, kind});
    q.next();
    return readMatrix(db, datasetId, kind, q.value(0).toInt(), q.value(1).toInt());
}

} // namespace

namespace {

void writeComparisons(QSqlDatabase &db, qint64 id, const Dataset &ds, int begin, int end)
{
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO comparisons (dataset_id, row_index, ext_id, prompt, "
                               "chosen, rejected, context, known_group, split) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = begin; i < end; ++i) {
        const Comparison &c = ds.comparisons[std::size_t(i)];
        row.bindValue(0, id);
        row.bindValue(1, i);
        row.bindValue(2, c.id);
        row.bindValue(3, c.prompt.isEmpty() ? QVariant() : QVariant(c.prompt));
        row.bindValue(4, c.chosen.isEmpty() ? QVariant() : QVariant(c.chosen));
        row.bindValue(5, c.rejected.isEmpty() ? QVariant() : QVariant(c.rejected));
        row.bindValue(6, c.context.isEmpty() ? QVariant() : QVariant(c.context));
        row.bindValue(7, c.knownGroup.isEmpty() ? QVariant() : QVariant(c.knownGroup));
        row.bindValue(8, ds.split.empty() ? QVariant() : QVariant(int(ds.split[std::size_t(i)])));
        if (!row.exec()) sql::fail(db, row.lastError());
    }
}

// Rows [begin, end) with their features (begin a multiple of kBlockRows).
void writeRows(QSqlDatabase &db, qint64 id, const Dataset &ds, int begin, int end)
{
    writeComparisons(db, id, ds, begin, end);
    if (ds.isSparse()) {
        writeSparse(db, id, QStringLiteral("diff"), ds.diffSparse, begin, end);
        writeSparse(db, id, QStringLiteral("router"), ds.routerSparse, begin, end);
    } else {
        writeMatrix(db, id, QStringLiteral("diff"), ds.diff, begin, end);
        writeMatrix(db, id, QStringLiteral("router"), ds.router, begin, end);
    }
}

void writeTruthAndEmbeddings(QSqlDatabase &db, qint64 id, const Dataset &ds,
                             const EmbeddingCache::Entries &newEmbeddings)
{
    if (ds.truth) {
        writeMatrix(db, id, QStringLiteral("truth_heads"), ds.truth->heads);
        writeMatrix(db, id, QStringLiteral("truth_router"), ds.truth->router);
    }
    if (newEmbeddings.empty()) return;
    QSqlQuery put(db);
    put.prepare(QStringLiteral("INSERT OR IGNORE INTO text_embeddings (model, text_hash, vector) VALUES (?, ?, ?)"));
    for (const EmbeddingCache::Entry &e : newEmbeddings) {
        put.bindValue(0, e.model);
        put.bindValue(1, e.hash);
        put.bindValue(2, EmbeddingCache::toHalfBlob(e.vector));
        if (!put.exec()) sql::fail(db, put.lastError());
    }
}

} // namespace

void ProjectStore::setStoreStepRows(int rows)
{
    m_storeStepRows = std::max(1, (rows + kBlockRows - 1) / kBlockRows) * kBlockRows;
}

qint64 ProjectStore::saveDataset(const Dataset &ds, const EmbeddingCache::Entries &newEmbeddings,
                                 const std::function<void(double)> &progress)
{
    checkUserName(ds.name, QStringLiteral("name"));
    ds.validate();
    QJsonObject meta;
    if (ds.truth) {
        meta.insert(QStringLiteral("label_noise"), ds.truth->labelNoise);
        if (!ds.truth->contextOrder.isEmpty())
            meta.insert(QStringLiteral("context_order"), QJsonArray::fromStringList(ds.truth->contextOrder));
    }
    if (!ds.features.isEmpty()) meta.insert(QStringLiteral("features"), ds.features);
    if (ds.isSparse()) meta.insert(QStringLiteral("sparse"), true);
    if (!ds.provenance.isEmpty()) meta.insert(QStringLiteral("provenance"), ds.provenance);
    const int n = ds.size();
    // A large dataset commits in steps, so the write lock is never held for long (a 4M-row
    // store held it 14.5 s and another process's training run failed on "database is
    // locked"). Until the last step it is marked incomplete and invisible to readers; a
    // failure removes it, and one left by a killed process is removed at the next open.
    const bool inSteps = n > m_storeStepRows;
    QJsonObject stored = meta;
    if (inSteps) stored.insert(kIncompleteKey, double(QCoreApplication::applicationPid()));
    qint64 id = 0;
    {
        sql::Transaction tx(m_db);
        QSqlQuery exists = sql::exec(m_db, QStringLiteral("SELECT 1 FROM datasets WHERE name = ?"), {ds.name});
        if (exists.next()) throw MicroError(ErrorCode::DuplicateName, ds.name);
        QSqlQuery ins = sql::exec(m_db,
                                  QStringLiteral("INSERT INTO datasets (name, source, created_at, n, "
                                                 "head_dim, router_dim, meta_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {ds.name, ds.source, now(), n, ds.headDim(), ds.routerDim(), toJsonText(stored)});
        id = ins.lastInsertId().toLongLong();
        if (!inSteps) {
            writeRows(m_db, id, ds, 0, n);
            writeTruthAndEmbeddings(m_db, id, ds, newEmbeddings);
            tx.commit();
            if (progress) progress(1.0);
            return id;
        }
        tx.commit();
    }
    try {
        for (int begin = 0; begin < n; begin += m_storeStepRows) {
            sql::Transaction tx(m_db);
            writeRows(m_db, id, ds, begin, std::min(n, begin + m_storeStepRows));
            tx.commit();
            if (progress) progress(double(std::min(n, begin + m_storeStepRows)) / n);
        }
        sql::Transaction tx(m_db);
        writeTruthAndEmbeddings(m_db, id, ds, newEmbeddings);
        sql::exec(m_db, QStringLiteral("UPDATE datasets SET meta_json = ? WHERE id = ?"), {toJsonText(meta), id});
        tx.commit();
    } catch (...) {
        try {
            removeDatasetInSteps(id);
        } catch (const MicroError &) {
            // e.g. the disk is still full: the next open removes it (its owner is gone)
        }
        throw;
    }
    return id;
}

void ProjectStore::removeDatasetInSteps(qint64 id)
{
    // Rows go in slices so the lock is again held briefly; the dataset row (and what
    // cascades from it) last.
    for (;;) {
        sql::Transaction tx(m_db);
        QSqlQuery del = sql::exec(m_db,
                                  QStringLiteral("DELETE FROM comparisons WHERE rowid IN (SELECT rowid FROM "
                                                 "comparisons WHERE dataset_id = ? LIMIT ?)"),
                                  {id, m_storeStepRows});
        const int removed = del.numRowsAffected();
        tx.commit();
        if (removed <= 0) break;
    }
    sql::Transaction tx(m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM datasets WHERE id = ?"), {id});
    tx.commit();
}

void ProjectStore::removeAbandonedDatasets()
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id, meta_json FROM datasets WHERE meta_json LIKE "
                                                 "'%\"incomplete_owner_pid\"%'"));
    QList<qint64> abandoned;
    while (q.next()) {
        const qint64 owner = qint64(fromJsonText(q.value(1).toString()).value(kIncompleteKey).toDouble());
        if (!processAlive(owner)) abandoned << q.value(0).toLongLong();
    }
    for (qint64 id : abandoned)
        removeDatasetInSteps(id);
}

void ProjectStore::loadCachedEmbeddings(EmbeddingCache &cache, const std::vector<QByteArray> &hashes)
{
    QSqlQuery get(m_db);
    get.prepare(QStringLiteral("SELECT vector FROM text_embeddings WHERE model = ? AND text_hash = ?"));
    for (const QByteArray &hash : hashes) {
        get.bindValue(0, cache.model());
        get.bindValue(1, hash);
        if (!get.exec()) sql::fail(m_db, get.lastError());
        if (get.next()) cache.remember(hash, EmbeddingCache::fromHalfBlob(get.value(0).toByteArray()));
        get.finish();
    }
}

qint64 ProjectStore::cachedEmbeddingCount(const QString &model)
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM text_embeddings WHERE model = ?"), {model});
    return q.next() ? q.value(0).toLongLong() : 0;
}

static DatasetInfo datasetFromQuery(const QSqlQuery &q)
{
    DatasetInfo d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.source = q.value(2).toString();
    d.createdAt = q.value(3).toString();
    d.n = q.value(4).toInt();
    d.headDim = q.value(5).toInt();
    d.routerDim = q.value(6).toInt();
    d.meta = fromJsonText(q.value(7).toString());
    return d;
}

// A dataset stored in steps is marked in its meta (kIncompleteKey) until the last step
// commits; other connections see it only then (the marker's text is matched: no JSON1).
static const QString kFeatureFileKey = QStringLiteral("feature_file");

static const QString kDatasetColumns =
    QStringLiteral("SELECT id, name, source, created_at, n, head_dim, router_dim, meta_json FROM datasets WHERE "
                   "(meta_json IS NULL OR meta_json NOT LIKE '%\"incomplete_owner_pid\"%')");

QList<DatasetInfo> ProjectStore::datasets()
{
    QSqlQuery q = sql::exec(m_db, kDatasetColumns + QStringLiteral(" ORDER BY id"));
    QList<DatasetInfo> out;
    while (q.next())
        out << datasetFromQuery(q);
    return out;
}

QList<DatasetOverview> ProjectStore::datasetOverviews()
{
    QList<DatasetOverview> out;
    QMap<qint64, qsizetype> at;
    for (const DatasetInfo &info : datasets()) {
        at.insert(info.id, out.size());
        out.push_back(DatasetOverview{info});
        // A feature file has no stored comparisons: every row is unsplit (a random split).
        if (info.meta.contains(kFeatureFileKey)) out.back().unsplit = info.n;
    }
    QSqlQuery parts = sql::exec(
        m_db, QStringLiteral("SELECT dataset_id, split, COUNT(*) FROM comparisons GROUP BY dataset_id, split"));
    while (parts.next()) {
        if (!at.contains(parts.value(0).toLongLong())) continue;
        DatasetOverview &o = out[at.value(parts.value(0).toLongLong())];
        const int count = parts.value(2).toInt();
        if (parts.value(1).isNull())
            o.unsplit += count;
        else if (parts.value(1).toInt() == int(SplitPart::Validation))
            o.validation += count;
        else if (parts.value(1).toInt() == int(SplitPart::Test))
            o.test += count;
        else
            o.train += count;
    }
    QSqlQuery kinds = sql::exec(m_db, QStringLiteral("SELECT dataset_id, COUNT(DISTINCT NULLIF(context, '')), "
                                                     "COUNT(DISTINCT NULLIF(known_group, '')) FROM comparisons "
                                                     "GROUP BY dataset_id"));
    while (kinds.next()) {
        if (!at.contains(kinds.value(0).toLongLong())) continue;
        DatasetOverview &o = out[at.value(kinds.value(0).toLongLong())];
        o.contexts = kinds.value(1).toInt();
        o.knownGroups = kinds.value(2).toInt();
    }
    QSqlQuery runs = sql::exec(m_db, QStringLiteral("SELECT dataset_id, COUNT(*) FROM runs GROUP BY dataset_id"));
    while (runs.next())
        if (at.contains(runs.value(0).toLongLong()))
            out[at.value(runs.value(0).toLongLong())].runs = runs.value(1).toInt();
    return out;
}

DatasetInfo ProjectStore::datasetInfo(const QString &name)
{
    QSqlQuery q = sql::exec(m_db, kDatasetColumns + QStringLiteral(" AND name = ?"), {name});
    if (!q.next()) throw MicroError(ErrorCode::UnknownDataset, name);
    return datasetFromQuery(q);
}

Dataset ProjectStore::loadDataset(const QString &name)
{
    return loadDataset(datasetInfo(name).id);
}

namespace {

// A file dataset's features, read whole when they fit the memory limit.
void loadFileFeatures(const DatasetInfo &info, const QString &path, Dataset *ds)
{
    const MappedFeatureFile file(path);
    if (file.rows() != info.n || file.diffCols() != info.headDim || file.routerCols() != info.routerDim)
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("the file now holds %1 rows of %2 + %3 columns; dataset %4 was added with "
                                        "%5 rows of %6 + %7")
                             .arg(file.rows())
                             .arg(file.diffCols())
                             .arg(file.routerCols())
                             .arg(info.name)
                             .arg(info.n)
                             .arg(info.headDim)
                             .arg(info.routerDim));
    const qint64 bytes = qint64(file.rows()) * (file.diffCols() + file.routerCols()) * qint64(sizeof(float));
    if (bytes > ProjectStore::fileDatasetMemoryLimit())
        throw MicroError(ErrorCode::OnDiskOnly, info.name,
                         QStringLiteral("%1, %2 MB as float32").arg(path).arg(bytes >> 20));
    ds->diff = FeatureMatrix(file.rows(), file.diffCols());
    ds->router = FeatureMatrix(file.rows(), file.routerCols());
    file.readRows(0, file.rows(), ds->diff, ds->router);
    file.release(0, file.rows());
    // Rows are named by number, as for .npy data, so every analysis can index them.
    ds->comparisons.resize(std::size_t(file.rows()));
    for (int i = 0; i < file.rows(); ++i)
        ds->comparisons[std::size_t(i)].id = QString::number(i);
    ds->provenance = info.meta.value(QStringLiteral("provenance")).toObject();
}

} // namespace

qint64 ProjectStore::fileDatasetMemoryLimit()
{
    return qint64(1) << 31; // 2 GiB
}

QString ProjectStore::featureFilePath(qint64 datasetId)
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT meta_json FROM datasets WHERE id = ?"), {datasetId});
    if (!q.next()) throw MicroError(ErrorCode::UnknownDataset, QString::number(datasetId));
    const QJsonObject meta = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QString stored = meta.value(kFeatureFileKey).toObject().value(QStringLiteral("path")).toString();
    if (stored.isEmpty()) return {};
    return QDir(QFileInfo(m_path).absolutePath()).absoluteFilePath(stored);
}

qint64 ProjectStore::addFileDataset(const QString &name, const QString &featureFile, const QJsonObject &provenance)
{
    checkUserName(name, QStringLiteral("name"));
    const MappedFeatureFile file(featureFile); // the header and size are checked here
    const QDir projectDir(QFileInfo(m_path).absolutePath());
    const QString absolute = QFileInfo(featureFile).absoluteFilePath();
    const QString relative = projectDir.relativeFilePath(absolute);
    QJsonObject meta{{kFeatureFileKey, QJsonObject{{QStringLiteral("path"),
                                                    relative.startsWith(QLatin1String("../")) ? absolute : relative},
                                                   {QStringLiteral("type"), storedFloatName(file.type())},
                                                   {QStringLiteral("bytes"), double(file.bytes())}}}};
    if (!provenance.isEmpty()) meta.insert(QStringLiteral("provenance"), provenance);
    sql::Transaction tx(m_db);
    QSqlQuery exists = sql::exec(m_db, QStringLiteral("SELECT 1 FROM datasets WHERE name = ?"), {name});
    if (exists.next()) throw MicroError(ErrorCode::DuplicateName, name);
    QSqlQuery ins = sql::exec(m_db,
                              QStringLiteral("INSERT INTO datasets (name, source, created_at, n, head_dim, router_dim, "
                                             "meta_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {name, QStringLiteral("file:") + absolute, now(), file.rows(), file.diffCols(),
                               file.routerCols(), toJsonText(meta)});
    const qint64 id = ins.lastInsertId().toLongLong();
    tx.commit();
    return id;
}

Dataset ProjectStore::loadDataset(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, kDatasetColumns + QStringLiteral(" AND id = ?"), {id});
    if (!q.next()) throw MicroError(ErrorCode::UnknownDataset, QString::number(id));
    const DatasetInfo info = datasetFromQuery(q);
    if (info.n < 0 || info.headDim < 1 || info.routerDim < 0)
        throw MicroError(ErrorCode::BadFormat, m_path,
                         QStringLiteral("dataset %1 has an impossible shape").arg(info.name));
    Dataset ds;
    ds.name = info.name;
    ds.source = info.source;
    if (info.meta.contains(kFeatureFileKey)) {
        loadFileFeatures(info, featureFilePath(id), &ds);
        return ds;
    }
    ds.comparisons = comparisons(id);
    ds.features = info.meta.value(QStringLiteral("features")).toObject();
    ds.provenance = info.meta.value(QStringLiteral("provenance")).toObject();
    ds.split = split(id);
    if (info.meta.value(QStringLiteral("sparse")).toBool()) {
        ds.diffSparse = readSparse(m_db, id, QStringLiteral("diff"), info.n, info.headDim);
        ds.routerSparse = readSparse(m_db, id, QStringLiteral("router"), info.n, info.routerDim);
        ds.validate(); // offsets and columns are checked before anything indexes with them
    } else {
        ds.diff = readMatrix(m_db, id, QStringLiteral("diff"), info.n, info.headDim);
        ds.router = readMatrix(m_db, id, QStringLiteral("router"), info.n, info.routerDim);
    }
    FeatureMatrix heads = readSmallMatrix(m_db, id, QStringLiteral("truth_heads"));
    if (!heads.isEmpty()) {
        SyntheticTruth truth;
        truth.heads = std::move(heads);
        truth.router = readSmallMatrix(m_db, id, QStringLiteral("truth_router"));
        truth.labelNoise = info.meta.value(QStringLiteral("label_noise")).toDouble();
        for (const QJsonValue &v : info.meta.value(QStringLiteral("context_order")).toArray())
            truth.contextOrder << v.toString();
        ds.truth = std::move(truth);
    }
    return ds;
}

std::vector<SplitPart> ProjectStore::split(qint64 datasetId)
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT row_index, split FROM comparisons WHERE dataset_id = ? "
                                           "AND split IS NOT NULL ORDER BY row_index"),
                            {datasetId});
    std::vector<SplitPart> out;
    int expected = 0;
    while (q.next()) {
        const int part = q.value(1).toInt();
        if (q.value(0).toInt() != expected++ || part < 0 || part > 2)
            throw MicroError(ErrorCode::BadFormat, m_path,
                             QStringLiteral("dataset %1: split damaged at row %2").arg(datasetId).arg(expected));
        out.push_back(SplitPart(part));
    }
    return out;
}

std::vector<Comparison> ProjectStore::comparisons(qint64 datasetId)
{
    QSqlQuery n = sql::exec(m_db, QStringLiteral("SELECT n FROM datasets WHERE id = ?"), {datasetId});
    if (!n.next()) throw MicroError(ErrorCode::UnknownDataset, QString::number(datasetId));
    const int count = n.value(0).toInt();
    if (count < 0)
        throw MicroError(ErrorCode::BadFormat, m_path,
                         QStringLiteral("dataset %1 has an impossible size").arg(datasetId));
    std::vector<Comparison> out(static_cast<std::size_t>(count));
    QSqlQuery rows = sql::exec(m_db,
                               QStringLiteral("SELECT row_index, ext_id, prompt, chosen, rejected, "
                                              "context, known_group FROM comparisons WHERE dataset_id = ?"),
                               {datasetId});
    while (rows.next()) {
        const int i = rows.value(0).toInt();
        if (i < 0 || i >= count) continue;
        Comparison &c = out[std::size_t(i)];
        c.id = rows.value(1).toString();
        c.prompt = rows.value(2).toString();
        c.chosen = rows.value(3).toString();
        c.rejected = rows.value(4).toString();
        c.context = rows.value(5).toString();
        c.knownGroup = rows.value(6).toString();
    }
    return out;
}

void ProjectStore::deleteDataset(const QString &name)
{
    const DatasetInfo info = datasetInfo(name);
    sql::Transaction tx(m_db);
    QSqlQuery used = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE dataset_id = ?"), {info.id});
    used.next();
    if (used.value(0).toInt() > 0)
        throw MicroError(ErrorCode::InvalidOption, name, QStringLiteral("runs use this dataset"));
    sql::exec(m_db, QStringLiteral("DELETE FROM datasets WHERE id = ?"), {info.id});
    tx.commit();
}

} // namespace micro::core
