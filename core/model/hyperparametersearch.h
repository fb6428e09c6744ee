#pragma once

#include "stage1fitter.h"

#include <QJsonObject>
#include <vector>

namespace micro::core {

// Choosing the learning rate and the entropy weight alpha on the validation rows, for
// Stage1Config::lrAuto / alphaAuto. The paper's values (lr 2e-3, alpha 0.5) were tuned for
// 700K pairs of 3B-model embeddings; on a few thousand pairs of text features they leave the
// router uniform and the heads identical. The search is small and staged: the learning rate
// over kLrGrid (alpha 0.1 unless given), then alpha over kAlphaGrid at that rate; each
// candidate is a full fit with early stopping. Last, the router's start: the winner is fitted
// again from the other start (InitMethod), and the lower validation NLL is kept. Each, on at most kMaxSearchRows
// training rows (a seeded subsample beyond that, and a final fit on all rows with the choice).
struct TuningCandidate
{
    double lr = 0;
    double alpha = 0;
    InitMethod init = InitMethod::Random;
    double validationNll = 0; // at the candidate's best epoch
    double validationAccuracy = 0;
    int bestEpoch = 0;
    double seconds = 0;
};

struct TuningReport
{
    bool tunedLr = false;
    bool tunedAlpha = false;
    double lr = 0;                        // chosen
    double alpha = 0;                     // chosen
    InitMethod init = InitMethod::Random; // chosen
    int searchRows = 0;                   // training rows each candidate saw
    QString note;                         // why nothing was searched although asked (no validation rows)
    std::vector<TuningCandidate> candidates;

    QJsonObject toJson() const;
    static TuningReport fromJson(const QJsonObject &json);
};

struct TunedFit
{
    TuningReport tuning;
    Stage1Result result; // the fit with the chosen values (on all training rows)
};

inline const std::vector<double> kLrGrid{0.002, 0.01, 0.05};
inline const std::vector<double> kAlphaGrid{0.0, 0.1, 0.5};
constexpr int kMaxSearchRows = 20000;

// Fits Stage 1 with lr/alpha chosen on `valRows` where config asks for it (or as given).
// Without validation rows nothing can be chosen: the given values are used and `note` says so.
// Progress covers the search and the final fit; `callbacks.epochFinished` is called for the
// epochs of the fit that is kept only (a candidate kept as the final fit is replayed).
TunedFit fitWithTuning(const Dataset &data, const Stage1Config &config, const std::vector<int> &trainRows,
                       const std::vector<int> &valRows, const FitCallbacks &callbacks = {},
                       const CancelToken *cancel = nullptr);

} // namespace micro::core
