#pragma once

#include "data/dataset.h"
#include "mixturemodel.h"

#include <vector>

namespace micro::core {

// Symmetry breaking for Stage 1. Heads that start alike get alike gradients while the router
// is near uniform, so a mixture started from nn.Linear's small random weights tends to end
// with K copies of one head. This clusters the router inputs psi of `rows` (seeded
// k-means++ and a few Lloyd steps, sparse or dense) and sets a linear router to the soft
// nearest-centre rule logit_k(x) = s (x . c_k - |c_k|^2 / 2), with s chosen so that the
// median margin between the nearest and the second centre is about 2 nats: each head is
// first fed mostly its own cluster, and training is free to move away from it.
// Returns false (model unchanged) when the model has no linear router, K < 2, or the inputs
// do not form K distinct clusters.
bool seedRouterByClusters(MixtureModel &model, const Dataset &data, const std::vector<int> &rows, quint64 seed);

} // namespace micro::core
