#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace micro::core {

// Portable random draws: the standard library's distributions differ between
// implementations, so same-seed-same-result needs our own transforms of mt19937_64.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }

    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        while (u1 <= 0.0)
            u1 = uniform();
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        m_spare = radius * std::sin(2.0 * M_PI * u2);
        m_hasSpare = true;
        return radius * std::cos(2.0 * M_PI * u2);
    }

    // Index drawn from unnormalised non-negative weights.
    template <typename Vec> int categorical(const Vec &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        for (int i = 0; i < int(weights.size()); ++i) {
            u -= weights[std::size_t(i)];
            if (u < 0) return i;
        }
        return int(weights.size()) - 1;
    }

    std::uint64_t next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace micro::core
