#include "training.h"

#include "importing.h"

#include "data/contextfeatures.h"
#include "data/mappedfeatures.h"
#include "distributed/processgroup.h"
#include "model/emfitter.h"
#include "model/hyperparametersearch.h"
#include "pendingrun.h"
#include "store/projectstore.h"
#include "util/error.h"
#include "util/random.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace micro::core {

RowSplit splitRows(int n, double validationFraction, quint64 seed)
{
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    Random rng(seed ^ 0x5851F42D4C957F2Dull);
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[std::size_t(rng.next() % i)]);
    const std::size_t nVal = std::size_t(validationFraction * n + 0.5);
    RowSplit s;
    s.validation.assign(order.begin(), order.begin() + long(std::min(nVal, order.size())));
    s.train.assign(order.begin() + long(s.validation.size()), order.end());
    std::sort(s.validation.begin(), s.validation.end());
    std::sort(s.train.begin(), s.train.end());
    return s;
}

RowSplit splitRows(const std::vector<SplitPart> &stored, int n, double validationFraction, quint64 seed)
{
    if (int(stored.size()) != n) return splitRows(n, validationFraction, seed);
    RowSplit s;
    for (int i = 0; i < n; ++i)
        (stored[std::size_t(i)] == SplitPart::Train        ? s.train
         : stored[std::size_t(i)] == SplitPart::Validation ? s.validation
                                                           : s.test)
            .push_back(i);
    return s;
}

// EM in the shape of a gradient fit: each EM iteration is reported as an "epoch" with its
// training NLL, and the validation metrics are filled in for the final one.
static Stage1Result fitEmAsStage1(const Dataset &data, const Stage1Config &config, const RowSplit &split,
                                  const FitCallbacks &callbacks, const CancelToken *cancel)
{
    const EmConfig em = EmConfig::fromStage1(config);
    FitCallbacks progressOnly;
    progressOnly.progress = callbacks.progress;
    const EmResult r = fitEm(data, split.train, em, progressOnly, cancel);
    Stage1Result out;
    out.model = r.model;
    out.status = r.cancelled ? Stage1Result::Status::Cancelled : Stage1Result::Status::Finished;
    out.steps = r.iterations;
    out.trainSeconds = out.elapsedSeconds = r.seconds;
    if (r.cancelled) return out;
    const RowPredictions val = predictRows(r.model, data, split.validation.empty() ? split.train : split.validation,
                                           config.effectiveThreads());
    for (std::size_t i = 0; i < r.trace.size(); ++i) {
        EpochMetrics m;
        m.epoch = int(i) + 1;
        m.trainLoss = m.trainNll = -r.trace[i] / double(split.train.size());
        const bool last = i + 1 == r.trace.size();
        m.valNll = last ? val.meanNll() : NAN;
        m.valAccuracy = last ? val.accuracy() : NAN;
        if (last) m.meanRouterWeight = val.meanRouterWeight();
        out.epochs.push_back(m);
        if (callbacks.epochFinished) callbacks.epochFinished(m);
    }
    return out;
}

RowSplit runSplit(const RunInfo &run, const std::vector<SplitPart> &stored, int n)
{
    const quint64 seed = run.configJson.contains(QStringLiteral("split_seed"))
                             ? run.configJson.value(QStringLiteral("split_seed")).toString().toULongLong()
                             : run.config.seed;
    return splitRows(stored, n, run.config.valFraction, seed);
}

TrainingOutcome trainWithFeatures(ProjectStore &store, const QString &datasetName, const Stage1Config &config,
                                  const std::optional<FeatureSettings> &features, const TrainingCallbacks &callbacks,
                                  const CancelToken *cancel)
{
    config.validate(); // before anything is featurized or written
    if (!features) {
        TrainingOutcome o = trainAndStore(store, datasetName, config, callbacks, cancel);
        o.dataset = datasetName;
        return o;
    }
    bool reused = true;
    const QString featured = datasetWithFeatures(store, datasetName, *features, &reused, cancel, callbacks.progress);
    try {
        TrainingOutcome o = trainAndStore(store, featured, config, callbacks, cancel);
        o.dataset = featured;
        o.featuresComputed = !reused;
        if (o.status == Stage1Result::Status::Cancelled && !reused) store.deleteDataset(featured);
        return o;
    } catch (...) {
        if (!reused) store.deleteDataset(featured);
        throw;
    }
}

