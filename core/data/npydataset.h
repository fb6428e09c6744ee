#pragma once

#include "dataset.h"

namespace micro::core {

// Builds a dataset from the .npy triple written by shared/bench/make_synth.py (and by most
// embedding pipelines): DIR/chosen.npy, DIR/rejected.npy, DIR/prompt.npy (float32, N x D),
// with DIR/groups.npy (integers) as known groups when present.
// Throws MicroError naming the file on missing files, bad dtype/shape, NaN/Inf.
Dataset loadNpyDataset(const QString &dir, const QString &name);

} // namespace micro::core
