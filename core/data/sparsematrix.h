#pragma once

#include <QtGlobal>
#include <cstddef>
#include <vector>

namespace micro::core {

// One row of a SparseMatrix: `count` (column, value) pairs with distinct columns, in no
// particular order (every kernel sums over the entries; sorting them cost more than it saved).
struct SparseRow
{
    const int *index = nullptr;
    const float *value = nullptr;
    int count = 0;
};

// Compressed sparse rows (CSR), float32. Hashed text features have ~100-1,000 non-zeros
// among 2^18 columns, so memory grows with the non-zeros, never with rows x columns.
struct SparseMatrix
{
    int rows = 0;
    int cols = 0;
    std::vector<qint64> rowStart{0}; // rows + 1 offsets into index/values
    std::vector<int> index;
    std::vector<float> values;

    SparseRow row(int i) const
    {
        const qint64 b = rowStart[std::size_t(i)], e = rowStart[std::size_t(i) + 1];
        return {index.data() + b, values.data() + b, int(e - b)};
    }
    qint64 nonZeros() const { return qint64(index.size()); }
    bool isEmpty() const { return rows == 0; }

    // Appends a row whose columns are distinct.
    void appendRow(const int *idx, const float *val, int count)
    {
        index.insert(index.end(), idx, idx + count);
        values.insert(values.end(), val, val + count);
        rowStart.push_back(qint64(index.size()));
        ++rows;
    }
};

} // namespace micro::core
