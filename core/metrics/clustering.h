#pragma once

#include <vector>

namespace micro::core {

// Agreement between two labelings of the same items (labels are small non-negative ints;
// items with a negative label in either labeling are left out).
double adjustedRandIndex(const std::vector<int> &a, const std::vector<int> &b);
// Normalised mutual information with the arithmetic-mean normaliser (scikit-learn's
// default): I(a; b) / ((H(a) + H(b)) / 2); 1 when both labelings are a single cluster.
double normalizedMutualInformation(const std::vector<int> &a, const std::vector<int> &b);

// One-to-one matching of rows to columns maximising the summed score (exhaustive when the
// smaller side has at most 8 and the larger at most 9, greedy beyond). Returns for each
// row the matched column or -1.
std::vector<int> matchMaxScore(const std::vector<std::vector<double>> &score);

} // namespace micro::core
