#pragma once

#include "dataset.h"

namespace micro::core {

// psi(x, c) where no text featurizer is involved: the prompt features followed by a
// one-hot of the comparison's context, in `contextOrder` (a context not in the list, or
// none, gives all zeros).
FeatureMatrix appendContextOneHot(const Dataset &data, const QStringList &contextOrder);

// A copy of `data` whose router input is followed by the context one-hot, for dense and
// sparse features alike.
Dataset withContextOneHot(const Dataset &data, const QStringList &contextOrder);

// A copy of `data` whose router input is `router` (same number of rows).
Dataset withRouterInput(const Dataset &data, FeatureMatrix router);

} // namespace micro::core