namespace {

// What a run reports on a set of rows, from predictions of every row (rows index them):
// the figures a dataset without texts, contexts or groups has.
RunEvaluation summariseRows(const RowPredictions &all, const std::vector<int> &rows, int k)
{
    RunEvaluation ev;
    ev.rows = int(rows.size());
    ev.meanRouterWeight.assign(std::size_t(k), 0.0);
    if (rows.empty()) return ev;
    const double logHalf = std::log(0.5);
    double nll = 0;
    std::size_t correct = 0;
    for (int r : rows) {
        const double ll = all.logLik[std::size_t(r)];
        nll -= ll;
        correct += ll > logHalf ? 1 : 0;
        for (int j = 0; j < k; ++j)
            ev.meanRouterWeight[std::size_t(j)] += all.routerWeights.row(r)[j];
    }
    ev.nll = nll / double(rows.size());
    ev.accuracy = double(correct) / double(rows.size());
    for (double &w : ev.meanRouterWeight)
        w /= double(rows.size());
    return ev;
}

// Up to `limit` of `rows`, evenly spaced (ascending stays ascending).
// A rank that does not store (not rank 0) reports what the kept epoch measured on the
// validation rows instead of predicting every row.
RunEvaluation keptEpochValidation(const Stage1Result &result, const RowSplit &split)
{
    RunEvaluation v;
    if (result.bestEpoch <= 0) return v;
    const EpochMetrics &e = result.epochs[std::size_t(result.bestEpoch - 1)];
    v.rows = int(split.validation.size());
    v.nll = e.valNll;
    v.accuracy = e.valAccuracy;
    return v;
}

std::vector<int> spread(const std::vector<int> &rows, std::size_t limit)
{
    if (rows.size() <= limit) return rows;
    std::vector<int> out(limit);
    for (std::size_t i = 0; i < limit; ++i)
        out[i] = rows[i * rows.size() / limit];
    return out;
}

constexpr std::size_t kFileSearchValRows = 5000;
constexpr double kFileSearchShare = 0.1; // of the progress bar

// Training on a dataset whose features stay in a file (issue 15): lr/alpha/start are
// chosen, when asked, on an in-memory sample (the search's own row budget), then Stage 1
// reads the file block by block, and one streamed pass predicts every row for the stored
// assignments and the train/validation figures. Resident memory: one block, the sample,
// the model and the per-row predictions.
TrainingOutcome trainFileAndStore(ProjectStore &store, const DatasetInfo &info, const QString &path,
                                  const Stage1Config &config, const TrainingCallbacks &callbacks,
                                  const CancelToken *cancel, const QString &runName)
{
    QElapsedTimer timer;
    timer.start();
    const MappedFeatureFile file(path);
    if (file.rows() != info.n || file.diffCols() != info.headDim || file.routerCols() != info.routerDim)
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("the file's shape changed since dataset %1 was added").arg(info.name));
    const RowSplit split = splitRows(file.rows(), config.valFraction, config.seed);
    if (split.train.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("val"), QStringLiteral("leaves no training rows"));

    TrainingOutcome out;
    Stage1Config used = config;
    const bool search = config.lrAuto || config.alphaAuto;
    if (search && !split.validation.empty()) {
        std::vector<int> rows = spread(split.train, std::size_t(kMaxSearchRows));
        const std::vector<int> valRows = spread(split.validation, kFileSearchValRows);
        rows.insert(rows.end(), valRows.begin(), valRows.end());
        Dataset sample;
        sample.name = info.name;
        sample.diff = FeatureMatrix(int(rows.size()), file.diffCols());
        sample.router = FeatureMatrix(int(rows.size()), file.routerCols());
        for (std::size_t i = 0; i < rows.size(); ++i)
            file.readRows(rows[i], 1, sample.diff, sample.router, int(i));
        std::vector<int> sampleTrain(rows.size() - valRows.size()), sampleVal(valRows.size());
        std::iota(sampleTrain.begin(), sampleTrain.end(), 0);
        std::iota(sampleVal.begin(), sampleVal.end(), int(sampleTrain.size()));
        FitCallbacks searchProgress;
        if (callbacks.progress) searchProgress.progress = [&](double f) { callbacks.progress(kFileSearchShare * f); };
        const TunedFit tuned = fitWithTuning(sample, config, sampleTrain, sampleVal, searchProgress, cancel);
        if (tuned.result.status == Stage1Result::Status::Cancelled) {
            out.status = Stage1Result::Status::Cancelled;
            return out;
        }
        out.tuning = tuned.tuning;
        out.tuning.note = QStringLiteral("chosen on %1 training and %2 validation rows read from the feature file")
                              .arg(sampleTrain.size())
                              .arg(sampleVal.size());
        used.lr = tuned.tuning.lr;
        used.alpha = tuned.tuning.alpha;
        used.init = tuned.tuning.init;
    }
    used.lrAuto = used.alphaAuto = false;
    if (used.blockRows <= 0) used.blockRows = file.defaultBlockRows();

