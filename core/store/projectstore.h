#pragma once

#include "data/dataset.h"
#include "features/embeddingcache.h"
#include "labels/label.h"
#include "model/mixturemodel.h"
#include "model/prediction.h"
#include "model/stage1config.h"
#include "model/stage1fitter.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace micro::core {

struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString source;
    QString createdAt;
    int n = 0;
    int headDim = 0;
    int routerDim = 0;
    QJsonObject meta;
};

// A dataset with what a listing shows: rows per split part, contexts, known groups, runs.
struct DatasetOverview
{
    DatasetInfo info;
    int train = 0, validation = 0, test = 0, unsplit = 0; // unsplit: no stored split
    int contexts = 0;                                     // distinct non-empty contexts
    int knownGroups = 0;                                  // distinct non-empty known groups
    int runs = 0;
};

struct RunInfo
{
    qint64 id = 0;
    qint64 datasetId = 0;
    qint64 parentRunId = 0; // 0: none
    QString datasetName;
    QString name;
    QString tags;
    QString model;
    int k = 0;
    QString status; // running, finished, interrupted
    QString startedAt;
    QString finishedAt;
    double elapsedSeconds = 0;
    Stage1Config config;
    QJsonObject metrics;
    QJsonObject configJson; // as stored (Stage-1 or Stage-2 options)
};

struct StoredAnalysis // a model selection or a budget curve
{
    qint64 id = 0;
    qint64 ownerId = 0; // dataset (model selection) or run (budget curve)
    QString createdAt;
    QJsonObject config;
    QJsonObject result;
};

struct RoutingStep
{
    int step = 0;
    std::vector<double> weights; // before this step's label
    std::vector<double> losses;
    double mixtureLoss = 0;
    double cumulativeMixtureLoss = 0;
    int bestHead = 0;
    double bestHeadLoss = 0;
    double regret = 0;
};

struct StoredAssignments
{
    std::vector<int> hard;   // per dataset row
    FeatureMatrix posterior; // rows x K
};

// One project = one SQLite file (WAL). An instance owns one connection and must be used
// from the thread that created it; a worker opens its own ProjectStore on the same path.
// Every write is a transaction: datasets and finished runs appear whole or not at all, a
// run's epochs are committed one by one as they finish. Errors throw MicroError.
class ProjectStore
{
public:
    enum class OpenMode
    {
        MustExist,
        CreateIfMissing
    };

    ProjectStore(const QString &path, OpenMode mode);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const { return m_path; }
    // How long one statement waits for another process's write lock (SQLite busy_timeout,
    // default 10 s), and how long a run's writes (its creation, each epoch, its finish)
    // keep retrying after that before giving up (default 10 min): a long import in another
    // process must not cost a training its run.
    void setBusyTimeout(int milliseconds);
    void setLockPatience(int milliseconds) { m_lockPatienceMs = milliseconds; }
    int schemaVersion();

    // Datasets
    // DuplicateName if the name is taken. `newEmbeddings` (texts the encoder ran on for this
    // dataset) join the embedding cache in the same transaction.
    // Datasets above storeStepRows() rows commit in steps (see saveDataset's comment);
    // `progress` gets the share of rows stored.
    qint64 saveDataset(const Dataset &dataset, const EmbeddingCache::Entries &newEmbeddings = {},
                       const std::function<void(double)> &progress = {});
    void setStoreStepRows(int rows); // rounded up to whole 4096-row blocks
    int storeStepRows() const { return m_storeStepRows; }
    QList<DatasetInfo> datasets();
    DatasetInfo datasetInfo(const QString &name); // UnknownDataset
    QList<DatasetOverview> datasetOverviews();    // one pass over the comparisons
    // A dataset whose dense features stay in a feature file beside the project (issue 15):
    // the project keeps its shape and the file's path (relative to the project's folder
    // when the file is inside it, so the two move together). Throws the file's errors,
    // DuplicateName.
    qint64 addFileDataset(const QString &name, const QString &featureFile, const QJsonObject &provenance = {});
    // The absolute path of a dataset's feature file; empty when its features are stored in
    // the project.
    QString featureFilePath(qint64 datasetId);
    // Features of a file dataset are loaded into memory when they take at most this many
    // bytes as float32; larger ones throw OnDiskOnly (only training streams them).
    static qint64 fileDatasetMemoryLimit();
    Dataset loadDataset(const QString &name);
    Dataset loadDataset(qint64 id);
    // The comparisons' texts and labels only (no features): what a table of them needs.
    std::vector<Comparison> comparisons(qint64 datasetId);
    // The stored split by prompt, one entry per row (empty when the dataset has none).
    std::vector<SplitPart> split(qint64 datasetId);

