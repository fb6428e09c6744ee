#include "stage1fitter.h"

#include "prediction.h"
#include "routerseeding.h"
#include "util/cpuavailability.h"
#include "util/error.h"
#include "vectorops.h"

#include "data/mappedfeatures.h"
#include "distributed/processgroup.h"

#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <omp.h>
#include <random>

namespace micro::core {

namespace {

constexpr long long kPrefetchBatches = 1; // how far ahead rows are requested
// Workers are re-decided between segments of batches of about this length: long enough
// for /proc/stat's clock ticks to say something, short enough to follow a load that starts.
constexpr double kSegmentSeconds = 0.25;
constexpr double kMinLoadWindowSeconds = 0.2;
constexpr long long kFirstSegmentBatches = 8;
// Rows read into memory to start the router from clusters when the rows stay on disk.
constexpr std::size_t kClusterSampleRows = 20000;
constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEps = 1e-8; // PyTorch AdamW defaults

// Fisher-Yates with the raw 64-bit engine: the same permutation on every platform.
void shuffle(std::vector<int> &v, std::mt19937_64 &rng)
{
    for (std::size_t i = v.size(); i > 1; --i) {
        const std::size_t j = std::size_t(rng() % i);
        std::swap(v[i - 1], v[j]);
    }
}

struct alignas(64) PaddedDouble
{
    double value = 0;
};

} // namespace

double Stage1Fitter::scheduleFactor(long long step, long long totalSteps, double warmupFraction)
{
    const long long warm = std::max<long long>(1, (long long)(warmupFraction * double(totalSteps)));
    if (step < warm) return double(step + 1) / double(warm);
    const double progress = double(step - warm) / double(std::max<long long>(1, totalSteps - warm));
    return 0.5 * (1.0 + std::cos(M_PI * progress));
}

namespace {

// Where the rows come from: a dataset in memory, or a feature file read block by block.
struct RowSource
{
    const Dataset *data = nullptr;           // in memory (dense or sparse)
    const MappedFeatureFile *file = nullptr; // on disk (dense)
    int headDim() const { return data ? data->headDim() : file->diffCols(); }
    int routerDim() const { return data ? data->routerDim() : file->routerCols(); }
    bool sparse() const { return data && data->isSparse(); }
};

// One pass over consecutive rows: the whole epoch, or one block of the block order.
struct Pass
{
    int block = -1;        // -1: every training row
    std::vector<int> rows; // training rows in the order they are trained on
};

// The epoch's passes. Without blocks: one pass over all training rows, shuffled. With
// blocks: the blocks of config.blockRows consecutive rows in shuffled order, each block's
// training rows shuffled within it, so a file is read block after block.
std::vector<Pass> epochPasses(const std::vector<int> &trainRows, int blockRows, std::mt19937_64 &rng,
                              std::vector<Pass> previous)
{
    if (blockRows <= 0) {
        if (previous.empty()) previous.push_back(Pass{-1, trainRows});
        shuffle(previous.front().rows, rng);
        return previous;
    }
    if (previous.empty()) {
        for (int r : trainRows) { // trainRows ascending: blocks come out in file order
            if (previous.empty() || previous.back().block != r / blockRows) previous.push_back(Pass{r / blockRows, {}});
            previous.back().rows.push_back(r);
        }
    }
    std::vector<int> order(previous.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    shuffle(order, rng);
    std::vector<Pass> passes;
    passes.reserve(order.size());
    for (int i : order) {
        passes.push_back(std::move(previous[std::size_t(i)]));
        std::sort(passes.back().rows.begin(), passes.back().rows.end()); // same start every epoch
        shuffle(passes.back().rows, rng);
    }
    return passes;
}

long long batchesOf(const std::vector<Pass> &passes, int batch)
{
    long long n = 0;
    for (const Pass &p : passes)
        n += (long long)((p.rows.size() + std::size_t(batch) - 1) / std::size_t(batch));
    return n;
}

// Predictions on `rows` (ascending) of a feature file, a chunk of rows at a time.
RowPredictions predictFileRowsInChunks(const MixtureModel &model, const MappedFeatureFile &file,
                                       const std::vector<int> &rows, int threads)
{
    constexpr int kChunk = 4096;
    RowPredictions out;
    out.rows = rows;
    const int k = model.k();
    out.logLik.assign(rows.size(), 0.0);
    out.posterior = FeatureMatrix(int(rows.size()), k);
    out.routerWeights = FeatureMatrix(int(rows.size()), k);
    out.rewardDiff = FeatureMatrix(int(rows.size()), k);
    Dataset chunk;
    for (std::size_t begin = 0; begin < rows.size(); begin += kChunk) {
        const int count = int(std::min<std::size_t>(kChunk, rows.size() - begin));
        chunk.diff = FeatureMatrix(count, file.diffCols());
        chunk.router = FeatureMatrix(count, file.routerCols());
        for (int i = 0; i < count; ++i)
            file.readRows(rows[begin + std::size_t(i)], 1, chunk.diff, chunk.router, i);
        file.release(rows[begin], rows[begin + std::size_t(count) - 1] - rows[begin] + 1);
        std::vector<int> local(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i)
            local[std::size_t(i)] = i;
        const RowPredictions part = predictRows(model, chunk, local, threads);
        for (int i = 0; i < count; ++i) {
            const int o = int(begin) + i;
            out.logLik[std::size_t(o)] = part.logLik[std::size_t(i)];
            std::copy_n(part.posterior.row(i), k, out.posterior.row(o));
            std::copy_n(part.routerWeights.row(i), k, out.routerWeights.row(o));
            std::copy_n(part.rewardDiff.row(i), k, out.rewardDiff.row(o));
        }
    }
    return out;
}

// A sample of up to `limit` training rows (evenly spaced) read into memory, for the
// k-means++ start of the router when the rows stay on disk.
Dataset sampleOfFile(const MappedFeatureFile &file, const std::vector<int> &rows, std::size_t limit,
                     std::vector<int> *local)
{
    const std::size_t n = std::min(limit, rows.size());
    Dataset sample;
    sample.diff = FeatureMatrix(int(n), file.diffCols());
    sample.router = FeatureMatrix(int(n), file.routerCols());
    local->resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        file.readRows(rows[i * rows.size() / n], 1, sample.diff, sample.router, int(i));
        (*local)[i] = int(i);
    }
    return sample;
}

Stage1Result fitRows(const RowSource &source, const Stage1Config &config, const std::vector<int> &trainRows,
                     const std::vector<int> &valRows, const FitCallbacks &callbacks, const CancelToken *cancel,
                     const MixtureModel *start = nullptr)
{
    config.validate();
    if (trainRows.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("val"), QStringLiteral("no training rows left"));
    QElapsedTimer total;
    total.start();

    // The work of each mini-batch is split into `lanes` fixed parts, each with its own
    // gradient buffer summed in lane order, so the result depends on the thread setting
    // only, never on how many workers actually run: those follow the idle cores
    // (CpuAvailability), re-decided every ~kSegmentSeconds of batches.
    const int lanes = config.effectiveThreads();
    // Data-parallel over ranks: each batch is split into lanes x ranks parts, this rank
    // computing its `lanes` of them; the gradient is then summed over the ranks.
    GradientAllReduce *allReduce = callbacks.allReduce;
    const int ranks = allReduce ? allReduce->worldSize() : 1;
    const int globalLanes = lanes * ranks;
    const int rankLane0 = allReduce ? allReduce->rank() * lanes : 0;
    Stage1Result result;
    result.model = MixtureModel::forConfig(config, source.headDim(), source.routerDim());
    MixtureModel &model = result.model;
    if (start) {
        if (start->k() != model.k() || start->headDim() != model.headDim() || start->routerDim() != model.routerDim() ||
            start->router() != model.router() || start->parameterCount() != model.parameterCount())
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("k"),
                             QStringLiteral("the starting model's shape does not match the configuration"));
        model = *start;
    } else {
        model.initialise(config.seed);
    }
    if (!start && config.init == InitMethod::Clusters) {
        if (source.data) {
            result.routerSeeded = seedRouterByClusters(model, *source.data, trainRows, config.seed);
        } else {
            std::vector<int> local;
            const Dataset sample = sampleOfFile(*source.file, trainRows, kClusterSampleRows, &local);
            result.routerSeeded = seedRouterByClusters(model, sample, local, config.seed);
        }
    }
    const std::vector<int> &evalRows = valRows.empty() ? trainRows : valRows;
    // Rows on disk are read a block at a time into this buffer (the current block only).
    const int blockRows = source.file && config.blockRows <= 0 ? source.file->defaultBlockRows() : config.blockRows;
    FeatureMatrix blockDiff, blockRouter;
    if (source.file) {
        blockDiff = FeatureMatrix(std::min(blockRows, source.file->rows()), source.file->diffCols());
        blockRouter = FeatureMatrix(blockDiff.rows, source.file->routerCols());
    }
    auto evaluate = [&](int threads) {
        return source.data ? predictRows(model, *source.data, evalRows, threads)
                           : predictFileRowsInChunks(model, *source.file, evalRows, threads);
    };
    // Early stopping on validation NLL (never on test rows): the best epoch's parameters.
    const bool trackBest = config.keepBestEpoch && !valRows.empty();
    std::vector<float> bestParams;
    double bestNll = INFINITY;
    int sinceBest = 0;

