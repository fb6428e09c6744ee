#pragma once

#include "featurematrix.h"
#include "sparsematrix.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace micro::core {

// One preference judgement: a_w (chosen) was preferred to a_l (rejected) for prompt x,
// optionally under a context c, optionally by a known group g (diagnostics only).
struct Comparison
{
    QString id;
    QString prompt;
    QString chosen;
    QString rejected;
    QString context;    // empty: no context
    QString knownGroup; // empty: unknown
};

// Ground truth that a synthetic dataset carries so fits can be scored against it.
struct SyntheticTruth
{
    FeatureMatrix heads;  // K x D, reward heads including the separation scale
    FeatureMatrix router; // K x P, linear router weights (no bias)
    double labelNoise = 0.0;
    // With contexts: the router's last columns weigh a one-hot of the context, in this order.
    QStringList contextOrder;
};

// Where a row belongs in a stored split (by prompt, stratified by context).
enum class SplitPart : char
{
    Train = 0,
    Validation = 1,
    Test = 2
};

struct Dataset
{
    QString name;
    QString source; // "synthetic", "npy:<dir>", a file path...
    std::vector<Comparison> comparisons;
    // Features are either dense (diff/router) or sparse (diffSparse/routerSparse), never
    // both: imported text is hashed into 2^18 columns, which only fits as CSR.
    FeatureMatrix diff;   // N x D: phi(x, a_w) - phi(x, a_l)
    FeatureMatrix router; // N x P: psi(x) (or psi(x, c))
    SparseMatrix diffSparse;
    SparseMatrix routerSparse;
    std::optional<SyntheticTruth> truth;
    // One entry per row when the dataset carries a stored split; empty: none.
    std::vector<SplitPart> split;
    // How the features were made (featurizer settings), empty for synthetic/.npy data.
    QJsonObject features;
    // Where the rows came from: the import report and mapping, or the dataset these
    // features were derived from ({"parent": name}).
    QJsonObject provenance;

    bool isSparse() const { return diffSparse.rows > 0; }
    int size() const { return isSparse() ? diffSparse.rows : diff.rows; }
    int headDim() const { return isSparse() ? diffSparse.cols : diff.cols; }
    int routerDim() const { return isSparse() ? routerSparse.cols : router.cols; }

    // Known groups as dense indices (-1 = unknown) and their names in index order.
    std::vector<int> knownGroupIndices(QStringList *names = nullptr) const;
    std::vector<int> contextIndices(QStringList *names = nullptr) const;
    bool hasKnownGroups() const;
    QStringList sortedContexts() const; // distinct non-empty contexts, sorted

    // Throws MicroError: ShapeMismatch when the matrices/comparisons disagree, NonFinite
    // (with the row and column) when a feature is NaN or Inf.
    void validate() const;
};

} // namespace micro::core
