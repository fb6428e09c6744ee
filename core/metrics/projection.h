#pragma once

#include "data/featurematrix.h"

#include <QtGlobal>

#include <vector>

namespace micro::core {

// The rows of `x` projected on its first principal components (centred), by subspace
// iteration on a seeded sample of at most `sampleRows` rows: 2-D views of router inputs or
// response differences without forming a P x P covariance. Returns rows.size() x components.
FeatureMatrix principalProjection(const FeatureMatrix &x, const std::vector<int> &rows, int components = 2,
                                  int sampleRows = 5000, quint64 seed = 0);

} // namespace micro::core
