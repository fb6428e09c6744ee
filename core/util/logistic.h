#pragma once

#include <cmath>

namespace micro::core {

// log(sigmoid(x)) without overflow for any x; -logSigmoid(Delta) is the Bradley-Terry loss.
inline double logSigmoid(double x)
{
    return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
}

} // namespace micro::core