    // The cached encoder vectors of `model` for these text hashes (those present).
    void loadCachedEmbeddings(EmbeddingCache &cache, const std::vector<QByteArray> &hashes);
    qint64 cachedEmbeddingCount(const QString &model);

    // Runs
    qint64 createRun(qint64 datasetId, const Stage1Config &config, qint64 parentRunId = 0, const QString &name = {});
    // Any kind of run (e.g. a Stage-2 adaptation, whose parent is the Stage-1 run).
    qint64 createRun(qint64 datasetId, const QString &model, int k, const QJsonObject &config, quint64 seed,
                     qint64 parentRunId, const QString &name);
    void appendEpoch(qint64 runId, const EpochMetrics &epoch);
    // `config`, when not empty, replaces the stored options (e.g. with the values a
    // hyperparameter search chose), in the same transaction.
    void finishRun(qint64 runId, const MixtureModel &model, const RowPredictions &allRows, const QJsonObject &metrics,
                   double elapsedSeconds, const QJsonObject &config = {});
    void deleteRun(qint64 runId);
    void renameRun(qint64 runId, const QString &name);
    void setRunTags(qint64 runId, const QString &tags); // comma-separated, free text
    QList<RunInfo> runs();
    RunInfo run(qint64 runId); // UnknownRun
    std::vector<EpochMetrics> epochs(qint64 runId);
    MixtureModel parameters(qint64 runId);
    StoredAssignments assignments(qint64 runId);

    // Analyses
    qint64 saveModelSelection(qint64 datasetId, const QJsonObject &config, const QJsonObject &result);
    QList<StoredAnalysis> modelSelections(qint64 datasetId);
    qint64 saveBudgetCurve(qint64 runId, const QJsonObject &config, const QJsonObject &result);
    QList<StoredAnalysis> budgetCurves(qint64 runId);
    // Online Hedge steps of a run, one sequence per context (replaces what was stored).
    void saveRoutingHistory(qint64 runId, const QString &context, const std::vector<RoutingStep> &steps);
    std::vector<RoutingStep> routingHistory(qint64 runId, const QString &context);
    QStringList routingContexts(qint64 runId);

    // Labels (each call is its own transaction, committed before it returns)
    // Sets createdAt when empty; returns the id. InvalidOption when the row is outside the
    // dataset or the annotator is empty.
    qint64 addLabel(const Label &label);
    // Several at once (an import), in one transaction; a label already stored (same row,
    // annotator, context, choice and time) is skipped. Returns how many were added.
    int addLabels(const std::vector<Label> &labels);
    void deleteLabel(qint64 labelId);
    void setLabelNote(qint64 labelId, const QString &note);
    std::vector<Label> labels(qint64 datasetId); // in the order they were given
    // Labelling guidelines for one context of a dataset (empty when none); setting empty
    // text removes them.
    QString guidelines(qint64 datasetId, const QString &context);
    void setGuidelines(qint64 datasetId, const QString &context, const QString &text);

    // Datasets no run uses (a labelled set whose adaptation failed), with their rows.
    void deleteDataset(const QString &name);

private:
    void checkLabel(const Label &label);
    qint64 insertLabel(const Label &label);
    void migrate();
    void markOrphanedRuns();
    void removeAbandonedDatasets(); // stored in steps by a process that is gone
    void removeDatasetInSteps(qint64 id);
    QSqlDatabase &db() { return m_db; }

    QString m_path;
    int m_lockPatienceMs = 10 * 60 * 1000;
    // ~0.7 s of writing per step at the measured 275k rows/s (49 blocks of 4096 rows).
    int m_storeStepRows = 49 * 4096;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace micro::core
