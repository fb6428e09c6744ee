#pragma once

#include "data/dataset.h"
#include "features/featuresettings.h"
#include "metrics/evaluation.h"
#include "model/hyperparametersearch.h"
#include "model/stage1config.h"
#include "model/stage1fitter.h"
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

struct RunInfo;
// The rows a stored run trained on, stopped on and is tested on: the dataset's stored split
// (by prompt) when it has one, else the seeded split of the run's seed. Stage-2 runs keep
// their parent's split (config key split_seed). Evaluation, the Comparisons view and export
// all ask this one function.
RowSplit runSplit(const RunInfo &run, const std::vector<SplitPart> &stored, int n);

struct TrainingCallbacks
{
    std::function<void(qint64 runId)> runCreated;
    std::function<void(qint64 runId, const EpochMetrics &)> epochFinished;
    std::function<void(double fraction)> progress;
    GradientAllReduce *allReduce = nullptr; // data-parallel: see FitCallbacks
};

struct TrainingOutcome
{
    qint64 runId = 0;
    Stage1Result::Status status = Stage1Result::Status::Finished;
    RunEvaluation validation; // on the held-out rows (all rows when there are none)
    RunEvaluation training;
    std::optional<RunEvaluation> test; // on the stored split's test rows, when there are any
    TuningReport tuning;               // what lr/alpha search chose (tunedLr/tunedAlpha false: none)
    double seconds = 0;
    QString dataset;               // what was trained on (a derived "<name>@<features>" or the one asked)
    bool featuresComputed = false; // trainWithFeatures featurized for this run
};

// Loads the dataset, fits Stage 1 and stores the run (config, epochs as they finish,
// parameters, assignments of every row, metrics). Options are checked before anything is
// written. A cancelled or failed fit removes its run again, so the project is left as it
// was; a killed process leaves the run 'running' (shown 'interrupted' on the next open)
// with its finished epochs.
TrainingOutcome trainAndStore(ProjectStore &store, const QString &datasetName, const Stage1Config &config,
                              const TrainingCallbacks &callbacks = {}, const CancelToken *cancel = nullptr,
                              const QString &runName = {});

// The Train action of the GUI and `micro-cli train`: trains on `datasetName` itself, or,
// with `features`, on the dataset featurized that way (datasetWithFeatures: cached in the
// project, computed once). Features computed for this run are removed again when the run
// is cancelled or fails, so the project is left as it was; cached ones stay. Progress
// covers featurizing (when needed) and then training.
TrainingOutcome trainWithFeatures(ProjectStore &store, const QString &datasetName, const Stage1Config &config,
                                  const std::optional<FeatureSettings> &features,
                                  const TrainingCallbacks &callbacks = {}, const CancelToken *cancel = nullptr);

// Evaluates a stored run again on its validation rows (recomputed from its seed) and, when
// `test` is given and the dataset has a stored split with test rows, on those too.
RunEvaluation evaluateStoredRun(ProjectStore &store, qint64 runId, int threads = 0,
                                std::optional<RunEvaluation> *test = nullptr);

} // namespace micro::core
