#pragma once

#include <cstring>

// Small dense kernels the fitter's inner loop is made of. GCC/Clang vector extensions
// compile to whatever SIMD width the target has (AVX-512 with -march=native here, SSE on
// a generic x86-64) without intrinsics or -ffast-math.

namespace micro::core::vec {

typedef float Lanes __attribute__((vector_size(64))); // 16 floats

inline Lanes load(const float *p)
{
    Lanes v;
    std::memcpy(&v, p, sizeof v); // unaligned load
    return v;
}

inline float sum(Lanes v)
{
    float s = 0.f;
    for (int i = 0; i < 16; ++i)
        s += v[i];
    return s;
}

// Four independent accumulators: one would make every step wait for the previous
// fused multiply-add (4-cycle latency) and run at a quarter of the possible rate.
inline float dot(const float *__restrict a, const float *__restrict b, int n)
{
    Lanes s0 = {}, s1 = {}, s2 = {}, s3 = {};
    int j = 0;
    for (; j + 64 <= n; j += 64) {
        s0 += load(a + j) * load(b + j);
        s1 += load(a + j + 16) * load(b + j + 16);
        s2 += load(a + j + 32) * load(b + j + 32);
        s3 += load(a + j + 48) * load(b + j + 48);
    }
    for (; j + 16 <= n; j += 16)
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
