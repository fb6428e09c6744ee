#pragma once

// Small dense kernels the fitter's inner loop is made of. Written as plain loops with
// `omp simd` so GCC vectorises the reductions without -ffast-math (which would also
// change the log/exp code around them).

namespace micro::core::vec {

inline float dot(const float *__restrict a, const float *__restrict b, int n)
{
    float s = 0.f;
#pragma omp simd reduction(+ : s)
    for (int j = 0; j < n; ++j)
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

} // namespace micro::core::vec
