#pragma once

#include "dataset.h"

#include <QJsonObject>

namespace micro::core {

struct SynthConfig
{
    int n = 4000;       // comparisons
    int dim = 32;       // D: response-difference features
    int routerDim = 16; // P: prompt features
    int k = 3;          // groups
    quint64 seed = 1;
    double separation = 3.0;      // norm of each group's reward vector (how decisive)
    double labelNoise = 0.0;      // probability a label is flipped after sampling
    double informativeness = 4.0; // scale of the true router: 0 = prompt says nothing
                                  // about the group, large = the prompt decides it
    int contexts = 0;             // C > 0: each comparison gets a context "c0".."c{C-1}"
    double contextStrength = 4.0; // how strongly context j favours groups k = j mod C
    // The router input psi gets the context one-hot appended, as imported text does (its
    // hashed context words): Stage 1 can then route on the context itself.
    bool contextInRouter = false;
    // > 0: the response features become sparse like hashed text: `noiseColumns` more columns
    // after the `dim` informative ones, `noiseNonZeros` of them set per row (seeded, N(0, 1 / noiseNonZeros): unit norm
    // per row, as TF-IDF) that no group's reward reads. The model has to find K among dim + noiseColumns columns, as
    // with 2^14..2^18 hashed words (BIC's parameter count then says K = 1).
    int noiseColumns = 0;
    int noiseNonZeros = 0;
    // > 0: a stored train / validation / test split (seeded), so runs report test numbers.
    double testFraction = 0.0;
    double valFraction = 0.1; // with testFraction > 0

    void validate() const; // throws MicroError(InvalidOption)
    QJsonObject toJson() const;
};

// Draws a mixture-of-Bradley-Terry dataset with ground truth:
//   psi_i ~ N(0, I_P),  z_i ~ softmax(informativeness * U psi_i + contextStrength * E c_i),
// where c_i is a one-hot context (when contexts > 0) and E[k][j] = 1 for k mod C = j: the
// context narrows the groups down, the prompt chooses among those left.
//   d_i ~ N(0, I_D),    P(group z prefers the first) = sigmoid(separation * w_z . d_i),
// label noise flips the sampled label; d_i is then oriented chosen - rejected.
// The known group of each comparison is its z (as "0".."K-1").
Dataset generateSynthetic(const SynthConfig &config, const QString &name);

} // namespace micro::core
