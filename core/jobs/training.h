#pragma once

#include "data/dataset.h"
#include "metrics/evaluation.h"
#include "model/stage1config.h"
#include "model/stage1fitter.h"
#include "model/hyperparametersearch.h"
#include "util/canceltoken.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace micro::core {

class ProjectStore;

// Seeded random split of a dataset's rows into training and validation rows.
struct RowSplit
{
    std::vector<int> train;
    std::vector<int> validation;
    std::vector<int> test; // only from a stored split: never trained on nor used to stop
};
RowSplit splitRows(int n, double validationFraction, quint64 seed);
// The dataset's stored split (by prompt) when it has one, otherwise splitRows.
RowSplit splitRows(const std::vector<SplitPart> &stored, int n, double validationFraction, quint64 seed);

struct TrainingCallbacks
{
    std::function<void(qint64 runId)> runCreated;
    std::function<void(qint64 runId, const EpochMetrics &)> epochFinished;
    std::function<void(double fraction)> progress;
};

struct TrainingOutcome
{
    qint64 runId = 0;
    Stage1Result::Status status = Stage1Result::Status::Finished;
    RunEvaluation validation; // on the held-out rows (all rows when there are none)
    RunEvaluation training;
    std::optional<RunEvaluation> test; // on the stored split's test rows, when there are any
    TuningReport tuning;      // what lr/alpha search chose (tunedLr/tunedAlpha false: none)
    double seconds = 0;
};

// Loads the dataset, fits Stage 1 and stores the run (config, epochs as they finish,
// parameters, assignments of every row, metrics). Options are checked before anything is
// written. A cancelled or failed fit removes its run again, so the project is left as it
// was; a killed process leaves the run 'running' (shown 'interrupted' on the next open)
// with its finished epochs.
TrainingOutcome trainAndStore(ProjectStore &store, const QString &datasetName,
                              const Stage1Config &config, const TrainingCallbacks &callbacks = {},
                              const CancelToken *cancel = nullptr, const QString &runName = {});

// Evaluates a stored run again on its validation rows (recomputed from its seed) and, when
// `test` is given and the dataset has a stored split with test rows, on those too.
RunEvaluation evaluateStoredRun(ProjectStore &store, qint64 runId, int threads = 0,
                                std::optional<RunEvaluation> *test = nullptr);

} // namespace micro::core
