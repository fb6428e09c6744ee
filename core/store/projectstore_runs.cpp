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

// ProjectStore: runs, their epochs and parameters, stored analyses, routing histories.

namespace {

RunInfo runFromQuery(const QSqlQuery &q)
{
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.datasetId = q.value(1).toLongLong();
    r.parentRunId = q.value(2).toLongLong();
    r.model = q.value(3).toString();
    r.k = q.value(4).toInt();
    r.config = Stage1Config::fromJson(fromJsonText(q.value(5).toString()));
    r.status = q.value(6).toString();
    r.startedAt = q.value(7).toString();
    r.finishedAt = q.value(8).toString();
    r.elapsedSeconds = q.value(9).toDouble();
    r.metrics = fromJsonText(q.value(10).toString());
    r.name = q.value(11).toString();
    r.tags = q.value(12).toString();
    r.datasetName = q.value(13).toString();
    r.configJson = fromJsonText(q.value(5).toString());
    return r;
}

const QString kRunColumns =
    QStringLiteral("SELECT r.id, r.dataset_id, r.parent_run_id, r.model, r.k, r.config_json, r.status, "
                   "r.started_at, r.finished_at, r.elapsed_s, r.metrics_json, r.name, r.tags, d.name FROM runs r "
                   "JOIN datasets d ON d.id = r.dataset_id");

} // namespace

namespace {

bool isLockError(const MicroError &e)
{
    const QString &detail = e.error().detail;
    return e.error().code == ErrorCode::Busy ||
           (e.error().code == ErrorCode::Database && (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
                                                      detail.contains(QLatin1String("busy"), Qt::CaseInsensitive)));
}

// Runs `write` (one transaction or statement) again while another process holds the write
// lock, up to `patienceMs` in all; other errors, and the last lock error, propagate.
template <class Write> auto retryWhileLocked(int patienceMs, Write &&write)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            return write();
        } catch (const MicroError &e) {
            if (!isLockError(e) || waited.elapsed() >= patienceMs) throw;
        }
        QThread::msleep(200);
    }
}

} // namespace

qint64 ProjectStore::createRun(qint64 datasetId, const Stage1Config &config, qint64 parentRunId, const QString &name)
{
    return createRun(datasetId, modelKindName(config.model), config.effectiveK(), config.toJson(), config.seed,
                     parentRunId, name);
}

qint64 ProjectStore::createRun(qint64 datasetId, const QString &model, int k, const QJsonObject &config, quint64 seed,
                               qint64 parentRunId, const QString &name)
{
    checkUserName(name, QStringLiteral("name"));
    return retryWhileLocked(m_lockPatienceMs, [&]() -> qint64 {
        sql::Transaction tx(m_db);
        QSqlQuery last =
            sql::exec(m_db, QStringLiteral("SELECT MAX((SELECT COALESCE(MAX(last_issued), 0) FROM run_ids), "
                                           "(SELECT COALESCE(MAX(id), 0) FROM runs))"));
        const qint64 id = last.next() ? last.value(0).toLongLong() + 1 : 1;
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO runs (id, dataset_id, parent_run_id, model, k, config_json, seed, "
                                 "status, started_at, owner_pid) VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)"),
                  {id, datasetId, parentRunId > 0 ? QVariant(parentRunId) : QVariant(), model, k, toJsonText(config),
                   QString::number(seed), now(), QCoreApplication::applicationPid()});
        sql::exec(m_db, QStringLiteral("UPDATE run_ids SET last_issued = ?"), {id});
        const QString label = name.isEmpty() ? QStringLiteral("%1 K=%2 #%3").arg(model).arg(k).arg(id) : name;
        sql::exec(m_db, QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"), {label, id});
        tx.commit();
        return id;
    });
}

void ProjectStore::appendEpoch(qint64 runId, const EpochMetrics &e)
{
    retryWhileLocked(m_lockPatienceMs, [&] {
        QJsonArray weights;
        for (double w : e.meanRouterWeight)
            weights.append(w);
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO epochs (run_id, epoch, train_loss, train_nll, val_nll, "
                                 "val_accuracy, router_mean_json, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {runId, e.epoch, e.trainLoss, e.trainNll, e.valNll, e.valAccuracy,
                   QString::fromUtf8(QJsonDocument(weights).toJson(QJsonDocument::Compact)), e.trainSeconds});
    });
}

