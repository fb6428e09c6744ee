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
// on the training rows (from `seeds` starts, keeping the lowest held-out NLL; gradient fits
// also start each K from the best fit of K + 1 without its least useful head), and score the
// held-out NLL on the validation rows. The suggestion is the smallest K whose held-out NLL
// is within one standard error (of the best K's mean NLL over its rows) of the best K's. BIC
// is reported beside it but no longer suggests: it counts K D head weights, which with
// hashed text (D = 2^18) outweighs any gain in fit and always says K = 1.
// Progress is reported per fit and within each gradient fit.
struct SelectKConfig
{
    int kMin = 1;
    int kMax = 6;
    int seeds = 3;     // starts per K (seed, seed + 1, ...)
    Stage1Config base; // fit method, seed, epochs, lr, alpha... (k is set per fit); with
                       // base.lrAuto both 0.01 and 0.05 are tried (see selectK)

    // What `micro-cli select-k` uses without flags (and Run > Choose K…): gradient fits of
    // 20 epochs, the likelihood alone (alpha 0), both rates tried, 20% held out, seed 0.
    static SelectKConfig defaults();
    void validate() const;
    QJsonObject toJson() const; // as stored with the result
};

struct SelectKRow
{
    int k = 0;
    double heldOutNll = 0;   // mean over validation rows (best start)
    double nllGapToBest = 0; // held-out NLL minus the best K's
    double gapStdError = 0;  // standard error of the best K's mean held-out NLL
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
    int suggested = 0; // the smallest K within one standard error of the best held-out NLL
    double lr = 0;     // the learning rate the rows were fitted at
    bool cancelled = false;
    QJsonObject toJson() const;
    // As stored (toJson); missing keys read as zero, so an older project still shows.
    static SelectKResult fromJson(const QJsonObject &json);
};

SelectKResult selectK(const Dataset &data, const RowSplit &split, const SelectKConfig &config,
                      const std::function<void(double)> &progress = {}, const CancelToken *cancel = nullptr);

// The user action "choose K on a dataset" (micro-cli select-k, Run > Choose K…): selectK on
// the dataset's split, stored with the dataset unless cancelled (selectionId 0 then).
struct SelectKOutcome
{
    qint64 selectionId = 0;
    SelectKResult result;
};
SelectKOutcome selectKAndStore(ProjectStore &store, const QString &dataset, const SelectKConfig &config,
                               const std::function<void(double)> &progress = {}, const CancelToken *cancel = nullptr);

} // namespace micro::core
