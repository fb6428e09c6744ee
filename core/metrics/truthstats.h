#pragma once

#include "data/dataset.h"
#include "model/mixturemodel.h"
#include "model/prediction.h"

#include <QJsonObject>

namespace micro::core {

// What the ground truth of a synthetic dataset implies on a set of its rows.
struct TruthStats
{
    double trueModelAccuracy = 0; // the generating mixture's pairwise accuracy on the rows
    double trueModelNll = 0;      // its empirical NLL on the sampled labels
    double rho = 0;               // min_{i,k} P(z = k | x_i)
    double labelEntropy = 0;      // H = mean_i sum_k P(k|x_i) h(m_k(x_i))
    double meanGroupVariance = 0; // mean_i Var_k m_k(x_i) (population variance over groups)
    // METHOD.md "Theory": any single reward function has expected cross-entropy at least
    // 2 rho K E[Var_k m_k] + H.
    double singleModelBound = 0;

    QJsonObject toJson() const;
    static TruthStats fromJson(const QJsonObject &json);
};

// The generating model as a MixtureModel (linear router, zero bias), for predictions.
MixtureModel trueModel(const SyntheticTruth &truth);

TruthStats computeTruthStats(const Dataset &data, const std::vector<int> &rows, int threads);

// The generating model's predictions on rows of a synthetic dataset (its router reads the
// context too when the data has contexts).
RowPredictions truePredictions(const Dataset &data, const std::vector<int> &rows, int threads);

// Expected cross-entropy of a fitted model's predictions under the true label
// distribution: mean_i CE(pbar_i, q_i), with pbar_i the generating model's probability
// that the chosen response wins (label noise included) and q_i the model's. Free of
// label-sampling noise, so it can be compared with singleModelBound exactly.
double expectedCrossEntropy(const Dataset &data, const RowPredictions &predictions, int threads);

} // namespace micro::core