void ProjectStore::finishRun(qint64 runId, const MixtureModel &model, const RowPredictions &all,
                             const QJsonObject &metrics, double elapsedSeconds, const QJsonObject &config)
{
    retryWhileLocked(m_lockPatienceMs, [&] {
        sql::Transaction tx(m_db);
        if (!config.isEmpty())
            sql::exec(m_db, QStringLiteral("UPDATE runs SET config_json = ? WHERE id = ?"),
                      {toJsonText(config), runId});
        sql::exec(m_db, QStringLiteral("INSERT INTO run_parameters (run_id, layout_json, data) VALUES (?, ?, ?)"),
                  {runId, toJsonText(model.layoutJson()), toBlob(model.parameters().data(), model.parameterCount())});
        const std::vector<int> hard = all.hardAssignments();
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO assignments (run_id, rows, k, hard, posterior) VALUES (?, ?, ?, ?, ?)"),
                  {runId, all.count(), model.k(), toBlob(hard.data(), hard.size()),
                   toBlob(all.posterior.values.data(), all.posterior.values.size())});
        sql::exec(m_db,
                  QStringLiteral("UPDATE runs SET status = 'finished', finished_at = ?, elapsed_s = ?, "
                                 "metrics_json = ? WHERE id = ?"),
                  {now(), elapsedSeconds, toJsonText(metrics), runId});
        tx.commit();
    });
}

void ProjectStore::deleteRun(qint64 runId)
{
    sql::Transaction tx(m_db);
    // Children of a deleted run keep existing but lose the link.
    sql::exec(m_db, QStringLiteral("UPDATE runs SET parent_run_id = NULL WHERE parent_run_id = ?"), {runId});
    sql::exec(m_db, QStringLiteral("DELETE FROM epochs WHERE run_id = ?"), {runId});
    sql::exec(m_db, QStringLiteral("DELETE FROM run_parameters WHERE run_id = ?"), {runId});
    sql::exec(m_db, QStringLiteral("DELETE FROM assignments WHERE run_id = ?"), {runId});
    sql::exec(m_db, QStringLiteral("DELETE FROM runs WHERE id = ?"), {runId});
    tx.commit();
}

void ProjectStore::renameRun(qint64 runId, const QString &name)
{
    checkUserName(name, QStringLiteral("name"));
    run(runId); // UnknownRun when absent
    sql::exec(m_db, QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"), {name, runId});
}

void ProjectStore::setRunTags(qint64 runId, const QString &tags)
{
    checkUserName(tags, QStringLiteral("tags"));
    run(runId); // UnknownRun when absent
    sql::exec(m_db, QStringLiteral("UPDATE runs SET tags = ? WHERE id = ?"), {tags, runId});
}

QList<RunInfo> ProjectStore::runs()
{
    QSqlQuery q = sql::exec(m_db, kRunColumns + QStringLiteral(" ORDER BY r.id"));
    QList<RunInfo> out;
    while (q.next())
        out << runFromQuery(q);
    return out;
}

RunInfo ProjectStore::run(qint64 runId)
{
    QSqlQuery q = sql::exec(m_db, kRunColumns + QStringLiteral(" WHERE r.id = ?"), {runId});
    if (!q.next()) throw MicroError(ErrorCode::UnknownRun, QString::number(runId));
    return runFromQuery(q);
}

std::vector<EpochMetrics> ProjectStore::epochs(qint64 runId)
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT epoch, train_loss, val_nll, val_accuracy, "
                                           "router_mean_json, seconds, train_nll FROM epochs "
                                           "WHERE run_id = ? ORDER BY epoch"),
                            {runId});
    std::vector<EpochMetrics> out;
    while (q.next()) {
        EpochMetrics e;
        e.epoch = q.value(0).toInt();
        e.trainLoss = q.value(1).toDouble();
        e.valNll = q.value(2).toDouble();
        e.valAccuracy = q.value(3).toDouble();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            e.meanRouterWeight.push_back(v.toDouble());
        e.trainSeconds = q.value(5).toDouble();
        // Epochs migrated from version 1 have no training NLL: NaN, not a made-up zero.
        e.trainNll = q.value(6).isNull() ? std::nan("") : q.value(6).toDouble();
        out.push_back(std::move(e));
    }
    return out;
}

MixtureModel ProjectStore::parameters(qint64 runId)
{
    QSqlQuery q =
        sql::exec(m_db, QStringLiteral("SELECT layout_json, data FROM run_parameters WHERE run_id = ?"), {runId});
    if (!q.next())
        throw MicroError(ErrorCode::UnknownRun, QString::number(runId), QStringLiteral("no parameters stored"));
    return MixtureModel::fromLayout(fromJsonText(q.value(0).toString()), fromBlob<float>(q.value(1).toByteArray()));
}

static QList<StoredAnalysis> analyses(QSqlDatabase &db, const QString &table, const QString &owner, qint64 ownerId)
{
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT id, %1, created_at, config_json, result_json FROM %2 "
                                           "WHERE %1 = ? ORDER BY id")
                                .arg(owner, table),
                            {ownerId});
    QList<StoredAnalysis> out;
    while (q.next())
        out << StoredAnalysis{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              fromJsonText(q.value(3).toString()), fromJsonText(q.value(4).toString())};
    return out;
}

