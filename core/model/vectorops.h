#pragma once

#include <cstring>

// Small dense kernels the fitter's inner loop is made of. GCC/Clang vector extensions
// compile to the target's SIMD registers without intrinsics or -ffast-math. The vector
// width follows the target: 16 floats with AVX-512, 8 otherwise. A 16-float vector on an
// AVX2-only CPU (this project's EPYC machines) is not split into two registers but spilled
// to the stack and reassembled with scalar moves: dot() then ran at a third of the speed
// and took 58% of a training epoch.

namespace micro::core::vec {

#if defined(__AVX512F__)
constexpr int kLaneFloats = 16;
#else
constexpr int kLaneFloats = 8;
#endif
typedef float Lanes __attribute__((vector_size(kLaneFloats * sizeof(float))));

inline Lanes load(const float *p)
{
    Lanes v;
    std::memcpy(&v, p, sizeof v); // unaligned load
    return v;
}

inline void store(float *p, Lanes v)
{
    std::memcpy(p, &v, sizeof v); // unaligned store
}

// a * x + y with one rounding, as a fused multiply-add instruction where the target has one.
inline Lanes fma(float a, Lanes x, Lanes y)
{
    Lanes r;
    for (int i = 0; i < kLaneFloats; ++i)
        r[i] = __builtin_fmaf(a, x[i], y[i]);
    return r;
}

inline float sum(Lanes v)
{
    float s = 0.f;
    for (int i = 0; i < kLaneFloats; ++i)
        s += v[i];
    return s;
}

// Four independent accumulators: one would make every step wait for the previous
// fused multiply-add (4-cycle latency) and run at a quarter of the possible rate.
inline float dot(const float *__restrict a, const float *__restrict b, int n)
{
    constexpr int L = kLaneFloats;
    Lanes s0 = {}, s1 = {}, s2 = {}, s3 = {};
    int j = 0;
    for (; j + 4 * L <= n; j += 4 * L) {
        s0 += load(a + j) * load(b + j);
        s1 += load(a + j + L) * load(b + j + L);
        s2 += load(a + j + 2 * L) * load(b + j + 2 * L);
        s3 += load(a + j + 3 * L) * load(b + j + 3 * L);
    }
    for (; j + L <= n; j += L)
        s0 += load(a + j) * load(b + j);
    float s = sum((s0 + s1) + (s2 + s3));
    for (; j < n; ++j)
        s += a[j] * b[j];
    return s;
}

// y += a * x
inline void axpy(float *__restrict y, float a, const float *__restrict x, int n)
{
#pragma omp simd
    for (int j = 0; j < n; ++j)
        y[j] += a * x[j];
}

// Asks for the lines of an upcoming row while the current one is being computed.
inline void prefetch(const float *p, int n)
{
    for (int j = 0; j < n; j += 16)
        __builtin_prefetch(p + j, 0, 2); // into L2: a batch of rows fits there
}

} // namespace micro::core::vec
