#pragma once

#include "data/dataset.h"
#include "embeddingcache.h"
#include "featuresettings.h"
#include "util/canceltoken.h"

#include <QByteArray>
#include <functional>
#include <vector>

namespace micro::core {

struct FeaturizeStats
{
    int textsEncoded = 0;   // distinct texts the encoder ran on
    int textsFromCache = 0; // distinct texts whose vectors the project already had
    double encodeSeconds = 0;
};

// The hashes of the distinct texts whose encoder vectors `data` needs under `settings`
// (responses, non-empty prompts and, when the router reads it, contexts), so the caller
// can load them from the project first. Empty for TF-IDF.
std::vector<QByteArray> encoderTextHashes(const Dataset &data, const FeatureSettings &settings);

// Fills data's features as `settings` say.
//  - TF-IDF: featurizeText.
//  - Encoder (dense): phi = e(response) with, when settings.lengthFeature, 0.5 ln(1 + words)
//    after it, so diff = e(chosen) - e(rejected) | length difference; psi = e(prompt),
//    followed by e(context) when settings.contextInRouter and some row has a context (the
//    criterion's words are embedded, so a new wording lands near a similar old one).
//  - Both: the TF-IDF columns, then the encoder's (sparse, or dense when TF-IDF is projected).
// Encoder vectors come from `cache` when there, else are computed (in batches, cancellable,
// with progress) and added to it for the caller to store with the dataset. Throws
// MicroError EncoderMissing when the package is not installed, Cancelled when asked to stop.
FeaturizeStats featurize(Dataset &data, const FeatureSettings &settings, EmbeddingCache &cache,
                         const CancelToken *cancel = nullptr, const std::function<void(double)> &progress = {},
                         int threads = 0);

} // namespace micro::core