qint64 ProjectStore::saveModelSelection(qint64 datasetId, const QJsonObject &config, const QJsonObject &result)
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("INSERT INTO model_selections (dataset_id, created_at, config_json, "
                                           "result_json) VALUES (?, ?, ?, ?)"),
                            {datasetId, now(), toJsonText(config), toJsonText(result)});
    return q.lastInsertId().toLongLong();
}

QList<StoredAnalysis> ProjectStore::modelSelections(qint64 datasetId)
{
    return analyses(m_db, QStringLiteral("model_selections"), QStringLiteral("dataset_id"), datasetId);
}

qint64 ProjectStore::saveBudgetCurve(qint64 runId, const QJsonObject &config, const QJsonObject &result)
{
    run(runId); // UnknownRun when absent
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("INSERT INTO budget_curves (run_id, created_at, config_json, "
                                           "result_json) VALUES (?, ?, ?, ?)"),
                            {runId, now(), toJsonText(config), toJsonText(result)});
    return q.lastInsertId().toLongLong();
}

QList<StoredAnalysis> ProjectStore::budgetCurves(qint64 runId)
{
    return analyses(m_db, QStringLiteral("budget_curves"), QStringLiteral("run_id"), runId);
}

static QString doublesJson(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

static std::vector<double> doublesFromJson(const QString &text)
{
    std::vector<double> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.push_back(v.toDouble());
    return out;
}

void ProjectStore::saveRoutingHistory(qint64 runId, const QString &context, const std::vector<RoutingStep> &steps)
{
    sql::Transaction tx(m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM routing_history WHERE run_id = ? AND context = ?"), {runId, context});
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO routing_history (run_id, context, step, weights_json, losses_json, "
                               "mixture_loss, cumulative_mixture_loss, best_head, best_head_loss, regret) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RoutingStep &s : steps) {
        const QVariantList values{runId,
                                  context,
                                  s.step,
                                  doublesJson(s.weights),
                                  doublesJson(s.losses),
                                  s.mixtureLoss,
                                  s.cumulativeMixtureLoss,
                                  s.bestHead,
                                  s.bestHeadLoss,
                                  s.regret};
        for (int i = 0; i < values.size(); ++i)
            ins.bindValue(i, values[i]);
        if (!ins.exec()) sql::fail(m_db, ins.lastError());
    }
    tx.commit();
}

std::vector<RoutingStep> ProjectStore::routingHistory(qint64 runId, const QString &context)
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT step, weights_json, losses_json, mixture_loss, "
                                           "cumulative_mixture_loss, best_head, best_head_loss, regret FROM "
                                           "routing_history WHERE run_id = ? AND context = ? ORDER BY step"),
                            {runId, context});
    std::vector<RoutingStep> out;
    while (q.next()) {
        RoutingStep s;
        s.step = q.value(0).toInt();
        s.weights = doublesFromJson(q.value(1).toString());
        s.losses = doublesFromJson(q.value(2).toString());
        s.mixtureLoss = q.value(3).toDouble();
        s.cumulativeMixtureLoss = q.value(4).toDouble();
        s.bestHead = q.value(5).toInt();
        s.bestHeadLoss = q.value(6).toDouble();
        s.regret = q.value(7).toDouble();
        out.push_back(std::move(s));
    }
    return out;
}

QStringList ProjectStore::routingContexts(qint64 runId)
{
    QSqlQuery q = sql::exec(
        m_db, QStringLiteral("SELECT DISTINCT context FROM routing_history WHERE run_id = ? ORDER BY context"),
        {runId});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

StoredAssignments ProjectStore::assignments(qint64 runId)
{
    QSqlQuery q =
        sql::exec(m_db, QStringLiteral("SELECT rows, k, hard, posterior FROM assignments WHERE run_id = ?"), {runId});
    if (!q.next())
        throw MicroError(ErrorCode::UnknownRun, QString::number(runId), QStringLiteral("no assignments stored"));
    StoredAssignments a;
    const int rows = q.value(0).toInt(), k = q.value(1).toInt();
    a.hard = fromBlob<int>(q.value(2).toByteArray());
    a.posterior = FeatureMatrix(rows, k);
    const QByteArray post = q.value(3).toByteArray();
    if (a.hard.size() != std::size_t(rows) || post.size() != qsizetype(rows) * k * qsizetype(sizeof(float)))
        throw MicroError(ErrorCode::BadFormat, m_path, QStringLiteral("assignments of run %1 are damaged").arg(runId));
    std::memcpy(a.posterior.values.data(), post.constData(), std::size_t(post.size()));
    return a;
}

} // namespace micro::core
