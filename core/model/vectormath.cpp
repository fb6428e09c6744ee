#include "vectormath.h"

#include <cmath>
#include <cstring>

#if defined(MICRO_HAVE_LIBMVEC) && defined(__AVX2__) && defined(__GLIBC__) &&                                          \
    (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 35))
#define MICRO_LIBMVEC 1
#include <immintrin.h>
// glibc's AVX2 variants (x86_64 vector function ABI, "d" = AVX2, 8 lanes), as GCC calls them
// when it vectorises a loop of expf/logf/log1pf under -ffast-math; called by name here so
// the rest of the arithmetic keeps strict IEEE semantics.
extern "C" __m256 _ZGVdN8v_expf(__m256);
extern "C" __m256 _ZGVdN8v_logf(__m256);
extern "C" __m256 _ZGVdN8v_log1pf(__m256);
#endif

namespace micro::core::vec {

namespace {

#ifdef MICRO_LIBMVEC
// Eight at a time; the last partial group goes through the same function padded with
// `pad` (a value the function takes without a floating-point exception).
template <__m256 (*F)(__m256)> void apply(float *x, std::size_t n, float pad)
{
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(x + i, F(_mm256_loadu_ps(x + i)));
    if (i < n) {
        float tail[8];
        for (float &t : tail)
            t = pad;
        std::memcpy(tail, x + i, (n - i) * sizeof(float));
        _mm256_storeu_ps(tail, F(_mm256_loadu_ps(tail)));
        std::memcpy(x + i, tail, (n - i) * sizeof(float));
    }
}
#endif

} // namespace

void expInPlace(float *x, std::size_t n)
{
#ifdef MICRO_LIBMVEC
    apply<_ZGVdN8v_expf>(x, n, 0.f);
#else
    for (std::size_t i = 0; i < n; ++i)
        x[i] = std::exp(x[i]);
#endif
}

void logInPlace(float *x, std::size_t n)
{
#ifdef MICRO_LIBMVEC
    apply<_ZGVdN8v_logf>(x, n, 1.f);
#else
    for (std::size_t i = 0; i < n; ++i)
        x[i] = std::log(x[i]);
#endif
}

void log1pInPlace(float *x, std::size_t n)
{
#ifdef MICRO_LIBMVEC
    apply<_ZGVdN8v_log1pf>(x, n, 0.f);
#else
    for (std::size_t i = 0; i < n; ++i)
        x[i] = std::log1p(x[i]);
#endif
}

} // namespace micro::core::vec
