#pragma once

#include "data/dataset.h"
#include "model/stage1config.h"
#include "training.h"
#include "util/canceltoken.h"

#include <QJsonObject>
#include <vector>

namespace micro::core {

class ProjectStore;

// Choosing K (METHOD.md, "Beyond the paper"): fit the Stage-1 model for each K in a range
// on the training rows, score held-out NLL on the validation rows and BIC on the training
// rows. BIC counts K D head weights and (K - 1)(P + 1) router coefficients (softmax is
// invariant to a shift, so one class is the reference).
struct SelectKConfig
{
    int kMin = 1;
    int kMax = 6;
    Stage1Config base; // fit method, seed, epochs... (k is set per fit)

    void validate() const;
};

struct SelectKRow
{
    int k = 0;
    double heldOutNll = 0;   // mean over validation rows
    double trainLogLik = 0;  // sum over training rows
    int parameters = 0;
    double bic = 0;
    double seconds = 0;
};

struct SelectKResult
{
    std::vector<SelectKRow> rows;
    int bestByHeldOutNll = 0;
    int bestByBic = 0;
    int suggested = 0; // BIC's choice: held-out NLL keeps improving a little past the truth
    bool cancelled = false;
    QJsonObject toJson() const;
};

SelectKResult selectK(const Dataset &data, const RowSplit &split, const SelectKConfig &config,
                      const std::function<void(double)> &progress = {},
                      const CancelToken *cancel = nullptr);

} // namespace micro::core