    const std::size_t nParams = model.parameterCount();
    std::vector<std::vector<float>> grads(std::size_t(lanes), std::vector<float>(nParams, 0.f));
    std::vector<float> adamM(nParams, 0.f), adamV(nParams, 0.f);
    std::vector<PaddedDouble> laneLoss(static_cast<std::size_t>(lanes)), laneLogLik(laneLoss.size());

    const int batch = config.batch;
    std::mt19937_64 orderRng(config.seed ^ 0x9E3779B97F4A7C15ull);
    std::vector<Pass> passes = epochPasses(trainRows, blockRows, orderRng, {});
    const long long batchesPerEpoch = batchesOf(passes, batch);
    const long long totalSteps = batchesPerEpoch * config.epochs;
    const long long progressEvery = std::max<long long>(1, totalSteps / 200);
    const float alpha = float(config.alpha);
    long long step = 0;
    bool cancelled = false;
    std::exception_ptr callbackError;
    // Adaptive workers start from the runnable tasks of this instant (the CPU-time window
    // needs ~0.2 s before it means anything, longer than a short fit's whole epoch).
    int workers = config.workers > 0 ? std::min(config.workers, lanes)
                  : lanes > 1        ? workersFor(CpuAvailability::idleCoresNow(), lanes)
                                     : 1;
    CpuAvailability cpu;
    long long segmentBatches = kFirstSegmentBatches;
    double workerBatches = 0; // sum over batches of the workers that ran them

