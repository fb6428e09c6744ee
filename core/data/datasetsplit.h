#pragma once

#include "dataset.h"

namespace micro::core {

// Seeded train / validation / test split by prompt: all rows that share a prompt text land
// on the same side (a model must not be scored on a prompt it was trained on), and the
// split is stratified by context: prompts are shuffled within each set of contexts they
// appear under, and each stratum is cut at the requested fractions of its rows.
std::vector<SplitPart> splitByPrompt(const std::vector<Comparison> &rows, double validationFraction,
                                     double testFraction, quint64 seed);

} // namespace micro::core
