#pragma once

#include "data/dataset.h"
#include "mixturemodel.h"
#include "stage1fitter.h"
#include "util/canceltoken.h"

#include <QJsonObject>
#include <vector>

namespace micro::core {

// Expectation-maximisation for the Stage-1 model with a linear router (METHOD.md, "Beyond
// the paper"): E-step posterior responsibilities in log space; M-step one Newton step
// (with step halving) of a weighted logistic regression per head and of a multinomial
// logistic regression of the responsibilities on the router input. Several short random
// starts, the best continued to convergence. Maximises the plain log-likelihood (no
// entropy term), which is what flexmix maximises for the same model. Convergence: the
// relative change of the log-likelihood falls below `tolerance` (flexmix's criterion).
struct EmConfig
{
    int k = 3;
    int maxIterations = 200;
    double tolerance = 1e-6; // relative change of the log-likelihood
    int restarts = 1;        // random starts besides the gradient start, each run for `startIterations`
    int startIterations = 10;
    double ridge = 1e-4; // L2 penalty on every coefficient, keeps Newton steps finite
    // One more start from a short gradient fit of the likelihood (AdamW, no entropy term):
    // EM is slow to climb out of a random start on overlapping groups; from a start that
    // is already close it only has to polish.
    int gradientStartEpochs = 20;
    quint64 seed = 0;
    int threads = 0; // 0: all cores

    // The EM options of a Stage-1 configuration (k, seed, threads, restarts, iterations,
    // tolerance).
    static EmConfig fromStage1(const Stage1Config &config);

    void validate() const;
    QJsonObject toJson() const;
};

struct EmResult
{
    MixtureModel model;        // K linear heads + linear router
    double logLikelihood = 0;  // sum over the training rows
    std::vector<double> trace; // log-likelihood after each iteration of the kept start
    int iterations = 0;
    int bestStart = 0;
    bool converged = false;
    bool cancelled = false;
    double seconds = 0;
    int parameterCount = 0; // K D + (K - 1)(P + 1)
    double bic = 0;         // -2 logL + parameterCount ln n
};

EmResult fitEm(const Dataset &data, const std::vector<int> &rows, const EmConfig &config,
               const FitCallbacks &callbacks = {}, const CancelToken *cancel = nullptr);

// The log-likelihood sum_i log P(a_w > a_l | x_i) of a model on rows (any router).
double logLikelihood(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows, int threads);

} // namespace micro::core
