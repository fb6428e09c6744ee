#include "stage1fitter.h"

#include "prediction.h"
#include "routerseeding.h"
#include "util/cpuavailability.h"
#include "util/error.h"
#include "vectorops.h"

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

Stage1Result Stage1Fitter::fit(const Dataset &data, const Stage1Config &config, const std::vector<int> &trainRows,
                               const std::vector<int> &valRows, const FitCallbacks &callbacks,
                               const CancelToken *cancel)
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
    Stage1Result result;
    result.model = MixtureModel::forConfig(config, data.headDim(), data.routerDim());
    MixtureModel &model = result.model;
    model.initialise(config.seed);
    if (config.init == InitMethod::Clusters)
        result.routerSeeded = seedRouterByClusters(model, data, trainRows, config.seed);
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
    const long long batchesPerEpoch = (long long)((trainRows.size() + std::size_t(batch) - 1) / std::size_t(batch));
    const long long totalSteps = batchesPerEpoch * config.epochs;
    const long long progressEvery = std::max<long long>(1, totalSteps / 200);
    const float alpha = float(config.alpha);
    const std::vector<int> &evalRows = valRows.empty() ? trainRows : valRows;

    std::mt19937_64 orderRng(config.seed ^ 0x9E3779B97F4A7C15ull);
    std::vector<int> order = trainRows;
    long long step = 0;
    bool cancelled = false;
    std::exception_ptr callbackError;
    CpuAvailability cpu;
    int workers = config.workers > 0 ? std::min(config.workers, lanes) : lanes;
    long long segmentBatches = kFirstSegmentBatches;
    double workerBatches = 0; // sum over batches of the workers that ran them

    for (int epoch = 1; epoch <= config.epochs && !cancelled; ++epoch) {
        shuffle(order, orderRng);
        for (auto &l : laneLoss)
            l.value = 0;
        for (auto &l : laneLogLik)
            l.value = 0;
        QElapsedTimer epochTimer;
        epochTimer.start();
        std::atomic<bool> stop{false};
        long long stoppedAfter = -1; // batches of this epoch done when stopped

        for (long long b0 = 0; b0 < batchesPerEpoch && !stop.load();) {
            if (config.workers > 0)
                workers = std::min(config.workers, lanes);
            else if (lanes > 1 && cpu.windowSeconds() >= kMinLoadWindowSeconds)
                workers = workersFor(cpu.idleCoresForThisProcess(), lanes);
            const long long b1 = std::min(batchesPerEpoch, b0 + segmentBatches);
            QElapsedTimer segmentTimer;
            segmentTimer.start();
            int teamSize = 1;

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
                    const std::size_t len = std::min<std::size_t>(std::size_t(batch), order.size() - start);
                    const float scale = 1.0f / float(len);
                    for (int lane = w; lane < lanes; lane += team) {
                        float *grad = grads[std::size_t(lane)].data();
                        const std::size_t rBegin = start + len * std::size_t(lane) / std::size_t(lanes);
                        const std::size_t rEnd = start + len * std::size_t(lane + 1) / std::size_t(lanes);
                        const int count = int(rEnd - rBegin);
                        if (data.isSparse()) {
                            // Sparse rows: each row's non-zeros are read once, nothing to prefetch.
                            for (int i = 0; i < count; ++i) {
                                const int r = order[rBegin + std::size_t(i)];
                                double ll;
                                laneLoss[std::size_t(lane)].value += model.accumulateSparseRowGradient(
                                    data.diffSparse.row(r), data.routerSparse.row(r), alpha, scale, grad, scratch, &ll);
                                laneLogLik[std::size_t(lane)].value += ll;
                            }
                            continue;
                        }
                        for (int i = 0; i < count; ++i) {
                            diffRows[std::size_t(i)] = data.diff.row(order[rBegin + std::size_t(i)]);
                            psiRows[std::size_t(i)] = data.router.row(order[rBegin + std::size_t(i)]);
                        }
                        // Rows come in shuffled order, which the hardware prefetcher cannot
                        // guess: this lane's rows of the next batch are requested while this
                        // one computes.
                        int nextCount = 0;
                        if (b + kPrefetchBatches < batchesPerEpoch) {
                            const std::size_t nStart = start + std::size_t(batch) * kPrefetchBatches;
                            const std::size_t nLen = std::min<std::size_t>(std::size_t(batch), order.size() - nStart);
                            const std::size_t nBegin = nStart + nLen * std::size_t(lane) / std::size_t(lanes);
                            nextCount = int(nStart + nLen * std::size_t(lane + 1) / std::size_t(lanes) - nBegin);
                            for (int i = 0; i < nextCount; ++i) {
                                nextDiffRows[std::size_t(i)] = data.diff.row(order[nBegin + std::size_t(i)]);
                                nextPsiRows[std::size_t(i)] = data.router.row(order[nBegin + std::size_t(i)]);
                            }
                        }
                        double ll;
                        laneLoss[std::size_t(lane)].value += model.accumulateBatchGradient(
                            diffRows.data(), psiRows.data(), count, alpha, scale, grad, scratch, &ll,
                            nextDiffRows.data(), nextPsiRows.data(), std::min(nextCount, count));
                        laneLogLik[std::size_t(lane)].value += ll;
                    }
#pragma omp barrier
                    const long long s = step + b;
                    const double lr = config.lr * scheduleFactor(s, totalSteps, config.warmupFraction);
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
                        if (w == 0) stoppedAfter = b + 1;
                        break;
                    }
                }
            }
            const long long done = (stoppedAfter >= 0 ? stoppedAfter : b1) - b0;
            workerBatches += double(teamSize) * double(done);
            // Next segment: about kSegmentSeconds at this segment's pace.
            const double seconds = std::max(1e-6, double(segmentTimer.nsecsElapsed()) * 1e-9);
            segmentBatches =
                std::max(kFirstSegmentBatches,
                         std::min<long long>(batchesPerEpoch, (long long)(double(done) * kSegmentSeconds / seconds)));
            b0 = b1;
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
        m.trainLoss = lossSum / double(order.size());
        double logLikSum = 0;
        for (const auto &l : laneLogLik)
            logLikSum += l.value;
        m.trainNll = -logLikSum / double(order.size());
        const RowPredictions pred = predictRows(model, data, evalRows, workers);
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

} // namespace micro::core