    const bool stores = !callbacks.allReduce || callbacks.allReduce->rank() == 0; // rank 0 alone writes
    out.runId = stores ? store.createRun(info.id, config, 0, runName) : 0;
    PendingRun pending(store, out.runId); // removed again unless finished
    if (stores && callbacks.runCreated) callbacks.runCreated(out.runId);
    FitCallbacks fit;
    fit.allReduce = callbacks.allReduce;
    const double start = search ? kFileSearchShare : 0.0;
    if (callbacks.progress) fit.progress = [&](double f) { callbacks.progress(start + (1 - start) * f); };
    fit.epochFinished = [&](const EpochMetrics &m) {
        if (stores) store.appendEpoch(out.runId, m);
        if (callbacks.epochFinished) callbacks.epochFinished(out.runId, m);
    };
    const Stage1Result result = Stage1Fitter::fitFile(file, used, split.train, split.validation, fit, cancel);
    out.status = result.status;
    if (result.status == Stage1Result::Status::Cancelled || !stores) {
        if (!stores) out.validation = keptEpochValidation(result, split);
        out.seconds = double(timer.nsecsElapsed()) * 1e-9;
        return out;
    }
    const RowPredictions all = predictFileRows(result.model, file, allRowsOf(file.rows()), used.effectiveThreads());
    const int k = result.model.k();
    out.validation = summariseRows(all, split.validation.empty() ? split.train : split.validation, k);
    out.training = summariseRows(all, split.train, k);
    QJsonObject metrics{
        {QStringLiteral("validation"), out.validation.toJson()},
        {QStringLiteral("training"), out.training.toJson()},
        {QStringLiteral("split"), QStringLiteral("random")},
        {QStringLiteral("train_seconds"), result.trainSeconds},
        {QStringLiteral("steps"), result.steps},
        {QStringLiteral("best_epoch"), result.bestEpoch},
        {QStringLiteral("stopped_early"), result.stoppedEarly},
        {QStringLiteral("stopped_by_user"), result.stoppedByUser},
        {QStringLiteral("router_seeded"), result.routerSeeded},
        {QStringLiteral("mean_workers"), result.meanWorkers},
        {QStringLiteral("feature_file"), QJsonObject{{QStringLiteral("path"), path},
                                                     {QStringLiteral("type"), storedFloatName(file.type())},
                                                     {QStringLiteral("bytes"), double(file.bytes())}}}};
    if (search) metrics.insert(QStringLiteral("tuning"), out.tuning.toJson());
    out.seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (cancel && cancel->isCancelled()) {
        out.status = Stage1Result::Status::Cancelled;
        return out;
    }
    store.finishRun(out.runId, result.model, all, metrics, out.seconds, used.toJson());
    pending.keep();
    return out;
}

} // namespace

