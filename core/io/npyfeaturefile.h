#pragma once

#include "data/mappedfeatures.h"
#include "util/canceltoken.h"

#include <QString>
#include <functional>

namespace micro::core {

// Embeddings too large for memory into a feature file (issue 15): DIR/chosen.npy,
// DIR/rejected.npy and DIR/prompt.npy (float32 or float16, N x D and N x P, C order) are
// read a chunk of rows at a time and written as difference rows (chosen - rejected) and
// router rows (prompt); memory stays at one chunk whatever N. Returns the rows written, or
// -1 when cancelled (nothing left behind). Throws MicroError naming the file and what is
// wrong (missing file, dtype, shape, a truncated file, NaN/Inf with row and column).
qint64 writeFeatureFileFromNpy(const QString &dir, const QString &out, StoredFloat type,
                               const std::function<void(double)> &progress = {}, const CancelToken *cancel = nullptr);

} // namespace micro::core
