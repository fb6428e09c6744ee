#pragma once

#include "vectorops.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

// Mini-batch kernels of the model's blocked forward/backward. Matrices are row-major with
// `dim` columns; [begin, end) selects the columns to work on.

namespace micro::core::vec {

// out[0..3] += W_r[begin:end] . x[begin:end] for the four rows W_0..W_3 (`dim` apart): each
// vector of x is loaded once for the four rows, which cut the loads of the forward pass's
// dot products from two per multiply-add to five per four (2 threads: 0.095 -> 0.086 s
// per epoch on the bench problem). With `ahead`, the same columns of another row are
// requested from memory as the loop goes, one cache line per step.
inline void dot4(const float *w, int dim, const float *x, float *out, int begin, int end, const float *ahead = nullptr)
{
    constexpr int L = kLaneFloats;
    const float *w0 = w, *w1 = w + dim, *w2 = w + 2 * std::size_t(dim), *w3 = w + 3 * std::size_t(dim);
    // Two accumulators per row (even and odd vectors): eight independent chains hide the
    // multiply-add latency.
    Lanes a0 = {}, a1 = {}, a2 = {}, a3 = {}, b0 = {}, b1 = {}, b2 = {}, b3 = {};
    int j = begin;
    for (; j + 2 * L <= end; j += 2 * L) {
        if (ahead) // one 64-byte line per 16 floats
            for (int q = 0; q < 2 * L; q += 16)
                __builtin_prefetch(ahead + j + q, 0, 2);
        const Lanes xa = load(x + j), xb = load(x + j + L);
        a0 += load(w0 + j) * xa;
        b0 += load(w0 + j + L) * xb;
        a1 += load(w1 + j) * xa;
        b1 += load(w1 + j + L) * xb;
        a2 += load(w2 + j) * xa;
        b2 += load(w2 + j + L) * xb;
        a3 += load(w3 + j) * xa;
        b3 += load(w3 + j + L) * xb;
    }
    float s0 = sum(a0 + b0), s1 = sum(a1 + b1), s2 = sum(a2 + b2), s3 = sum(a3 + b3);
    for (; j < end; ++j) {
        s0 += w0[j] * x[j];
        s1 += w1[j] * x[j];
        s2 += w2[j] * x[j];
        s3 += w3[j] * x[j];
    }
    out[0] += s0;
    out[1] += s1;
    out[2] += s2;
    out[3] += s3;
}

// out[i][r] = W_r[begin:end] . X_i[begin:end] for r < rows, i < count. Walks the columns
// in blocks so the block of W (rows x block floats, about 16 KB for up to 256 rows) stays in
// L1 while every row of the batch uses it: W is read once per batch instead of once per row.
// With rows <= 4 and up to 1024 columns the block is the whole range.
// `ahead` (may be null) lists up to `aheadCount` rows wanted next; row i of it is requested
// from memory while row i here is computed, a line per step of the dot product's loop.
// Requesting the whole row in one burst before computing stalled on full miss buffers
// (a sixth of the forward pass's samples sat on the prefetch loop): interleaved, 2 threads
// went from 0.078 to 0.067 s per epoch on the bench problem, 1 thread from 0.116 to 0.097.
inline void multiDot(const float *w, int rows, int dim, const float *const *x, int count, float *out, int begin,
                     int end, const float *const *ahead = nullptr, int aheadCount = 0)
{
    std::fill(out, out + std::size_t(count) * std::size_t(rows), 0.f);
    const int block = std::clamp((4096 / std::max(1, rows)) & ~15, 16, 1024);
    for (int jb = begin; jb < end; jb += block) {
        const int len = std::min(block, end - jb);
        for (int i = 0; i < count; ++i) {
            const float *next = i < aheadCount ? ahead[i] : nullptr;
            float *oi = out + std::size_t(i) * std::size_t(rows);
            int r = 0;
            for (; r + 4 <= rows; r += 4, next = nullptr)
                dot4(w + std::size_t(r) * std::size_t(dim), dim, x[i], oi + r, jb, jb + len, next);
            if (next) prefetch(next + jb, len);
            for (; r < rows; ++r)
                oi[r] += dot(w + std::size_t(r) * std::size_t(dim) + jb, x[i] + jb, len);
        }
    }
}

// G_r[begin:end] += sum_i coef[i][r] * X_i[begin:end] for r < rows. Four rows of G at a
// time are held in registers across the whole batch, two vectors wide: each element of X_i
// is loaded once for the four rows and G is loaded and stored once per batch. Updating G in
// memory row by row instead (an axpy per row and head) was bound by its stores and took a
// quarter of an epoch. Per element the rows are still added in order i = 0, 1, ..., each
// addition one fused multiply-add, as before.
inline void rankUpdate4(float *g, int dim, const float *coef, int coefStride, const float *const *x, int count,
                        int begin, int end)
{
    constexpr int L = kLaneFloats;
    float *g0 = g, *g1 = g + dim, *g2 = g + 2 * std::size_t(dim), *g3 = g + 3 * std::size_t(dim);
    int j = begin;
    for (; j + 2 * L <= end; j += 2 * L) {
        Lanes a0 = load(g0 + j), b0 = load(g0 + j + L), a1 = load(g1 + j), b1 = load(g1 + j + L);
        Lanes a2 = load(g2 + j), b2 = load(g2 + j + L), a3 = load(g3 + j), b3 = load(g3 + j + L);
        for (int i = 0; i < count; ++i) {
            const float *ci = coef + std::size_t(i) * std::size_t(coefStride);
            const Lanes xa = load(x[i] + j), xb = load(x[i] + j + L);
            a0 = fma(ci[0], xa, a0);
            b0 = fma(ci[0], xb, b0);
            a1 = fma(ci[1], xa, a1);
            b1 = fma(ci[1], xb, b1);
            a2 = fma(ci[2], xa, a2);
            b2 = fma(ci[2], xb, b2);
            a3 = fma(ci[3], xa, a3);
            b3 = fma(ci[3], xb, b3);
        }
        store(g0 + j, a0), store(g0 + j + L, b0), store(g1 + j, a1), store(g1 + j + L, b1);
        store(g2 + j, a2), store(g2 + j + L, b2), store(g3 + j, a3), store(g3 + j + L, b3);
    }
    for (; j < end; ++j)
        for (int i = 0; i < count; ++i) {
            const float *ci = coef + std::size_t(i) * std::size_t(coefStride);
            const float xv = x[i][j];
            g0[j] = std::fma(ci[0], xv, g0[j]);
            g1[j] = std::fma(ci[1], xv, g1[j]);
            g2[j] = std::fma(ci[2], xv, g2[j]);
            g3[j] = std::fma(ci[3], xv, g3[j]);
        }
}

inline void rankUpdate(float *g, int rows, int dim, const float *coef, const float *const *x, int count, int begin,
                       int end)
{
    int r = 0;
    for (; r + 4 <= rows; r += 4)
        rankUpdate4(g + std::size_t(r) * std::size_t(dim), dim, coef + r, rows, x, count, begin, end);
    for (; r < rows; ++r)
        for (int i = 0; i < count; ++i) {
            const float c = coef[std::size_t(i) * std::size_t(rows) + std::size_t(r)];
            if (c != 0.f) axpy(g + std::size_t(r) * std::size_t(dim) + begin, c, x[i] + begin, end - begin);
        }
}

} // namespace micro::core::vec
