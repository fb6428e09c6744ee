#pragma once

#include "rowstorage.h"

#include <cstddef>
#include <vector>

namespace micro::core {

// Dense row-major float32 matrix: the engine streams rows, so rows are contiguous.
struct FeatureMatrix
{
    int rows = 0;
    int cols = 0;
    using Values = std::vector<float, RowStorageAllocator<float>>;
    Values values;

    FeatureMatrix() = default;
    FeatureMatrix(int r, int c) : rows(r), cols(c), values(std::size_t(r) * std::size_t(c), 0.f) {}

    float *row(int i) { return values.data() + std::size_t(i) * std::size_t(cols); }
    const float *row(int i) const { return values.data() + std::size_t(i) * std::size_t(cols); }
    bool isEmpty() const { return rows == 0 || cols == 0; }
};

} // namespace micro::core