TrainingOutcome trainAndStore(ProjectStore &store, const QString &datasetName, const Stage1Config &config,
                              const TrainingCallbacks &callbacks, const CancelToken *cancel, const QString &runName)
{
    config.validate();
    QElapsedTimer timer;
    timer.start();
    const DatasetInfo info = store.datasetInfo(datasetName);
    const QString featureFile = store.featureFilePath(info.id);
    if (!featureFile.isEmpty()) return trainFileAndStore(store, info, featureFile, config, callbacks, cancel, runName);
    const Dataset data = store.loadDataset(info.id);
    data.validate();
    const RowSplit split = splitRows(data.split, data.size(), config.valFraction, config.seed);
    if (split.train.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("val"), QStringLiteral("leaves no training rows"));

    if (callbacks.allReduce && config.fit == FitMethod::Em)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("fit"),
                         QStringLiteral("em runs in one process; data-parallel fits are by gradient"));
    TrainingOutcome out;
    const bool stores = !callbacks.allReduce || callbacks.allReduce->rank() == 0; // rank 0 alone writes
    out.runId = stores ? store.createRun(info.id, config, 0, runName) : 0;
    PendingRun pending(store, out.runId); // removed again unless finished
    if (stores && callbacks.runCreated) callbacks.runCreated(out.runId);
    FitCallbacks fit;
    fit.progress = callbacks.progress;
    fit.allReduce = callbacks.allReduce;
    fit.epochFinished = [&](const EpochMetrics &m) {
        if (stores) store.appendEpoch(out.runId, m);
        if (callbacks.epochFinished) callbacks.epochFinished(out.runId, m);
    };
    TunedFit tuned;
    if (config.fit == FitMethod::Em)
        tuned.result = fitEmAsStage1(data, config, split, fit, cancel);
    else
        tuned = fitWithTuning(data, config, split.train, split.validation, fit, cancel);
    const Stage1Result &result = tuned.result;
    out.status = result.status;
    out.tuning = tuned.tuning;
    if (result.status == Stage1Result::Status::Cancelled || !stores) {
        if (!stores) out.validation = keptEpochValidation(result, split);
        out.seconds = double(timer.nsecsElapsed()) * 1e-9;
        return out;
    }
    const int threads = config.effectiveThreads();
    out.validation =
        evaluateModel(result.model, data, split.validation.empty() ? split.train : split.validation, threads);
    out.training = evaluateModel(result.model, data, split.train, threads);
    const RowPredictions all = predictRows(result.model, data, allRows(data), threads);
    QJsonObject metrics{
        {QStringLiteral("validation"), out.validation.toJson()},
        {QStringLiteral("training"), out.training.toJson()},
        {QStringLiteral("split"), data.split.empty() ? QStringLiteral("random") : QStringLiteral("stored")},
        {QStringLiteral("train_seconds"), result.trainSeconds},
        {QStringLiteral("steps"), result.steps},
        {QStringLiteral("best_epoch"), result.bestEpoch},
        {QStringLiteral("stopped_early"), result.stoppedEarly},
        {QStringLiteral("stopped_by_user"), result.stoppedByUser},
        {QStringLiteral("router_seeded"), result.routerSeeded}};
    Stage1Config used = config;
    if (!tuned.tuning.note.isEmpty()) metrics.insert(QStringLiteral("tuning"), tuned.tuning.toJson());
    if (tuned.tuning.tunedLr || tuned.tuning.tunedAlpha) {
        metrics.insert(QStringLiteral("tuning"), tuned.tuning.toJson());
        used.lr = tuned.tuning.lr;
        used.alpha = tuned.tuning.alpha;
        used.init = tuned.tuning.init;
    }
    out.tuning = tuned.tuning;
    if (!split.test.empty()) {
        out.test = evaluateModel(result.model, data, split.test, threads);
        metrics.insert(QStringLiteral("test"), out.test->toJson());
    }
    out.seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (cancel && cancel->isCancelled()) { // asked during the final evaluation
        out.status = Stage1Result::Status::Cancelled;
        return out;
    }
    store.finishRun(out.runId, result.model, all, metrics, out.seconds, used.toJson());
    pending.keep();
    return out;
}

RunEvaluation evaluateStoredRun(ProjectStore &store, qint64 runId, int threads, std::optional<RunEvaluation> *test)
{
    const RunInfo info = store.run(runId);
    if (info.status != QLatin1String("finished"))
        throw MicroError(ErrorCode::UnknownRun, QString::number(runId),
                         QStringLiteral("status %1, not finished").arg(info.status));
    const MixtureModel model = store.parameters(runId);
    Dataset data = store.loadDataset(info.datasetId);
    // Stage-2 runs route on prompt + context one-hot (contexts listed in their config).
    const QJsonArray contexts = info.configJson.value(QStringLiteral("contexts")).toArray();
    if (!contexts.isEmpty()) {
        QStringList order;
        for (const QJsonValue &v : contexts)
            order << v.toString();
        data = withContextOneHot(data, order);
    }
    const RowSplit split = runSplit(info, data.split, data.size());
    Stage1Config c = info.config;
    c.threads = threads;
    if (test && !split.test.empty()) *test = evaluateModel(model, data, split.test, c.effectiveThreads());
    return evaluateModel(model, data, split.validation.empty() ? split.train : split.validation, c.effectiveThreads());
}

} // namespace micro::core