    for (int epoch = 1; epoch <= config.epochs && !cancelled; ++epoch) {
        if (epoch > 1) passes = epochPasses(trainRows, blockRows, orderRng, std::move(passes));
        for (auto &l : laneLoss)
            l.value = 0;
        for (auto &l : laneLogLik)
            l.value = 0;
        QElapsedTimer epochTimer;
        epochTimer.start();
        std::atomic<bool> stop{false};
        long long stoppedAfter = -1; // batches of this epoch done when stopped

        long long passStart = 0; // batches of this epoch before the current pass
        for (std::size_t pi = 0; pi < passes.size() && !stop.load(); ++pi) {
            const std::vector<int> *order = &passes[pi].rows;
            const FeatureMatrix *diffM = source.data ? &source.data->diff : &blockDiff;
            const FeatureMatrix *routerM = source.data ? &source.data->router : &blockRouter;
            std::vector<int> local;
            if (source.file) {
                // This block into the buffer (faulted in by the previous prefetch, converted
                // by the workers); the next one faulted in on a background thread from before
                // this one is converted until it has trained, so the disk never waits for the
                // conversion; this one's pages leave our memory.
                const int first = passes[pi].block * blockRows;
                const int count = std::min(blockRows, source.file->rows() - first);
                source.file->waitForPrefetch();
                if (pi + 1 < passes.size()) source.file->prefetch(passes[pi + 1].block * blockRows, blockRows);
                source.file->readRows(first, count, blockDiff, blockRouter, 0, workers);
                source.file->release(first, count);
                local.reserve(order->size());
                for (int r : *order)
                    local.push_back(r - first);
                order = &local;
            }
            const bool sparse = source.sparse();
            const long long passBatches = (long long)((order->size() + std::size_t(batch) - 1) / std::size_t(batch));
            for (long long b0 = 0; b0 < passBatches && !stop.load();) {
                if (config.workers > 0)
                    workers = std::min(config.workers, lanes);
                else if (lanes > 1 && cpu.windowSeconds() >= kMinLoadWindowSeconds)
                    workers = workersFor(cpu.idleCoresForThisProcess(), lanes);
                const long long b1 = std::min(passBatches, b0 + segmentBatches);
                QElapsedTimer segmentTimer;
                segmentTimer.start();
                int teamSize = 1;
                long long stoppedAt = -1;

#pragma omp parallel num_threads(workers)
                {
                    const int w = omp_get_thread_num();
                    const int team = omp_get_num_threads();
                    if (w == 0) teamSize = team;
                    MixtureModel::Scratch scratch = model.makeScratch();
                    std::vector<const float *> diffRows(static_cast<std::size_t>(batch)),
                        psiRows(static_cast<std::size_t>(batch));
                    std::vector<const float *> nextDiffRows(static_cast<std::size_t>(batch)),
                        nextPsiRows(static_cast<std::size_t>(batch));
                    // Each worker reduces and updates its own slice of the parameters.
                    const std::size_t slice = (nParams + std::size_t(team) - 1) / std::size_t(team);
                    const std::size_t pBegin = std::min(nParams, slice * std::size_t(w));
                    const std::size_t pEnd = std::min(nParams, pBegin + slice);
                    float *params = model.parameters().data();

                    for (long long b = b0; b < b1; ++b) {
                        const std::size_t start = std::size_t(b) * std::size_t(batch);
                        const std::size_t len = std::min<std::size_t>(std::size_t(batch), order->size() - start);
                        const float scale = 1.0f / float(len);
                        for (int lane = w; lane < lanes; lane += team) {
                            float *grad = grads[std::size_t(lane)].data();
                            // Of the batch's globalLanes parts, this rank takes its own lanes.
                            const std::size_t gl = std::size_t(rankLane0 + lane);
                            const std::size_t rBegin = start + len * gl / std::size_t(globalLanes);
                            const std::size_t rEnd = start + len * (gl + 1) / std::size_t(globalLanes);
                            const int count = int(rEnd - rBegin);
                            if (sparse) {
                                // Sparse rows: each row's non-zeros are read once, nothing to prefetch.
                                for (int i = 0; i < count; ++i) {
                                    const int r = (*order)[rBegin + std::size_t(i)];
                                    double ll;
                                    laneLoss[std::size_t(lane)].value += model.accumulateSparseRowGradient(
                                        source.data->diffSparse.row(r), source.data->routerSparse.row(r), alpha, scale,
                                        grad, scratch, &ll);
                                    laneLogLik[std::size_t(lane)].value += ll;
                                }
                                continue;
                            }
                            for (int i = 0; i < count; ++i) {
                                diffRows[std::size_t(i)] = diffM->row((*order)[rBegin + std::size_t(i)]);
                                psiRows[std::size_t(i)] = routerM->row((*order)[rBegin + std::size_t(i)]);
                            }
                            // Rows come in shuffled order, which the hardware prefetcher cannot
                            // guess: this lane's rows of the next batch are requested while this
                            // one computes.
                            int nextCount = 0;
                            if (b + kPrefetchBatches < passBatches) {
                                const std::size_t nStart = start + std::size_t(batch) * kPrefetchBatches;
                                const std::size_t nLen =
                                    std::min<std::size_t>(std::size_t(batch), order->size() - nStart);
                                const std::size_t nBegin = nStart + nLen * gl / std::size_t(globalLanes);
                                nextCount = int(nStart + nLen * (gl + 1) / std::size_t(globalLanes) - nBegin);
                                for (int i = 0; i < nextCount; ++i) {
                                    nextDiffRows[std::size_t(i)] = diffM->row((*order)[nBegin + std::size_t(i)]);
                                    nextPsiRows[std::size_t(i)] = routerM->row((*order)[nBegin + std::size_t(i)]);
                                }
                            }
                            double ll;
                            laneLoss[std::size_t(lane)].value += model.accumulateBatchGradient(
                                diffRows.data(), psiRows.data(), count, alpha, scale, grad, scratch, &ll,
                                nextDiffRows.data(), nextPsiRows.data(), std::min(nextCount, count));
                            laneLogLik[std::size_t(lane)].value += ll;
                        }
#pragma omp barrier
                        const long long s = step + passStart + b;
                        const double lr =
                            config.lr * Stage1Fitter::scheduleFactor(s, totalSteps, config.warmupFraction);
                        const double bc1 = 1.0 - std::pow(kBeta1, double(s + 1));
                        const double bc2 = 1.0 - std::pow(kBeta2, double(s + 1));
                        const float stepSize = float(lr / bc1);
                        const float invSqrtBc2 = float(1.0 / std::sqrt(bc2));
                        const float decay = float(1.0 - lr * config.weightDecay);
                        // Sum the lanes' gradients into lane 0's buffer (fixed order, so the
                        // result does not depend on scheduling), then AdamW; both loops vectorise.
                        float *__restrict g0 = grads[0].data();
                        for (int u = 1; u < lanes; ++u) {
                            float *__restrict gu = grads[std::size_t(u)].data();
#pragma omp simd
                            for (std::size_t i = pBegin; i < pEnd; ++i) {
                                g0[i] += gu[i];
                                gu[i] = 0.f;
                            }
                        }
                        if (allReduce) {
                            // Data-parallel: every rank's batch sum, the same on every rank,
                            // so parameters stay identical without ever being sent.
#pragma omp barrier
                            if (w == 0) {
                                try {
                                    allReduce->sum(g0, nParams);
                                } catch (...) {
                                    callbackError = std::current_exception();
                                    stop.store(true, std::memory_order_relaxed);
                                }
                            }
#pragma omp barrier
                        }
                        float *__restrict am = adamM.data();
                        float *__restrict av = adamV.data();
#pragma omp simd
                        for (std::size_t i = pBegin; i < pEnd; ++i) {
                            const float g = g0[i];
                            g0[i] = 0.f;
                            const float m = float(kBeta1) * am[i] + float(1 - kBeta1) * g;
                            const float v = float(kBeta2) * av[i] + float(1 - kBeta2) * g * g;
                            am[i] = m;
                            av[i] = v;
                            params[i] = params[i] * decay - stepSize * m / (std::sqrt(v) * invSqrtBc2 + float(kEps));
                        }
                        if (w == 0) {
                            if (callbacks.progress && (s + 1) % progressEvery == 0) {
                                try {
                                    callbacks.progress(double(s + 1) / double(totalSteps));
                                } catch (...) {
                                    callbackError = std::current_exception();
                                    stop.store(true, std::memory_order_relaxed);
                                }
                            }
                            if (cancel && cancel->isCancelled()) stop.store(true, std::memory_order_relaxed);
                        }
#pragma omp barrier
                        if (stop.load(std::memory_order_relaxed)) {
                            if (w == 0) stoppedAt = b;
                            break;
                        }
                    }
                }
                const long long done = (stoppedAt >= 0 ? stoppedAt + 1 : b1) - b0;
                workerBatches += double(teamSize) * double(done);
                if (stoppedAt >= 0) stoppedAfter = passStart + stoppedAt + 1;
                // Next segment: about kSegmentSeconds at this segment's pace.
                const double seconds = std::max(1e-6, double(segmentTimer.nsecsElapsed()) * 1e-9);
                segmentBatches = std::max(
                    kFirstSegmentBatches,
                    std::min<long long>(batchesPerEpoch, (long long)(double(done) * kSegmentSeconds / seconds)));
                b0 = b1;
            }
            passStart += passBatches;
        }
        if (stoppedAfter >= 0) step += stoppedAfter;
        if (callbackError) std::rethrow_exception(callbackError);
        if (stop.load()) {
            cancelled = true;
            break;
        }
        step += batchesPerEpoch;

        EpochMetrics m;
        m.epoch = epoch;
        m.trainSeconds = double(epochTimer.nsecsElapsed()) * 1e-9;
        result.trainSeconds += m.trainSeconds;
        double lossSum = 0;
        for (const auto &l : laneLoss)
            lossSum += l.value;
        double logLikSum = 0;
        for (const auto &l : laneLogLik)
            logLikSum += l.value;
        if (allReduce) {
            double sums[2] = {lossSum, logLikSum};
            allReduce->sum(sums, 2);
            lossSum = sums[0];
            logLikSum = sums[1];
        }
        m.trainLoss = lossSum / double(trainRows.size());
        m.trainNll = -logLikSum / double(trainRows.size());
        const RowPredictions pred = evaluate(workers);
        m.valNll = pred.meanNll();
        m.valAccuracy = pred.accuracy();
        m.meanRouterWeight = pred.meanRouterWeight();
        result.epochs.push_back(m);
        if (callbacks.epochFinished) callbacks.epochFinished(m);
        if (cancel && cancel->isCancelled()) cancelled = true;
        if (!trackBest || m.valNll < bestNll) {
            bestNll = m.valNll;
            result.bestEpoch = epoch;
            sinceBest = 0;
            if (trackBest) bestParams = model.parameters();
        } else if (config.patience > 0 && ++sinceBest >= config.patience && epoch < config.epochs) {
            result.stoppedEarly = true;
            break;
        }
        if (cancel && cancel->isStopRequested() && !cancelled && epoch < config.epochs) {
            result.stoppedByUser = true;
            break;
        }
    }
    if (trackBest && !bestParams.empty() && result.bestEpoch != int(result.epochs.size()))
        model.parameters() = std::move(bestParams);
    result.steps = step;
    result.meanWorkers = step > 0 ? workerBatches / double(step) : double(workers);
    result.status = cancelled ? Stage1Result::Status::Cancelled : Stage1Result::Status::Finished;
    result.elapsedSeconds = double(total.nsecsElapsed()) * 1e-9;
    return result;
}

} // namespace

