#pragma once

#include "data/dataset.h"
#include "featuresettings.h"
#include "util/canceltoken.h"

#include <functional>

namespace micro::core {

// The built-in text features: hashed word unigrams (+ bigrams) with sublinear TF-IDF
// (tf = 1 + ln count, idf = ln((1 + n) / (1 + df)) + 1) and L2 normalisation, computed
// without downloads and deterministically.
//   phi(x, a) = features of the response text (+ 0.5 ln(1 + words) when
//   settings.lengthFeature, in column `dimension`); diff = phi(x, a_w) - phi(x, a_l).
//   psi(x [, c]) = features of the prompt, followed by a block of hashed context words when
//   settings.contextInRouter (so a router can read a written criterion, not only an id).
// Fills data.diffSparse/routerSparse, or dense diff/router when settings.reducedWidth > 0
// (seeded random projection), and data.features. Throws Cancelled when asked to stop.
void featurizeText(Dataset &data, const FeatureSettings &settings, const CancelToken *cancel = nullptr,
                   const std::function<void(double)> &progress = {}, int threads = 0);

// Hashed columns of the words (and bigrams) of `text`, in text order, duplicates kept;
// returns the number of words. Exposed for tests: the same word always lands in the same
// column.
int hashWords(const QString &text, quint32 dimension, bool bigrams, std::vector<int> &columns);

// The context block of psi for `context` as featurizeText builds it: the distinct hashed
// words (and bigrams) of the context, weight 1/sqrt(m) each, at columns dimension + c.
void contextBlock(const QString &context, const FeatureSettings &settings, std::vector<int> *columns,
                  std::vector<float> *values);

// Dense seeded random projection of a sparse matrix to `width` columns: entries of the
// projection are +-1/sqrt(width), drawn from a hash of (seed, column), so no
// columns x width matrix is ever stored. Preserves inner products in expectation.
FeatureMatrix randomProjection(const SparseMatrix &m, int width, quint64 seed, int threads = 0);

} // namespace micro::core
