#pragma once

#include "data/featurematrix.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace micro::core {

// Where a dataset's embeddings come from (.npy or .safetensors; see EmbeddingFile).
// An empty tensor name selects the file's only tensor.
// - rejectedPath and rejectedTensor both empty: the chosen tensor is a pair tensor [N, 2, D]
//   (index 0 = chosen, 1 = rejected). rejectedPath empty with a rejectedTensor named: that
//   tensor is read from chosenPath (one safetensors file holding both). Likewise for prompt.
// - promptPath and promptTensor both empty: no prompt features.
// - idsPath empty: embedding row i is dataset row i. Otherwise a text file with one id per line
//   or a .npy int32/int64 vector, giving the dataset id of each embedding row.
struct EmbeddingSources
{
    QString chosenPath, chosenTensor;
    QString rejectedPath, rejectedTensor;
    QString promptPath, promptTensor;
    QString idsPath;
};

struct EmbeddingFeatures
{
    FeatureMatrix diff;     // N x D, chosen - rejected, rows in dataset order
    FeatureMatrix prompt;   // N x P in dataset order, or empty
    std::vector<int> order; // dataset row for each embedding row
};

// Streams the rows from the mapped files straight into the output, so the source files are
// never held in memory whole. Throws MicroError: FileNotFound/FileUnreadable/BadFormat for the
// files (see EmbeddingFile), ShapeMismatch for disagreeing shapes or row counts (naming both
// files, tensors and shapes), NonFinite for NaN/Inf (file, tensor, row, column), BadFormat for
// unknown or repeated ids, ShapeMismatch when dataset rows have no embedding, Cancelled when
// cancelled() returns true (polled every 4096 rows). Rows, columns and lines in details count
// from 1, as elsewhere in core.
EmbeddingFeatures readEmbeddingFeatures(const EmbeddingSources &src, const QStringList &datasetIds,
                                        const std::function<bool()> &cancelled = {});

} // namespace micro::core
