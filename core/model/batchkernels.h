#pragma once

#include "vectorops.h"

#include <algorithm>
#include <cstddef>

// Mini-batch kernels of the model's blocked forward/backward. Matrices are row-major with
// `dim` columns; [begin, end) selects the columns to work on.

namespace micro::core::vec {

// out[i][r] = W_r[begin:end] . X_i[begin:end] for r < rows, i < count. Walks the columns
// in blocks so the block of W (rows x block floats, about 16 KB for up to 256 rows) stays in
// L1 while every row of the batch uses it: W is read once per batch instead of once per row.
// With rows <= 4 and up to 1024 columns the block is the whole range.
// `ahead` (may be null) lists up to `aheadCount` rows wanted next; row i of it is requested
// from memory just before row i here is computed, spreading the requests over the
// arithmetic instead of issuing them in one burst that would stall on full miss buffers.
inline void multiDot(const float *w, int rows, int dim, const float *const *x, int count, float *out, int begin,
                     int end, const float *const *ahead = nullptr, int aheadCount = 0)
{
    std::fill(out, out + std::size_t(count) * std::size_t(rows), 0.f);
    const int block = std::clamp((4096 / std::max(1, rows)) & ~15, 16, 1024);
    for (int jb = begin; jb < end; jb += block) {
        const int len = std::min(block, end - jb);
        for (int i = 0; i < count; ++i) {
            if (i < aheadCount) prefetch(ahead[i] + jb, len);
            const float *xi = x[i] + jb;
            float *oi = out + std::size_t(i) * std::size_t(rows);
            for (int r = 0; r < rows; ++r)
                oi[r] += dot(w + std::size_t(r) * std::size_t(dim) + jb, xi, len);
        }
    }
}

// G_r[begin:end] += sum_i coef[i][r] * X_i[begin:end] for r < rows. Blocked like multiDot,
// so the touched part of G stays in L1 while every row contributes: G is read and written
// once per block and batch rather than once per row. Per element the rows are still added
// in order i = 0, 1, ...
inline void rankUpdate(float *g, int rows, int dim, const float *coef, const float *const *x, int count, int begin,
                       int end)
{
    const int block = std::clamp((4096 / std::max(1, rows)) & ~15, 16, 512);
    for (int jb = begin; jb < end; jb += block) {
        const int len = std::min(block, end - jb);
        for (int i = 0; i < count; ++i) {
            const float *xi = x[i] + jb;
            const float *ci = coef + std::size_t(i) * std::size_t(rows);
            for (int r = 0; r < rows; ++r)
                if (ci[r] != 0.f) axpy(g + std::size_t(r) * std::size_t(dim) + jb, ci[r], xi, len);
        }
    }
}

} // namespace micro::core::vec
