#pragma once

#include "mappedfeatures.h"
#include "util/canceltoken.h"

#include <QJsonObject>
#include <functional>

namespace micro::core {

// A synthetic mixture of Bradley-Terry comparisons written straight to a feature file, a
// chunk of rows at a time, so sets larger than RAM can be made to test training from disk:
//   g ~ uniform{0..K-1},  psi = mu_g + u (u uniform, unit variance per column),
//   x uniform with unit variance per column,  P(x chosen) = sigmoid(w_g . x),
// with w_g ~ N(0, separation^2 / D) per column, and x stored negated when the draw says
// the other response won. Chunks are seeded by (seed, chunk), so the file is the same
// whatever the thread count.
struct SynthFileConfig
{
    qint64 rows = 100000;
    int dim = 1024;       // D
    int routerDim = 1024; // P
    int k = 4;
    quint64 seed = 1;
    double separation = 3.0;
    StoredFloat type = StoredFloat::Float16;
    int threads = 0;

    void validate() const; // throws MicroError(InvalidOption)
    QJsonObject toJson() const;
};

// Writes the file (to PATH.partial, renamed when complete); false when cancelled (nothing
// left behind). Throws MicroError naming the file on a failed write.
bool writeSyntheticFeatureFile(const SynthFileConfig &config, const QString &path,
                               const std::function<void(double)> &progress = {}, const CancelToken *cancel = nullptr);

} // namespace micro::core
