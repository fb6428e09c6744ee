#include "stage1fitter.h"

#include "prediction.h"
#include "routerseeding.h"
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

constexpr long long kPrefetchBatches = 1;                   // how far ahead rows are requested
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

    const int threads = config.effectiveThreads();
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
    std::vector<std::vector<float>> grads(std::size_t(threads), std::vector<float>(nParams, 0.f));
    std::vector<float> adamM(nParams, 0.f), adamV(nParams, 0.f);
    std::vector<PaddedDouble> threadLoss(static_cast<std::size_t>(threads)), threadLogLik(threadLoss.size());

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

    for (int epoch = 1; epoch <= config.epochs && !cancelled; ++epoch) {
        shuffle(order, orderRng);
        for (auto &l : threadLoss)
            l.value = 0;
        for (auto &l : threadLogLik)
            l.value = 0;
        QElapsedTimer epochTimer;
        epochTimer.start();
        std::atomic<bool> stop{false};

#pragma omp parallel num_threads(threads)
        {
            const int t = omp_get_thread_num();
            const int team = omp_get_num_threads();
            MixtureModel::Scratch scratch = model.makeScratch();
            std::vector<const float *> diffRows(static_cast<std::size_t>(batch)),
                psiRows(static_cast<std::size_t>(batch));
            std::vector<const float *> nextDiffRows(static_cast<std::size_t>(batch)),
                nextPsiRows(static_cast<std::size_t>(batch));
            float *grad = grads[std::size_t(t)].data();
            // Each thread reduces and updates its own slice of the parameters.
            const std::size_t slice = (nParams + std::size_t(team) - 1) / std::size_t(team);
            const std::size_t pBegin = std::min(nParams, slice * std::size_t(t));
            const std::size_t pEnd = std::min(nParams, pBegin + slice);
            float *params = model.parameters().data();

            for (long long b = 0; b < batchesPerEpoch; ++b) {
                const std::size_t start = std::size_t(b) * std::size_t(batch);
                const std::size_t len = std::min<std::size_t>(std::size_t(batch), order.size() - start);
                const std::size_t rBegin = start + len * std::size_t(t) / std::size_t(team);
                const std::size_t rEnd = start + len * std::size_t(t + 1) / std::size_t(team);
                const float scale = 1.0f / float(len);
                const int count = int(rEnd - rBegin);
                if (data.isSparse()) {
                    // Sparse rows: each row's non-zeros are read once, nothing to prefetch.
                    for (int i = 0; i < count; ++i) {
                        const int r = order[rBegin + std::size_t(i)];
                        double ll;
                        threadLoss[std::size_t(t)].value += model.accumulateSparseRowGradient(
                            data.diffSparse.row(r), data.routerSparse.row(r), alpha, scale, grad, scratch, &ll);
                        threadLogLik[std::size_t(t)].value += ll;
                    }
                } else {
                    for (int i = 0; i < count; ++i) {
                        diffRows[std::size_t(i)] = data.diff.row(order[rBegin + std::size_t(i)]);
                        psiRows[std::size_t(i)] = data.router.row(order[rBegin + std::size_t(i)]);
                    }
                    // Rows come in shuffled order, which the hardware prefetcher cannot guess:
                    // this thread's rows of the next batch are requested while this one computes.
                    int nextCount = 0;
                    if (b + kPrefetchBatches < batchesPerEpoch) {
                        const std::size_t nStart = start + std::size_t(batch) * kPrefetchBatches;
                        const std::size_t nLen = std::min<std::size_t>(std::size_t(batch), order.size() - nStart);
                        const std::size_t nBegin = nStart + nLen * std::size_t(t) / std::size_t(team);
                        nextCount = int(nStart + nLen * std::size_t(t + 1) / std::size_t(team) - nBegin);
                        for (int i = 0; i < nextCount; ++i) {
                            nextDiffRows[std::size_t(i)] = data.diff.row(order[nBegin + std::size_t(i)]);
                            nextPsiRows[std::size_t(i)] = data.router.row(order[nBegin + std::size_t(i)]);
                        }
                    }
                    double ll;
                    threadLoss[std::size_t(t)].value += model.accumulateBatchGradient(
                        diffRows.data(), psiRows.data(), count, alpha, scale, grad, scratch, &ll, nextDiffRows.data(),
                        nextPsiRows.data(), std::min(nextCount, count));
                    threadLogLik[std::size_t(t)].value += ll;
                }
#pragma omp barrier
                const long long s = step + b;
                const double lr = config.lr * scheduleFactor(s, totalSteps, config.warmupFraction);
                const double bc1 = 1.0 - std::pow(kBeta1, double(s + 1));
                const double bc2 = 1.0 - std::pow(kBeta2, double(s + 1));
                const float stepSize = float(lr / bc1);
                const float invSqrtBc2 = float(1.0 / std::sqrt(bc2));
                const float decay = float(1.0 - lr * config.weightDecay);
                // Sum the threads' gradients into thread 0's buffer (fixed order, so the
                // result does not depend on scheduling), then AdamW; both loops vectorise.
                float *__restrict g0 = grads[0].data();
                for (int u = 1; u < team; ++u) {
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
                if (t == 0) {
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
                    if (t == 0) step += b + 1;
                    break;
                }
            }
        }
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
        for (const auto &l : threadLoss)
            lossSum += l.value;
        m.trainLoss = lossSum / double(order.size());
        double logLikSum = 0;
        for (const auto &l : threadLogLik)
            logLikSum += l.value;
        m.trainNll = -logLikSum / double(order.size());
        const RowPredictions pred = predictRows(model, data, evalRows, threads);
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
    result.status = cancelled ? Stage1Result::Status::Cancelled : Stage1Result::Status::Finished;
    result.elapsedSeconds = double(total.nsecsElapsed()) * 1e-9;
    return result;
}

} // namespace micro::core
