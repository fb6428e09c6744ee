#pragma once

#include "data/dataset.h"
#include "model/mixturemodel.h"

#include <vector>

namespace micro::core {

// The Stage-1 objective written with LibTorch tensors and differentiated by autograd (in
// float64): an independent implementation to check the fused hand-written kernel against.
// Slow (per-op dispatch); for verification, not training.
struct ReferenceObjective
{
    double loss = 0;              // mean over rows of -log P + alpha * sum_k f log f
    std::vector<double> gradient; // same layout as MixtureModel::parameters()
};

ReferenceObjective torchObjective(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows,
                                  double alpha, int threads = 1);

} // namespace micro::core