Stage1Result Stage1Fitter::fit(const Dataset &data, const Stage1Config &config, const std::vector<int> &trainRows,
                               const std::vector<int> &valRows, const FitCallbacks &callbacks,
                               const CancelToken *cancel)
{
    RowSource source;
    source.data = &data;
    return fitRows(source, config, trainRows, valRows, callbacks, cancel);
}

Stage1Result Stage1Fitter::fitFrom(const MixtureModel &start, const Dataset &data, const Stage1Config &config,
                                   const std::vector<int> &trainRows, const std::vector<int> &valRows,
                                   const FitCallbacks &callbacks, const CancelToken *cancel)
{
    RowSource source;
    source.data = &data;
    return fitRows(source, config, trainRows, valRows, callbacks, cancel, &start);
}

Stage1Result Stage1Fitter::fitFile(const MappedFeatureFile &file, const Stage1Config &config,
                                   const std::vector<int> &trainRows, const std::vector<int> &valRows,
                                   const FitCallbacks &callbacks, const CancelToken *cancel)
{
    if (config.fit != FitMethod::Gradient)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("fit"),
                         QStringLiteral("features on disk are fitted by gradient only (EM needs every row in memory)"));
    RowSource source;
    source.file = &file;
    return fitRows(source, config, trainRows, valRows, callbacks, cancel);
}

RowPredictions predictFileRows(const MixtureModel &model, const MappedFeatureFile &file, const std::vector<int> &rows,
                               int threads)
{
    return predictFileRowsInChunks(model, file, rows, threads);
}

} // namespace micro::core
