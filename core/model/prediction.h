#pragma once

#include "data/dataset.h"
#include "mixturemodel.h"

#include <vector>

namespace micro::core {

// What the fitted model says about each of a set of comparisons (rows of a dataset).
struct RowPredictions
{
    std::vector<int> rows;       // dataset row indices, in the order below
    std::vector<double> logLik;  // log P(a_w > a_l | x)
    FeatureMatrix posterior;     // rows x K: gamma_ik
    FeatureMatrix routerWeights; // rows x K: f_k(x_i)
    FeatureMatrix rewardDiff;    // rows x K: Delta_ik

    int count() const { return int(rows.size()); }
    double meanNll() const;
    double accuracy() const; // share with P(a_w > a_l) > 0.5
    std::vector<double> meanRouterWeight() const;
    std::vector<int> hardAssignments() const; // argmax_k gamma_ik
};

// Runs the forward pass over `rows` on `threads` threads.
RowPredictions predictRows(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows, int threads);

std::vector<int> allRows(const Dataset &data);
std::vector<int> allRowsOf(int n); // 0 .. n - 1

} // namespace micro::core
