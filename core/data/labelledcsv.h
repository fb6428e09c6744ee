#pragma once

#include "dataset.h"

namespace micro::core {

// Reads the numeric CSV of shared/bench/make_flex_csv.py (the layout flexmix is given):
// a header `y,d1..dD,x1..xP`, then one comparison per line with y = 1 when the first
// response won, d = phi(first) - phi(second), x = prompt features. d is re-oriented so that
// it points from the rejected to the chosen response. Errors name file:line and column.
Dataset loadLabelledCsv(const QString &path, const QString &name);

} // namespace micro::core
