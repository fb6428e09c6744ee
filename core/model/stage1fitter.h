#pragma once

#include "data/dataset.h"
#include "mixturemodel.h"
#include "prediction.h"
#include "stage1config.h"
#include "util/canceltoken.h"

#include <functional>
#include <vector>

namespace micro::core {

struct EpochMetrics
{
    int epoch = 0;        // 1-based
    double trainLoss = 0; // mean mini-batch objective (NLL + alpha * negative entropy)
    double trainNll = 0;  // mean -log P(a_w > a_l) over the epoch's mini-batches
    double valNll = 0;    // on the validation rows (training rows when there are none)
    double valAccuracy = 0;
    std::vector<double> meanRouterWeight; // per head, on the same rows
    double trainSeconds = 0;              // optimisation only, this epoch
};

class GradientAllReduce;

struct FitCallbacks
{
    std::function<void(double fraction)> progress; // throttled: at most ~200 calls per fit
    std::function<void(const EpochMetrics &)> epochFinished;
    // Data-parallel fits (issue 15): the process group that sums each batch's gradient over
    // the ranks; each rank computes its share of every batch. nullptr: this process alone.
    GradientAllReduce *allReduce = nullptr;
};

struct Stage1Result
{
    enum class Status
    {
        Finished,
        Cancelled
    };
    Status status = Status::Finished;
    MixtureModel model;
    std::vector<EpochMetrics> epochs;
    long long steps = 0;
    int bestEpoch = 0;          // the epoch whose parameters were kept (1-based; 0: none ran)
    bool stoppedEarly = false;  // patience ran out before the last epoch
    bool stoppedByUser = false; // "stop and keep" asked for before the last epoch
    bool routerSeeded = false;  // the router started from clusters of its inputs
    double trainSeconds = 0;    // optimisation only, all epochs
    double meanWorkers = 0;     // workers that ran, averaged over the optimiser steps
    double elapsedSeconds = 0;
};

// Fits the Stage-1 mixture by mini-batch AdamW with a cosine schedule and linear warm-up
// (METHOD.md, "Paper's optimiser"). Synchronous; runs its own OpenMP team for the fused
// forward/backward: each batch is split into config.effectiveThreads() lanes, run by as
// many workers as there are idle cores (config.workers to fix them). The same seed and
// thread setting give bit-identical results whatever the workers. Cancellation is checked
// after every batch.
class MappedFeatureFile;

// Predictions on rows (ascending) of a feature file, read a chunk at a time.
RowPredictions predictFileRows(const MixtureModel &model, const MappedFeatureFile &file, const std::vector<int> &rows,
                               int threads);

class Stage1Fitter
{
public:
    static Stage1Result fit(const Dataset &data, const Stage1Config &config, const std::vector<int> &trainRows,
                            const std::vector<int> &valRows, const FitCallbacks &callbacks = {},
                            const CancelToken *cancel = nullptr);
    // The same fit started from `start` (its shape must match config) instead of a seeded
    // initialisation; the seed still orders the rows.
    static Stage1Result fitFrom(const MixtureModel &start, const Dataset &data, const Stage1Config &config,
                                const std::vector<int> &trainRows, const std::vector<int> &valRows,
                                const FitCallbacks &callbacks = {}, const CancelToken *cancel = nullptr);
    // The same fit on rows that stay on disk (issue 15): blocks of config.blockRows rows
    // (file.defaultBlockRows() when 0) in a seeded block order, each read once per epoch
    // while the next is faulted in on a background thread; resident memory stays at one block plus the model. For the
    // same seed and block size the result equals fit() on the same rows in memory. Rows given ascending. Gradient fits
    // only.
    static Stage1Result fitFile(const MappedFeatureFile &file, const Stage1Config &config,
                                const std::vector<int> &trainRows, const std::vector<int> &valRows,
                                const FitCallbacks &callbacks = {}, const CancelToken *cancel = nullptr);

    // The learning-rate multiplier at optimiser step `step` of `totalSteps` (as PyTorch's
    // LambdaLR with linear warm-up then cosine decay to zero).
    static double scheduleFactor(long long step, long long totalSteps, double warmupFraction);
};

} // namespace micro::core
