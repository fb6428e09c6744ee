#pragma once

#include <cstddef>

// e^x, ln x and ln(1 + x) over arrays, in place. The forward pass needs about 18 of them per
// comparison (K = 4): one libm call each was a tenth of a dense epoch and more of a sparse
// one. Where built for AVX2 on glibc >= 2.35 they run eight at a time through glibc's own
// vector math library (libmvec, within 4 ulp; about 2 ulp measured), elsewhere one at a
// time through libm. Either way a value's result depends on the value only, never on the
// array's length or the value's place in it, so a row gets the same numbers in a batch of
// 16, alone, on any lane, rank or thread count.

namespace micro::core::vec {

void expInPlace(float *x, std::size_t n);
void logInPlace(float *x, std::size_t n);
void log1pInPlace(float *x, std::size_t n);

} // namespace micro::core::vec
